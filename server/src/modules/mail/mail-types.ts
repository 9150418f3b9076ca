import type { TLanguage } from '@portal/shared/domain/languages';

/** Who the email is from, as the operator configured it; shown in the layout and footer. */
export type TMailOperator = { companyName: string; privacyEmail: string };

/** A calendar day as `YYYY-MM-DD` (shown as that day everywhere) or an instant. */
export type TMailDate = Date | string;

/**
 * Templates describe content as blocks, never as HTML, so escaping and link checks happen in one
 * renderer and no template can forget them.
 */
export type TMailBlock =
  | { kind: 'text'; text: string }
  | { kind: 'code'; code: string }
  | { kind: 'link'; label: string; href: string }
  | { kind: 'facts'; rows: ReadonlyArray<readonly [label: string, value: string]> };

export type TMailContent = { subject: string; blocks: TMailBlock[] };

export type TMailFormatter = {
  /** A day in the recipient's language, e.g. "5 maart 2025". */
  date(value: TMailDate): string;
  /** A day and time in the recipient's language, with the time zone named. */
  dateTime(value: Date): string;
  /** "10 minutes", "10 minuten", "10 phút". */
  minutes(count: number): string;
};

export type TMailCopyContext = { operator: TMailOperator; format: TMailFormatter };

/** One message in every language we write in; the Record makes a missing translation a type error. */
export type TMailTemplate<P> = {
  copy: Record<TLanguage, (params: P, ctx: TMailCopyContext) => TMailContent>;
  /** Marketing mail only: the one-click unsubscribe URL that becomes the RFC 8058 headers. */
  unsubscribeUrl?: (params: P) => string;
};

export type { TLanguage };
