import type { TLanguage } from '@portal/shared/domain/languages';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type {
  TConsentHistoryResponse,
  TSignedConsentReceipt,
} from '@portal/shared/schemas/consent.schema';
import type { Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import {
  allEntries,
  findCustomer,
  historyPage,
  type TConsentCustomer,
} from './consent.repository.ts';
import { presentHistoryEntry } from './consent.presenter.ts';
import type { TNoticeSource } from '../privacy-notice/privacy-notice.service.ts';
import { deliveriesOf } from './consent-deliveries.repository.ts';
import { resolveLanguage } from './consent-profile.ts';
import {
  buildConsentReceipt,
  signConsentReceipt,
  verifyConsentReceipt,
} from './consent-receipt.ts';

export type TConsentRecordsDeps = {
  db: Db;
  clock: TClock;
  profile: TProfile;
  audit: TAuditRecorder;
  tokens: TTokenService;
  notices: TNoticeSource;
};

/** What the ledger proves to the customer: its history and signed receipts. */
export function createConsentRecordsService(deps: TConsentRecordsDeps) {
  const { db, profile } = deps;

  async function customerOf(ctx: TRequestContext): Promise<TConsentCustomer> {
    const customerId = ctx.subject?.customerId;
    const customer = customerId ? await findCustomer(db, customerId) : undefined;
    if (!customer) throw new AppError('forbidden', 'This is for customers, about their own data.');
    return customer;
  }

  return {
    async history(
      ctx: TRequestContext,
      query: { cursor?: string | undefined; limit: number },
    ): Promise<TConsentHistoryResponse> {
      const customer = await customerOf(ctx);
      if (query.cursor !== undefined && !/^[1-9]\d{0,17}$/.test(query.cursor)) {
        throw new AppError('validation_failed', 'Some fields are not valid.', {
          fields: { 'query.cursor': ['not a cursor from this list'] },
        });
      }
      const rows = await historyPage(db, customer.id, {
        beforeSeq: query.cursor ? Number(query.cursor) : null,
        limit: query.limit + 1,
      });
      const items = rows.slice(0, query.limit);
      const last = items.at(-1);
      const deliveries = await deliveriesOf(db, items.map((r) => r.seq));
      return {
        items: items.map((row) => presentHistoryEntry(row, deliveries.filter((d) => d.ledgerSeq === row.seq), profile)),
        nextCursor: rows.length > query.limit && last ? String(last.seq) : null,
      };
    },

    /** A receipt of the current consents, signed; each issue is audited (like every download). */
    async issueReceipt(
      ctx: TRequestContext,
      requested: TLanguage | undefined,
    ): Promise<TSignedConsentReceipt> {
      const customer = await customerOf(ctx);
      const rows = await allEntries(db, customer.id);
      const language = resolveLanguage(profile, requested, customer.language);
      const receipt = buildConsentReceipt({
        profile,
        notice: await deps.notices.current(),
        customer,
        rows,
        language,
        now: deps.clock.now(),
      });
      const signed = await signConsentReceipt(deps.tokens, receipt);
      await deps.audit(db, ctx, {
        action: 'consent.receipt.issued',
        outcome: 'success',
        subjectCustomerId: customer.id,
        targetType: 'consent-receipt',
        targetId: receipt.receiptId,
        details: { ledgerEntries: receipt.ledger.entries, lastSeq: receipt.ledger.lastSeq },
      });
      return signed;
    },

    verifyReceipt: (receipt: unknown, signature: string) =>
      verifyConsentReceipt(deps.tokens, receipt, signature),
  };
}

export type TConsentRecordsService = ReturnType<typeof createConsentRecordsService>;
