import type { TLanguage } from '@portal/shared/domain/languages';

/**
 * Words that withdraw consent to marketing texts when they are the whole message (TCPA, 47 CFR
 * §64.1200(a)(10): stop, quit, end, revoke, opt out, cancel, unsubscribe), with the Dutch and
 * Vietnamese equivalents. Compared after folding case, accents and punctuation, so "Hủy", "HUY"
 * and "huy." all match. The language is known only where the word belongs to one language.
 */
const KEYWORDS: ReadonlyMap<string, TLanguage | null> = new Map<string, TLanguage | null>([
  ['STOP', null], // English and Dutch
  ['STOPALL', 'en'],
  ['STOP ALL', 'en'],
  ['QUIT', 'en'],
  ['END', 'en'],
  ['REVOKE', 'en'],
  ['OPT OUT', 'en'],
  ['OPTOUT', 'en'],
  ['CANCEL', 'en'],
  ['UNSUBSCRIBE', 'en'],
  ['AFMELDEN', 'nl'],
  ['UITSCHRIJVEN', 'nl'],
  ['HUY', 'vi'], // hủy: cancel
  ['TU CHOI', 'vi'], // từ chối: refuse
  ['DUNG', 'vi'], // dừng: stop
]);

/** Upper case without accents (đ → D), every run of non-letters one space, trimmed. */
export function foldSmsText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

export type TStopKeyword = { keyword: string; language: TLanguage | null };

/** The STOP keyword the message consists of, or null for any other message. */
export function matchStopKeyword(text: string): TStopKeyword | null {
  const folded = foldSmsText(text);
  if (!KEYWORDS.has(folded)) return null;
  return { keyword: folded, language: KEYWORDS.get(folded) ?? null };
}

/** Country calling codes of the countries our operators and their customers live in. */
const CALLING_CODES: Record<string, string> = {
  US: '1',
  CA: '1',
  NL: '31',
  BE: '32',
  FR: '33',
  ES: '34',
  IT: '39',
  GB: '44',
  DE: '49',
  TH: '66',
  SG: '65',
  VN: '84',
  IE: '353',
  AU: '61',
  JP: '81',
  KR: '82',
  CN: '86',
  IN: '91',
};
const NANP = new Set(['US', 'CA']);

/**
 * A phone number in E.164 (`+31612345678`), reading national numbers as numbers of `country`
 * (the operator's country): "06 1234 5678" in NL, "(559) 555-0142" in the US. Null when it cannot be one.
 */
export function toE164(raw: string, country: string): string | null {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/[^\d]/g, '');
  if (digits.length === 0 || /[^\d\s().\-+/]/.test(trimmed)) return null;
  let international: string;
  if (trimmed.startsWith('+')) international = digits;
  else if (NANP.has(country) && digits.startsWith('011')) international = digits.slice(3);
  else if (!NANP.has(country) && digits.startsWith('00')) international = digits.slice(2);
  else {
    const code = CALLING_CODES[country];
    if (!code) return null;
    if (NANP.has(country)) {
      const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
      if (national.length !== 10) return null;
      international = `1${national}`;
    } else {
      international = `${code}${digits.replace(/^0/, '')}`;
    }
  }
  return /^[1-9]\d{6,14}$/.test(international) ? `+${international}` : null;
}

/**
 * What a stored number of this customer may look like once punctuation is removed: E.164, and the
 * national form (trunk prefix 0, or ten digits in North America) when it is a number of `country`.
 */
export function phoneLookupCandidates(e164: string, country: string): string[] {
  const code = CALLING_CODES[country];
  const candidates = [e164];
  if (code && e164.startsWith(`+${code}`)) {
    const national = e164.slice(code.length + 1);
    candidates.push(NANP.has(country) ? national : `0${national}`);
  }
  return candidates;
}
