/** What a page puts in <head>: title, description, robots and its structured data. */
const siteName = () => document.querySelector('meta[name="application-name"]')?.getAttribute('content') ?? '';

const metaTag = (name: string) => {
  let meta = document.head.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = name;
    document.head.appendChild(meta);
  }
  return meta;
};

export const setPageMeta = ({ title, description, noIndex }: { title?: string | null; description?: string | null; noIndex?: boolean }) => {
  const name = siteName();
  document.title = title ? `${title} | ${name}` : name;
  if (description) metaTag('description').content = description;
  if (noIndex) metaTag('robots').content = 'noindex';
};

/**
 * schema.org data in a <script type="application/ld+json">: a data block the browser never runs,
 * set through textContent so no part of it is parsed as HTML.
 */
export const setJsonLd = (data: unknown) => {
  document.head.querySelectorAll('script[type="application/ld+json"]').forEach((script) => script.remove());
  if (!data) return;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = JSON.stringify(data);
  document.head.appendChild(script);
};
