/**
 * Lets the browser fetch `url` as a file: an ordinary link click, so it arrives with the session
 * cookie, the server's `Content-Disposition: attachment` names it and the page stays where it is.
 * Only same-origin paths are followed (the link mutation checks this too).
 */
export function startDownload(url: string): void {
  const target = new URL(url, window.location.origin);
  if (target.origin !== window.location.origin) throw new Error('A download must come from this portal.');
  const link = document.createElement('a');
  link.href = target.href;
  link.download = '';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}
