import { createHash } from 'node:crypto';
import { decodeProtectedHeader } from 'jose';
import type { TErasureStepReceipt, TVerifyCertificateResponse } from '@portal/shared/schemas/erasure.schema';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import type { TReceipt } from '../connectors/connector.ts';
import type { TErasureRequestRow } from './erasure-requests.repository.ts';
import type { TErasureStepRow } from './erasure-steps.repository.ts';

const numberOr = (value: unknown, fallback: number | null): number | null => (typeof value === 'number' ? value : fallback);
const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * A connector's receipt as the customer sees it. Own tables count what they erased and kept; an
 * operator's system only confirms (`null` counts). `nothingHeld`: the system did not know them.
 */
export function stepReceiptOf(receipt: TReceipt, confirmation: TErasureStepReceipt['confirmation'], nothingHeld = false): TErasureStepReceipt {
  const d = receipt.details;
  const kept = textOrNull(d.kept)?.split(',') ?? [];
  return {
    confirmation,
    confirmedAt: receipt.at,
    reference: receipt.reference,
    erasedRecords: nothingHeld ? 0 : numberOr(d.deletedRecords, null),
    anonymisedRecords: numberOr(d.anonymisedRecords, null),
    kept: kept.map((category) => ({
      category,
      holdId: textOrNull(d[`kept.${category}.hold`]),
      records: numberOr(d[`kept.${category}.records`], 0) ?? 0,
      purgeUntil: textOrNull(d[`kept.${category}.purgeUntil`]),
    })),
  };
}

export function outcomeOf(receipt: TErasureStepReceipt): 'erased' | 'erased-with-holds' | 'nothing-held' {
  if (receipt.kept.some((k) => k.records > 0)) return 'erased-with-holds';
  return receipt.erasedRecords === 0 && !receipt.anonymisedRecords ? 'nothing-held' : 'erased';
}

/** The receipt signed (kind `erasure-receipt`): `sub` is the request id, never the person. */
export function signStepReceipt(tokens: Pick<TTokenService, 'sign'>, requestId: string, system: string, receipt: TErasureStepReceipt): Promise<string> {
  return tokens.sign(
    'erasure-receipt',
    {
      erasureRequestId: requestId,
      system,
      outcome: outcomeOf(receipt),
      confirmedAt: receipt.confirmedAt,
      erasedRecords: receipt.erasedRecords,
      anonymisedRecords: receipt.anonymisedRecords,
      kept: receipt.kept.map(({ category, holdId, purgeUntil }) => ({ category, holdId, purgeUntil })),
    },
    { subject: requestId },
  );
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The erasure certificate (kind `erasure-certificate`): the request id as the only reference, the
 * scope and categories, each system's outcome with the SHA-256 of its signed receipt, what was kept
 * under which hold until when. Nothing in it names the person.
 */
export function signCertificate(tokens: Pick<TTokenService, 'sign'>, request: TErasureRequestRow, steps: readonly TErasureStepRow[], completedAt: Date): Promise<string> {
  const receipts = steps.map((step) => ({ step, receipt: step.receipt as TErasureStepReceipt }));
  return tokens.sign(
    'erasure-certificate',
    {
      erasureRequestId: request.id,
      scope: request.scope,
      categories: request.categories,
      systems: receipts.map(({ step, receipt }) => ({ system: step.system, outcome: outcomeOf(receipt), receipt: sha256(step.receiptJws ?? '') })),
      kept: receipts.flatMap(({ receipt }) => receipt.kept.filter((k) => k.records > 0).map(({ category, holdId, purgeUntil }) => ({ category, holdId, purgeUntil }))),
      completedAt: completedAt.toISOString(),
    },
    { subject: request.id },
  );
}

/** Checks a certificate against the portal's published keys; anything else is simply "not valid". */
export async function verifyCertificate(tokens: Pick<TTokenService, 'verify'>, issuer: string, jws: string): Promise<TVerifyCertificateResponse> {
  try {
    const verified = await tokens.verify('erasure-certificate', jws.trim());
    const { claims } = verified;
    return {
      valid: true,
      certificate: {
        reference: claims.erasureRequestId,
        issuer,
        issuedAt: verified.issuedAt.toISOString(),
        scope: claims.scope,
        categories: claims.categories,
        systems: claims.systems,
        kept: claims.kept,
        completedAt: claims.completedAt,
        keyId: String(decodeProtectedHeader(jws.trim()).kid ?? ''),
      },
    };
  } catch {
    return { valid: false };
  }
}
