/**
 * Builds elements from data without ever parsing API text as HTML: text goes in as text nodes,
 * attributes through setAttribute. The one HTML the site accepts from the API is the search
 * snippet, and it passes through markedSnippet below.
 */
export type Child = Node | string | number | null | undefined | false | Child[];
export type Attributes = Record<string, string | number | boolean | null | undefined>;

const appendChildren = (parent: Node, children: Child[]) => {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) appendChildren(parent, child);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
};

export const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  appendChildren(element, children);
  return element;
};

export const fragment = (...children: Child[]) => {
  const result = document.createDocumentFragment();
  appendChildren(result, children);
  return result;
};

/** Only http(s), mailto and tel links, and site paths: never javascript: or data: from content. */
export const safeHref = (url: string | null | undefined) => {
  if (!url) return undefined;
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  try {
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The search snippet: the API escapes the text and wraps matches in <mark>. It is parsed into an
 * inert document and rebuilt from its text and <mark> elements only, so even a snippet that broke
 * that promise could not add markup, scripts or handlers.
 */
export const markedSnippet = (html: string) => {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const result = document.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes)) {
    if (node.nodeName === 'MARK') result.appendChild(el('mark', {}, node.textContent ?? ''));
    else result.appendChild(document.createTextNode(node.textContent ?? ''));
  }
  return result;
};

/** Replaces the page's main content and tells assistive technology the page has changed. */
export const showInMain = (...children: Child[]) => {
  const main = document.getElementById('main') as HTMLElement;
  main.replaceChildren(fragment(...children));
  main.removeAttribute('aria-busy');
};
