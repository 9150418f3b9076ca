import type { TLanguage } from '@portal/shared/domain/languages';

/**
 * "in 30 seconds" / "over 2 minuten" / "sau 5 phút nữa": how long to wait, in `language`, for a
 * rate-limit message. Seconds under a minute and a half, whole minutes (rounded up) above.
 */
export function formatWait(seconds: number, language: TLanguage): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
  if (seconds < 90) return format.format(Math.max(1, Math.ceil(seconds)), 'second');
  return format.format(Math.ceil(seconds / 60), 'minute');
}
