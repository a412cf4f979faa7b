import { WellnessApiError, type WellnessClient } from '../client/index.js';
import { articleView } from './article-view.js';
import { clinicView } from './clinic-page.js';
import { el, showInMain } from './dom.js';
import { formatDate } from './format.js';
import { setJsonLd, setPageMeta } from './head.js';
import { termView, type Term } from './term-view.js';

const banner = (expiresAt: string) =>
  el(
    'div',
    { class: 'preview-banner', role: 'note', 'aria-label': 'Preview' },
    el('strong', {}, 'Preview — not published'),
    el(
      'span',
      {},
      `Only people with this link can see this draft. The link works until ${formatDate(expiresAt)} ${new Date(expiresAt).toLocaleTimeString(document.documentElement.lang || undefined, { hour: '2-digit', minute: '2-digit' })}.`
    )
  );

const refusal = (message: string) => {
  setPageMeta({ title: 'Preview unavailable', noIndex: true });
  showInMain(
    el(
      'div',
      { class: 'container failure', 'data-page': 'preview-refused', role: 'alert' },
      el('p', { class: 'eyebrow' }, 'Preview'),
      el('h1', {}, 'This preview can’t be shown'),
      el('p', { class: 'lede' }, message),
      el(
        'p',
        {},
        'Preview links are signed for one draft and stop working after a while. ',
        el('a', { href: '/' }, 'Go to the published site'),
        '.'
      )
    )
  );
};

type Link = { documentId: string; expires: string; signature: string };
type Preview = { title: string; expiresAt: string; view: (top: HTMLElement) => HTMLElement };

/** The draft and the view its page uses, or undefined for a type that has no page here. */
const loadPreview = async (client: WellnessClient, type: string, link: Link): Promise<Preview | undefined> => {
  if (type === 'article') {
    const { data, meta } = await client.preview({ type, ...link });
    return { title: data.title, expiresAt: meta.expiresAt, view: (top) => articleView(data, { banner: top }) };
  }
  if (type === 'clinic-location') {
    const { data, meta } = await client.preview({ type, ...link });
    return { title: data.name, expiresAt: meta.expiresAt, view: (top) => clinicView(data, top) };
  }
  if (type === 'topic' || type === 'condition' || type === 'benefit') {
    const { data, meta } = await client.preview({ type, ...link });
    const pending = el('p', { class: 'notice' }, 'Its list of articles appears once it is published.');
    // The draft's shape follows its type, which TypeScript cannot pair up across the union.
    return { title: data.name, expiresAt: meta.expiresAt, view: (top) => termView({ kind: type, term: data } as Term, pending, top) };
  }
  return undefined;
};

let followingSaves = false;

/**
 * In the admin panel's preview pane, Strapi posts { type: 'strapiUpdate' } to this page after
 * every save: the draft is fetched and drawn again, so the preview follows the editor. Only the
 * CMS's own origin is listened to (here the site and the CMS share one).
 */
const followSaves = (client: WellnessClient) => {
  if (followingSaves) return;
  followingSaves = true;
  window.addEventListener('message', (event: MessageEvent<{ type?: unknown } | null>) => {
    if (event.origin !== window.location.origin || event.data?.type !== 'strapiUpdate') return;
    void renderPreviewPage(client).then(() => document.body.setAttribute('data-preview-refreshed', String(Date.now())));
  });
};

/** /preview?type=&documentId=&expires=&signature=: the admin panel's "Open preview" lands here. */
export const renderPreviewPage = async (client: WellnessClient) => {
  followSaves(client);
  const params = new URLSearchParams(window.location.search);
  const [type, documentId, expires, signature] = ['type', 'documentId', 'expires', 'signature'].map((name) => params.get(name) ?? '');
  setJsonLd(null);
  if (!type || !documentId) return refusal('This preview link is incomplete.');
  try {
    const preview = await loadPreview(client, type, { documentId, expires, signature });
    if (!preview) return refusal(`Drafts of this kind (${type}) have no page on this site.`);
    setPageMeta({ title: `Preview: ${preview.title || 'untitled draft'}`, noIndex: true });
    showInMain(preview.view(banner(preview.expiresAt)));
  } catch (error) {
    // An expired, tampered or foreign link: the API says which, and the editor can act on it.
    if (error instanceof WellnessApiError && error.status < 500) return refusal(error.message);
    throw error;
  }
};
