import type { TPublicProfileResponse } from '@portal/shared/schemas/public-profile.schema';

type TTheme = TPublicProfileResponse['theme'];
type TRgb = [red: number, green: number, blue: number];

/** The page background the stylesheet uses; text colours derived from the theme must read on it. */
export const PAGE_BACKGROUND = '#ffffff';
/** WCAG 2.2 SC 1.4.3: normal text needs 4.5:1. */
export const MIN_TEXT_CONTRAST = 4.5;

function toRgb(hex: string): TRgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function toHex(rgb: TRgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** sRGB channel (0–255) to linear light, as WCAG defines it. */
function linear(channel: number): number {
  const s = channel / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [red, green, blue] = toRgb(hex);
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** WCAG contrast ratio between two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `preferred` if it reads on `background`, else black or white, whichever reads better. */
export function readableOn(background: string, preferred: string): string {
  if (contrastRatio(background, preferred) >= MIN_TEXT_CONTRAST) return preferred;
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff')
    ? '#000000'
    : '#ffffff';
}

/** Darkens `colour` in small steps until it reads on a light `background` (keeps the brand hue). */
export function darkenUntilReadable(colour: string, background: string): string {
  let rgb = toRgb(colour);
  for (
    let step = 0;
    step < 20 && contrastRatio(toHex(rgb), background) < MIN_TEXT_CONTRAST;
    step += 1
  ) {
    const [red, green, blue] = rgb;
    rgb = [red * 0.9, green * 0.9, blue * 0.9];
  }
  return toHex(rgb);
}

/**
 * The operator's theme as the CSS custom properties the stylesheet reads. The brand colours are
 * used as given; the text colours derived from them are corrected when a profile's pair would
 * fail WCAG contrast, so a branding choice cannot make the portal unreadable.
 */
export function themeCustomProperties(theme: TTheme): Record<`--${string}`, string> {
  return {
    '--color-primary': theme.primary,
    '--color-on-primary': readableOn(theme.primary, theme.onPrimary),
    '--color-accent': theme.accent,
    '--color-link': darkenUntilReadable(theme.primary, PAGE_BACKGROUND),
  };
}

/**
 * Sets the properties on `root` through the CSSOM (`style.setProperty`), which the server's CSP
 * (`style-src 'self'`, no 'unsafe-inline') allows: CSP blocks style attributes in markup and
 * `setAttribute('style')`/`cssText`, not individual CSSOM property writes. Returns an undo.
 */
export function applyCustomProperties(
  root: HTMLElement,
  properties: Record<string, string>,
): () => void {
  for (const [name, value] of Object.entries(properties)) root.style.setProperty(name, value);
  return () => {
    for (const name of Object.keys(properties)) root.style.removeProperty(name);
  };
}
