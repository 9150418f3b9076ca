import { createHash, randomUUID } from 'node:crypto';
import { localize, type TLanguage } from '@portal/shared/domain/languages';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import {
  CONSENT_RECEIPT_VERSION,
  type TConsentReceipt,
  type TSignedConsentReceipt,
} from '@portal/shared/schemas/consent.schema';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import { canonicalJson } from '../audit/canonical-json.ts';
import type { TConsentCustomer, TLedgerRow } from './consent.repository.ts';
import { offeredChoices } from './consent-profile.ts';
import {
  choiceTarget,
  consentTarget,
  foldLedger,
  isAllowed,
  latestEntry,
} from './consent-state.ts';

/** The JOSE `typ` of receipt signatures: a receipt signature can never pass as another document's. */
export const CONSENT_RECEIPT_TYP = 'custodia-consent-receipt+jws';

/**
 * The exact bytes the signature covers: the receipt as canonical JSON (keys sorted, no whitespace;
 * RFC 8785 for the strings, integers, booleans and nulls a receipt holds), so anyone can rebuild
 * them from the JSON receipt.
 */
export { canonicalJson };

/** SHA-256 over the customer's ledger, one canonical line per entry in order: the receipt commits to all of it. */
export function ledgerDigest(rows: TLedgerRow[]): string {
  const hash = createHash('sha256');
  for (const r of rows) {
    hash.update(
      `${canonicalJson([r.seq, r.kind, r.purpose, r.channel, r.granted, r.noticeVersion, r.method, r.occurredAt.toISOString(), r.actor])}\n`,
    );
  }
  return hash.digest('hex');
}

function formatAddress(profile: TProfile): string {
  const a = profile.company.address;
  return [a.street, `${a.postalCode} ${a.city}`, a.region, a.country].filter(Boolean).join(', ');
}

/** The receipt of the customer's current consents, built from their whole ledger. */
export function buildConsentReceipt(input: {
  profile: TProfile;
  /** The notice version in force when the receipt is issued. */
  notice: { version: string; effectiveDate: string };
  customer: TConsentCustomer;
  rows: TLedgerRow[];
  language: TLanguage;
  now: Date;
}): TConsentReceipt {
  const { profile, rows, language } = input;
  const state = foldLedger(rows);
  const last = rows.at(-1);
  return {
    version: CONSENT_RECEIPT_VERSION,
    receiptId: randomUUID(),
    issuedAt: input.now.toISOString(),
    language,
    controller: {
      name: profile.company.name,
      legalName: profile.company.legalName,
      address: formatAddress(profile),
      privacyEmail: profile.company.privacyEmail,
    },
    subject: { customerId: input.customer.id, customerNumber: input.customer.customerNumber },
    notice: { version: input.notice.version, effectiveDate: input.notice.effectiveDate },
    consents: profile.consentPurposes.flatMap((purpose) =>
      purpose.channels.map((channel) => {
        const latest = latestEntry(state, consentTarget(purpose.id, channel));
        return {
          purpose: purpose.id,
          purposeName: localize(purpose.name, language),
          channel,
          granted: latest?.granted ?? false,
          changedAt: latest?.occurredAt.toISOString() ?? null,
          method: latest?.method ?? null,
          noticeVersion: latest?.noticeVersion ?? null,
          ledgerSeq: latest?.seq ?? null,
        };
      }),
    ),
    privacyChoices: offeredChoices(profile).map((choice) => {
      const latest = latestEntry(state, choiceTarget(choice));
      return {
        choice,
        optedOut: !isAllowed(state, choiceTarget(choice)),
        changedAt: latest?.occurredAt.toISOString() ?? null,
        method: latest?.method ?? null,
        ledgerSeq: latest?.seq ?? null,
      };
    }),
    ledger: { entries: rows.length, lastSeq: last?.seq ?? null, sha256: ledgerDigest(rows) },
  };
}

const encoder = new TextEncoder();

export async function signConsentReceipt(
  tokens: TTokenService,
  receipt: TConsentReceipt,
): Promise<TSignedConsentReceipt> {
  const signature = await tokens.signDetached(encoder.encode(canonicalJson(receipt)), {
    typ: CONSENT_RECEIPT_TYP,
  });
  return { receipt, signature };
}

/** True only when `signature` is ours over exactly this receipt; any change to either fails. */
export async function verifyConsentReceipt(
  tokens: TTokenService,
  receipt: unknown,
  signature: string,
): Promise<boolean> {
  try {
    await tokens.verifyDetached(signature, encoder.encode(canonicalJson(receipt)), {
      typ: CONSENT_RECEIPT_TYP,
    });
    return true;
  } catch {
    return false;
  }
}
