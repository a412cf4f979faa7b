const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// XML 1.0 forbids most control characters outright; escaping cannot make them legal.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe inside an XML element or attribute. */
export const xmlText = (value: unknown) =>
  String(value ?? '')
    .replace(FORBIDDEN, '')
    .replace(/[&<>"']/g, (char) => ESCAPES[char]);

/** An element with escaped text, or nothing when there is no text. */
export const element = (name: string, value: unknown, attributes = '') =>
  value === undefined || value === null || value === '' ? '' : `<${name}${attributes}>${xmlText(value)}</${name}>`;
