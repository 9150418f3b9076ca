import { z } from 'zod';

/**
 * How a consent or privacy choice reached the ledger (GDPR Art. 7(1): the controller must show how
 * consent was given). One list for the ledger's CHECK constraint, the demo seed, the profiles'
 * inventory and the API.
 */
export const CONSENT_METHODS = [
  'sign-up', // ticked (never pre-ticked) on the operator's sign-up form
  'portal', // a toggle in this portal
  'one-click-unsubscribe', // RFC 8058: the mail app's unsubscribe button POSTed the List-Unsubscribe URL
  'unsubscribe-link', // the unsubscribe link in an email, confirmed on the portal's page
  'sms-stop', // a STOP reply to a text message (TCPA)
  'gpc', // the browser's Global Privacy Control signal (11 CCR §7025)
  'staff-on-request', // staff recorded what the customer asked for by phone or letter
  'erasure', // the customer's account erasure began: every consent ends with it (GDPR Art. 17(1)(b))
] as const;
export const ZConsentMethodSchema = z.enum(CONSENT_METHODS);
export type TConsentMethod = z.infer<typeof ZConsentMethodSchema>;

/**
 * The US opt-outs, named after the processing they stop, so a ledger row reads the same way as a
 * consent: `granted: false` means the customer does not allow it. Unlike consent (absent = not
 * allowed), these are opt-outs: absent means allowed until the customer opts out.
 */
export const PRIVACY_CHOICES = [
  'sale-or-sharing', // "Do Not Sell or Share My Personal Information" (Civ. Code §1798.120)
  'sensitive-data-use', // "Limit the Use of My Sensitive Personal Information" (§1798.121)
  'third-party-direct-marketing', // Shine the Light opt-out (§1798.83)
] as const;
export const ZPrivacyChoiceSchema = z.enum(PRIVACY_CHOICES);
export type TPrivacyChoice = z.infer<typeof ZPrivacyChoiceSchema>;

/**
 * Cookie categories a customer can allow on the cookie preferences page (strictly necessary cookies
 * need no consent and are never recorded). Opt-in like consent: absent means not allowed.
 */
export const COOKIE_CHOICES = ['functional', 'analytics', 'advertising'] as const;
export const ZCookieChoiceSchema = z.enum(COOKIE_CHOICES);
export type TCookieChoice = z.infer<typeof ZCookieChoiceSchema>;

/** Ledger rows are a consent (purpose × channel), one of the privacy choices above, or a cookie category. */
export const LEDGER_ENTRY_KINDS = ['consent', 'privacy-choice', 'cookie'] as const;
export type TLedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];
