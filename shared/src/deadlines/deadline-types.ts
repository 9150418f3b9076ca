/** The inputs and outputs of the deadline engine (compute-deadlines.ts). */
import type { TJurisdiction } from '../domain/jurisdictions.ts';
import type { TRequestType } from '../domain/request-types.ts';
import type { TDeadlineRule } from '../profiles/profile.schema.ts';
import type { TPeriod } from './add-period.ts';
import type { THolidayList } from './business-calendar.ts';
import type { TIsoDate } from './iso-date.ts';
import type { TResidence } from './residence.ts';

/** The parts of an operator profile the engine reads; a whole TProfile fits. */
export interface TDeadlineProfile {
  readonly deadlineRules: readonly TDeadlineRule[];
  readonly holidays: readonly THolidayList[];
  readonly locale: { readonly country: string; readonly timeZone: string };
}

/** A time the clock stood still; an open pause is passed with `to` = now. */
export interface TPause {
  readonly from: Date;
  readonly to: Date;
}

/** What has happened to the request since it arrived. */
export interface TDeadlineState {
  /** Vietnam: a processor or third party must stop processing too (20 days instead of 15). */
  readonly processorsInvolved?: boolean;
  /** When the customer was told of an extension, with its reasons. */
  readonly extensionNoticeAt?: Date;
  /** Applied only to rules whose law lets the clock stop (`pausable`). */
  readonly pauses?: readonly TPause[];
}

export interface TDeadlineQuery {
  readonly requestType: TRequestType;
  readonly receivedAt: Date;
  /** Unknown residence: every rule for the request type applies and the strictest wins. */
  readonly residence?: TResidence;
  readonly state?: TDeadlineState;
}

export type TDeadlineSource = 'law' | 'operator-promise';
export type TDeadlineRole = 'answer' | 'acknowledge' | 'extension';

/** One deadline the engine weighed, with the text that sets it. */
export interface TDeadlineBasis {
  readonly role: TDeadlineRole;
  readonly source: TDeadlineSource;
  readonly ruleId: string;
  readonly jurisdiction: TJurisdiction;
  /** The citation from the profile, e.g. "AVG art. 12 lid 3". */
  readonly text: string;
  /** For an extension: the extra time, counted on top of the law's period. */
  readonly period: TPeriod;
  readonly dueOn: TIsoDate;
  readonly due: Date;
  readonly pausedDays: number;
}

/**
 * `not-allowed`: no applicable law allows one (a notice, if given, changes nothing);
 * `available`: one may still be announced by `extensionNoticeBy`;
 * `taken`: announced in time, `answerBy` is the extended date;
 * `notice-too-late`: announced after the first deadline, so it does not count.
 */
export type TExtensionStatus = 'not-allowed' | 'available' | 'taken' | 'notice-too-late';

export interface TDeadlines {
  readonly timeZone: string;
  /** The operator's local date of arrival; it is day zero of every count. */
  readonly receivedOn: TIsoDate;
  readonly acknowledgeBy?: Date;
  /** The deadline in force: the extended one once an extension is taken. */
  readonly answerBy: Date;
  /** The shorter of the law and the operator's promise, before any extension. */
  readonly firstAnswerBy: Date;
  readonly extendableTo?: Date;
  readonly extensionNoticeBy?: Date;
  readonly extension: TExtensionStatus;
  /** The deadline that set `firstAnswerBy`; a tie between law and promise goes to the law. */
  readonly chosen: Pick<TDeadlineBasis, 'source' | 'ruleId' | 'jurisdiction' | 'text'>;
  readonly basis: readonly TDeadlineBasis[];
  /**
   * `by-residence`: the rules protecting the customer's residence; `strictest`: residence
   * unknown or protected by no rule, so every rule for the type applied and the shortest won.
   */
  readonly selection: 'by-residence' | 'strictest';
}
