const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * Only http(s) links may appear in a message: a `javascript:` or `data:` href from a bad parameter
 * would otherwise become a clickable payload. http is allowed for local development portals.
 */
export function assertMailLink(href: string): string {
  const url = new URL(href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`mail links must be http(s), got ${url.protocol}`);
  }
  return url.href;
}
