import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  choiceTarget,
  consentTarget,
  foldLedger,
  isAllowed,
  type TLedgerEntry,
} from './consent-state.ts';

const entry = (seq: number, over: Partial<TLedgerEntry>): TLedgerEntry => ({
  seq,
  kind: 'consent',
  purpose: 'newsletter',
  channel: 'email',
  granted: true,
  method: 'portal',
  noticeVersion: '1',
  gpcSignal: false,
  occurredAt: new Date(seq * 1000),
  ...over,
});

describe('foldLedger', () => {
  it('when nothing is recorded, then no consent is given and no privacy choice is opted out', () => {
    const state = foldLedger([]);
    expect(isAllowed(state, consentTarget('newsletter', 'email'))).toBe(false);
    expect(isAllowed(state, choiceTarget('sale-or-sharing'))).toBe(true);
  });

  it('when entries arrive in any order, then the one with the highest seq wins per target', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            purpose: fc.constantFrom('a', 'b'),
            channel: fc.constantFrom('email', 'sms'),
            granted: fc.boolean(),
          }),
          { maxLength: 40 },
        ),
        (changes) => {
          const entries = changes.map((c, i) =>
            entry(i + 1, {
              purpose: c.purpose,
              channel: c.channel as 'email' | 'sms',
              granted: c.granted,
            }),
          );
          const shuffled = [...entries].reverse();
          const state = foldLedger(shuffled);
          for (const purpose of ['a', 'b']) {
            for (const channel of ['email', 'sms'] as const) {
              const last = changes.findLastIndex(
                (c) => c.purpose === purpose && c.channel === channel,
              );
              const expected = last === -1 ? false : changes[last]?.granted;
              expect(isAllowed(state, consentTarget(purpose, channel))).toBe(expected);
            }
          }
        },
      ),
    );
  });
});
