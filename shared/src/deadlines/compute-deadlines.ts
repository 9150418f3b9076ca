/**
 * The deadline engine: when a request must be acknowledged and answered, under which text, and
 * how far the law lets it be extended. Pure: the same profile and query always give the same
 * dates, and nothing here reads the clock.
 */
import { createBusinessCalendar } from './business-calendar.ts';
import { DeadlineError } from './deadline-errors.ts';
import type {
  TDeadlineBasis,
  TDeadlineProfile,
  TDeadlineQuery,
  TDeadlines,
  TExtensionStatus,
} from './deadline-types.ts';
import { ruleDeadlines, type TRuleContext } from './rule-deadlines.ts';
import { selectRules } from './select-rules.ts';
import { assertTimeZone, toLocalDate } from './time-zone.ts';

/** Earliest first; on the same day the law comes before the promise, so the binding text is the one cited. */
function earliest(entries: readonly TDeadlineBasis[]): TDeadlineBasis | undefined {
  return [...entries].sort(
    (a, b) =>
      a.due.getTime() - b.due.getTime() || Number(a.source !== 'law') - Number(b.source !== 'law'),
  )[0];
}

/** Computes the acknowledgement, answer and extension deadlines of one request (see README.md). */
export function computeDeadlines(profile: TDeadlineProfile, query: TDeadlineQuery): TDeadlines {
  const { timeZone, country } = profile.locale;
  assertTimeZone(timeZone);
  if (Number.isNaN(query.receivedAt.getTime()))
    throw new DeadlineError('receivedAt is an invalid Date');
  const { rules, selection } = selectRules(
    profile.deadlineRules,
    query.requestType,
    query.residence,
  );

  const ctx: TRuleContext = {
    receivedAt: query.receivedAt,
    receivedOn: toLocalDate(query.receivedAt, timeZone),
    timeZone,
    calendar: createBusinessCalendar(country, profile.holidays),
    pauses: query.state?.pauses ?? [],
    processorsInvolved: query.state?.processorsInvolved ?? false,
  };
  const perRule = rules.map((rule) => ruleDeadlines(rule, ctx));
  const answers = perRule.flatMap((r) => r.answers);
  const acknowledgements = perRule.flatMap((r) => (r.acknowledge ? [r.acknowledge] : []));
  const first = earliest(answers);
  if (!first) throw new DeadlineError('no answer deadline was computed');
  const acknowledge = earliest(acknowledgements);

  // Every law that applies must allow the extra time, so the extension ends at the earliest limit.
  const limit = perRule.some((r) => r.allowsExtension)
    ? earliest(perRule.map((r) => r.lawLimit))
    : undefined;
  const extendableTo = limit && limit.due > first.due ? limit.due : undefined;
  const extension = extensionStatus(extendableTo, first.due, query);

  return {
    timeZone,
    receivedOn: ctx.receivedOn,
    ...(acknowledge ? { acknowledgeBy: acknowledge.due } : {}),
    answerBy: extension === 'taken' && extendableTo ? extendableTo : first.due,
    firstAnswerBy: first.due,
    // An extension announced after the first deadline would announce a missed deadline.
    ...(extendableTo ? { extendableTo, extensionNoticeBy: first.due } : {}),
    extension,
    chosen: {
      source: first.source,
      ruleId: first.ruleId,
      jurisdiction: first.jurisdiction,
      text: first.text,
    },
    basis: [
      ...answers,
      ...acknowledgements,
      ...perRule.flatMap((r) => (r.allowsExtension ? [r.lawLimit] : [])),
    ],
    selection,
  };
}

function extensionStatus(
  extendableTo: Date | undefined,
  noticeBy: Date,
  query: TDeadlineQuery,
): TExtensionStatus {
  if (!extendableTo) return 'not-allowed';
  const noticeAt = query.state?.extensionNoticeAt;
  if (!noticeAt) return 'available';
  if (Number.isNaN(noticeAt.getTime()) || noticeAt < query.receivedAt) {
    throw new DeadlineError(
      'an extension notice must be a valid instant after the request arrived',
    );
  }
  return noticeAt <= noticeBy ? 'taken' : 'notice-too-late';
}
