import { assertMailLink } from './mail-escape.ts';

/**
 * RFC 8058 one-click unsubscribe: mail apps show their own button and POST
 * `List-Unsubscribe=One-Click` to the URL, so the URL must act on POST without a login.
 */
export function listUnsubscribeHeaders(url: string): Record<string, string> {
  const href = assertMailLink(url);
  if (!href.startsWith('https:') && !isLocalhost(href))
    throw new Error('List-Unsubscribe needs an https URL');
  return { 'List-Unsubscribe': `<${href}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

// Development portals run on plain http://localhost; anything public must be https (RFC 8058 §3.1).
function isLocalhost(href: string): boolean {
  const host = new URL(href).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}
