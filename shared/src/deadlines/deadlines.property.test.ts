/** Properties every profile's deadlines keep, for any arrival time the holiday lists cover. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILE_IDS } from '../profiles/profile.schema.ts';
import { createBusinessCalendar } from './business-calendar.ts';
import { computeDeadlines } from './compute-deadlines.ts';
import { profileFor } from './deadline-fixtures.ts';
import { addDays } from './iso-date.ts';
import { endOfLocalDay, toLocalDate } from './time-zone.ts';

// Arrivals from 1 January 2026 to 30 September 2027, so that business-day counts (at most a few
// weeks) stay inside the 2026–2027 holiday lists.
const FROM = Date.parse('2026-01-01T00:00:00Z');
const TO = Date.parse('2027-09-30T00:00:00Z');
const instants = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms));
const residences = fc.constantFrom(
  undefined,
  { country: 'NL' },
  { country: 'US', region: 'CA' },
  { country: 'US', region: 'MA' },
  { country: 'VN' },
);
const cases = fc.constantFrom(
  ...PROFILE_IDS.flatMap((id) => profileFor(id).requestTypes.map((type) => ({ id, type }))),
);
const RUNS = { numRuns: 300 };

describe('deadline properties', () => {
  it('never falls due before the request arrived, and every date ends its local day', () => {
    fc.assert(
      fc.property(cases, instants, residences, ({ id, type }, receivedAt, residence) => {
        const profile = profileFor(id);
        const result = computeDeadlines(profile, { requestType: type, receivedAt, residence });
        const zone = profile.locale.timeZone;
        expect(result.answerBy > receivedAt).toBe(true);
        if (result.acknowledgeBy) expect(result.acknowledgeBy > receivedAt).toBe(true);
        if (result.extendableTo) expect(result.extendableTo > result.firstAnswerBy).toBe(true);
        for (const basis of result.basis) {
          expect(basis.due.getTime()).toBe(endOfLocalDay(basis.dueOn, zone).getTime());
          expect(toLocalDate(new Date(basis.due.getTime() + 1), zone)).toBe(
            addDays(basis.dueOn, 1),
          );
          if (basis.role === 'answer') expect(result.firstAnswerBy <= basis.due).toBe(true);
        }
        const chosen = result.basis.find(
          (b) =>
            b.role === 'answer' &&
            b.ruleId === result.chosen.ruleId &&
            b.source === result.chosen.source,
        );
        expect(chosen?.due.getTime()).toBe(result.firstAnswerBy.getTime());
      }),
      RUNS,
    );
  });

  it('puts business-day and working-day deadlines on business days only', () => {
    fc.assert(
      fc.property(cases, instants, ({ id, type }, receivedAt) => {
        const profile = profileFor(id);
        const calendar = createBusinessCalendar(profile.locale.country, profile.holidays);
        const result = computeDeadlines(profile, { requestType: type, receivedAt });
        for (const basis of result.basis) {
          const unit = basis.role === 'extension' ? undefined : basis.period.unit;
          if (unit === 'business-days' || unit === 'working-days') {
            expect(calendar.isBusinessDay(basis.dueOn), `${basis.ruleId} ${basis.dueOn}`).toBe(
              true,
            );
          }
        }
      }),
      RUNS,
    );
  });

  it('never moves a deadline earlier when the request arrives later', () => {
    fc.assert(
      fc.property(
        cases,
        instants,
        fc.integer({ min: 0, max: 20 * 86_400_000 }),
        residences,
        ({ id, type }, earlier, gap, residence) => {
          const profile = profileFor(id);
          const later = new Date(earlier.getTime() + gap);
          const a = computeDeadlines(profile, {
            requestType: type,
            receivedAt: earlier,
            residence,
          });
          const b = computeDeadlines(profile, { requestType: type, receivedAt: later, residence });
          expect(a.answerBy <= b.answerBy).toBe(true);
          if (a.acknowledgeBy && b.acknowledgeBy)
            expect(a.acknowledgeBy <= b.acknowledgeBy).toBe(true);
          if (a.extendableTo && b.extendableTo) expect(a.extendableTo <= b.extendableTo).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('never lets the promise or an extension pass a law that does not allow it', () => {
    fc.assert(
      fc.property(cases, instants, ({ id, type }, receivedAt) => {
        const result = computeDeadlines(profileFor(id), {
          requestType: type,
          receivedAt,
          state: { extensionNoticeAt: receivedAt },
        });
        const laws = result.basis.filter((b) => b.role === 'answer' && b.source === 'law');
        const limits = result.basis.filter((b) => b.role === 'extension');
        const withoutExtension = laws.filter((law) => !limits.some((l) => l.ruleId === law.ruleId));
        for (const law of withoutExtension) expect(result.answerBy <= law.due).toBe(true);
        for (const limit of limits) expect(result.answerBy <= limit.due).toBe(true);
        expect(result.extension === 'taken').toBe(result.extendableTo !== undefined);
      }),
      RUNS,
    );
  });
});
