import type { TConsentChannel } from '@portal/shared/domain/consent-channels';
import type {
  TConsentMethod,
  TCookieChoice,
  TLedgerEntryKind,
  TPrivacyChoice,
} from '@portal/shared/domain/consent-methods';

/** What the fold needs of a ledger entry. */
export type TLedgerEntry = {
  seq: number;
  kind: TLedgerEntryKind;
  purpose: string;
  channel: TConsentChannel | null;
  granted: boolean;
  method: TConsentMethod;
  noticeVersion: string;
  gpcSignal: boolean;
  occurredAt: Date;
};

export type TLedgerTarget =
  | { kind: 'consent'; purpose: string; channel: TConsentChannel }
  | { kind: 'privacy-choice'; purpose: TPrivacyChoice; channel: null }
  | { kind: 'cookie'; purpose: TCookieChoice; channel: null };

export const consentTarget = (purpose: string, channel: TConsentChannel): TLedgerTarget => ({
  kind: 'consent',
  purpose,
  channel,
});
export const cookieTarget = (category: TCookieChoice): TLedgerTarget => ({
  kind: 'cookie',
  purpose: category,
  channel: null,
});
export const choiceTarget = (choice: TPrivacyChoice): TLedgerTarget => ({
  kind: 'privacy-choice',
  purpose: choice,
  channel: null,
});

export function targetKey(target: {
  kind: TLedgerEntryKind;
  purpose: string;
  channel: string | null;
}): string {
  return `${target.kind}\u0000${target.purpose}\u0000${target.channel ?? ''}`;
}

/** The latest entry per target: the current state is the fold of the ledger, last entry wins. */
export type TLedgerState = ReadonlyMap<string, TLedgerEntry>;

/** Folds entries in ledger order (ascending `seq`); any order of input is accepted. */
export function foldLedger(entries: Iterable<TLedgerEntry>): TLedgerState {
  const state = new Map<string, TLedgerEntry>();
  for (const entry of entries) {
    const key = targetKey(entry);
    const current = state.get(key);
    if (!current || current.seq < entry.seq) state.set(key, entry);
  }
  return state;
}

/**
 * Whether the customer allows the target now. Consent is opt-in: without an entry it is not given
 * (nothing pre-ticked, GDPR recital 32). Privacy choices are opt-outs: allowed until opted out.
 */
export function isAllowed(state: TLedgerState, target: TLedgerTarget): boolean {
  const entry = state.get(targetKey(target));
  if (entry) return entry.granted;
  return target.kind === 'privacy-choice';
}

export function latestEntry(state: TLedgerState, target: TLedgerTarget): TLedgerEntry | undefined {
  return state.get(targetKey(target));
}
