/** Every deadline one rule sets for one request: the law, the promise, the acknowledgement, the extension. */
import type { TDeadlineRule } from '../profiles/profile.schema.ts';
import { addExtendedPeriod, addPeriod, type TPeriod, type TPeriodUnit } from './add-period.ts';
import { nextBusinessDay, type TBusinessCalendar } from './business-calendar.ts';
import type { TDeadlineBasis, TDeadlineRole, TDeadlineSource, TPause } from './deadline-types.ts';
import { addDays, type TIsoDate } from './iso-date.ts';
import { pausedDays } from './paused-days.ts';
import { endOfLocalDay } from './time-zone.ts';

export interface TRuleContext {
  readonly receivedAt: Date;
  readonly receivedOn: TIsoDate;
  readonly timeZone: string;
  readonly calendar: TBusinessCalendar;
  readonly pauses: readonly TPause[];
  readonly processorsInvolved: boolean;
}

export interface TRuleDeadlines {
  readonly answers: readonly TDeadlineBasis[];
  readonly acknowledge?: TDeadlineBasis;
  /** The latest the law lets this rule's answer slip to: the extended date, or the law's own without an extension. */
  readonly lawLimit: TDeadlineBasis;
  readonly allowsExtension: boolean;
}

type TCitedPeriod = TPeriod & { readonly source: string };

interface TEntrySpec {
  readonly role: TDeadlineRole;
  readonly source: TDeadlineSource;
  readonly period: TCitedPeriod;
  readonly dueOn: TIsoDate;
  /** The unit that decides how a pause moves the date (an extension moves like the law it extends). */
  readonly unit: TPeriodUnit;
}

export function ruleDeadlines(rule: TDeadlineRule, ctx: TRuleContext): TRuleDeadlines {
  const law = ctx.processorsInvolved && rule.withProcessors ? rule.withProcessors : rule.law;
  const from = ctx.receivedOn;
  const counted = (role: TDeadlineRole, source: TDeadlineSource, period: TCitedPeriod) =>
    toBasis(rule, ctx, {
      role,
      source,
      period,
      dueOn: addPeriod(from, period, ctx.calendar),
      unit: period.unit,
    });

  const lawEntry = counted('answer', 'law', law);
  const promise = rule.promise ? counted('answer', 'operator-promise', rule.promise) : undefined;
  const acknowledge = rule.acknowledge
    ? counted('acknowledge', 'law', rule.acknowledge)
    : undefined;
  const extension = rule.extension
    ? toBasis(rule, ctx, {
        role: 'extension',
        source: 'law',
        period: rule.extension,
        dueOn: addExtendedPeriod(from, law, rule.extension, ctx.calendar),
        unit: law.unit,
      })
    : undefined;
  return {
    answers: promise ? [lawEntry, promise] : [lawEntry],
    acknowledge,
    lawLimit: extension ?? lawEntry,
    allowsExtension: extension !== undefined,
  };
}

function toBasis(rule: TDeadlineRule, ctx: TRuleContext, spec: TEntrySpec): TDeadlineBasis {
  // Acknowledging receipt does not wait for the person, so pauses never move it.
  const settled =
    rule.pausable && spec.role !== 'acknowledge'
      ? settlePauses(spec.dueOn, spec.unit, ctx)
      : { dueOn: spec.dueOn, paused: 0 };
  return {
    role: spec.role,
    source: spec.source,
    ruleId: rule.id,
    jurisdiction: rule.jurisdiction,
    text: spec.period.source,
    period: { amount: spec.period.amount, unit: spec.period.unit },
    dueOn: settled.dueOn,
    due: endOfLocalDay(settled.dueOn, ctx.timeZone),
    pausedDays: settled.paused,
  };
}

/**
 * Moves a due date by the days the clock stood still. A pause counts only if it began before the
 * deadline, and moving the deadline can bring a later pause into range, so we repeat until the
 * count stops growing (it can only grow, and only up to the pauses given).
 */
function settlePauses(
  dueOn: TIsoDate,
  unit: TPeriodUnit,
  ctx: TRuleContext,
): { dueOn: TIsoDate; paused: number } {
  let paused = 0;
  let settled = dueOn;
  for (;;) {
    const deadline = endOfLocalDay(settled, ctx.timeZone);
    const counted = pausedDays(ctx.pauses, ctx.receivedAt, deadline, ctx.timeZone);
    if (counted === paused) return { dueOn: settled, paused };
    paused = counted;
    settled = addDays(dueOn, paused);
    // A business-day deadline pushed onto a weekend or holiday moves on to the next business day.
    if (unit === 'business-days' || unit === 'working-days') {
      settled = nextBusinessDay(settled, ctx.calendar);
    }
  }
}
