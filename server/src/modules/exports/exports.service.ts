import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { ZIdempotencyKeySchema, type TCreateExportRequest, type TExportFormat, type TExportView } from '@portal/shared/schemas/export.schema';
import { withTransaction, type Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import { TokenError } from '../../lib/tokens/token-error.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import type { TJobQueue } from '../../jobs/job-queue.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { resolveLanguage, type TInventory } from '../personal-data/inventory.ts';
import { loadSubject } from '../personal-data/my-data.service.ts';
import { decryptStream, openExportKey } from './export-encryption.ts';
import { EXPORT_BUILD_JOB, packageAad } from './export-jobs.ts';
import type { TExportStorage } from './export-storage.ts';
import { presentExport } from './exports.presenter.ts';
import { findActiveExport, findCustomerExport, findExportByKey, insertExport, listCustomerExports, type TExportRow } from './exports.repository.ts';

/** Download tickets are short: the page asks for one right before it downloads. */
const LINK_LIFETIME_SECONDS = 300;
const FORMAT_ORDER: readonly TExportFormat[] = ['json', 'csv', 'html'];
const ACTIVE_MESSAGE = 'An export of your data is already being prepared. You can ask for a new one when it is ready.';

export type TExportsServiceDeps = {
  db: Db;
  clock: TClock;
  inventory: TInventory;
  tokens: Pick<TTokenService, 'sign' | 'verify'>;
  audit: TAuditRecorder;
  storage: TExportStorage;
  secret: TServerSecret;
  queue: Pick<TJobQueue, 'send' | 'wake'>;
};

/** The PostgreSQL unique constraint a failed insert violated, or null for any other error. */
function uniqueViolation(error: unknown): string | null {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505') return typeof constraint === 'string' ? constraint : '';
  }
  return null;
}

export function createExportsService(deps: TExportsServiceDeps) {
  const { db, clock, inventory, storage } = deps;
  const { profile } = inventory;

  /** The request in one canonical form: defaults filled, order fixed, so equal requests hash equal. */
  function normalise(body: TCreateExportRequest) {
    const known = new Set(profile.categories.map((c) => c.id));
    const unknown = (body.categories ?? []).filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new AppError('validation_failed', 'Some categories do not exist.', { fields: { 'body.categories': [`Unknown: ${unknown.slice(0, 5).join(', ')}`] } });
    }
    const chosen = new Set(body.categories ?? profile.categories.map((c) => c.id));
    const formats = new Set<TExportFormat>(['json', ...(body.formats ?? FORMAT_ORDER)]);
    return {
      categories: profile.categories.filter((c) => chosen.has(c.id)).map((c) => c.id),
      from: body.from ?? null,
      to: body.to ?? null,
      formats: FORMAT_ORDER.filter((f) => formats.has(f)),
    };
  }

  async function ownExport(ctx: TRequestContext, id: string): Promise<TExportRow> {
    const row = ctx.subject ? await findCustomerExport(db, ctx.subject.customerId, id) : undefined;
    if (!row) throw new AppError('not_found', 'There is no such export.');
    return row;
  }

  const isExpired = (row: TExportRow) => row.status === 'expired' || (row.status === 'ready' && row.expiresAt !== null && row.expiresAt <= clock.now());

  return {
    /** Queues an export, or answers the one this idempotency key already asked for. */
    async create(ctx: TRequestContext, rawKey: string | undefined, body: TCreateExportRequest): Promise<{ created: boolean; view: TExportView }> {
      const key = ZIdempotencyKeySchema.safeParse(rawKey);
      if (!key.success) {
        throw new AppError('validation_failed', 'Send an Idempotency-Key header (a new UUID for each new export).', {
          fields: { 'headers.idempotency-key': key.error.issues.map((i) => (rawKey === undefined ? 'Required' : i.message)) },
        });
      }
      const request = normalise(body);
      const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
      const { row: customer } = await loadSubject(db, ctx);
      const replay = (existing: TExportRow) => {
        if (existing.requestHash !== requestHash) {
          throw new AppError('unprocessable', 'This Idempotency-Key was already used for a different export request. Use a new key for a new request.');
        }
        return { created: false, view: presentExport(existing) };
      };
      const earlier = await findExportByKey(db, customer.id, key.data);
      if (earlier) return replay(earlier);
      if (await findActiveExport(db, customer.id)) throw new AppError('conflict', ACTIVE_MESSAGE);
      try {
        const row = await withTransaction(db, async (tx) => {
          const inserted = await insertExport(tx, {
            customerId: customer.id,
            idempotencyKey: key.data,
            requestHash,
            requestId: ctx.requestId,
            categories: request.categories,
            dateFrom: request.from,
            dateTo: request.to,
            formats: request.formats,
            language: resolveLanguage(profile, undefined, customer.language),
            createdAt: clock.now(),
          });
          await deps.audit(tx, ctx, {
            action: 'export.request.created',
            outcome: 'success',
            targetType: 'export',
            targetId: inserted.id,
            details: { categories: request.categories.length, formats: request.formats.join(','), from: request.from, to: request.to },
          });
          // The build job commits with the export: neither exists without the other.
          await deps.queue.send(EXPORT_BUILD_JOB, { exportId: inserted.id }, { tx, singletonKey: inserted.id });
          return inserted;
        });
        deps.queue.wake(EXPORT_BUILD_JOB);
        return { created: true, view: presentExport(row) };
      } catch (error) {
        // Two requests raced: the database kept one; answer as if this one came second.
        const constraint = uniqueViolation(error);
        if (constraint === 'data_exports_idempotency_key') {
          const winner = await findExportByKey(db, customer.id, key.data);
          if (winner) return replay(winner);
        }
        if (constraint === 'data_exports_one_active') throw new AppError('conflict', ACTIVE_MESSAGE);
        throw error;
      }
    },

    async list(ctx: TRequestContext): Promise<TExportView[]> {
      const { row } = await loadSubject(db, ctx);
      return (await listCustomerExports(db, row.id)).map((r) => presentExport(isExpired(r) ? { ...r, status: 'expired' } : r));
    },

    async get(ctx: TRequestContext, id: string): Promise<TExportView> {
      const row = await ownExport(ctx, id);
      return presentExport(isExpired(row) ? { ...row, status: 'expired' } : row);
    },

    /** A short-lived ticket for this customer and this export, as a download URL. */
    async issueLink(ctx: TRequestContext, id: string): Promise<{ url: string; expiresAt: string }> {
      const row = await ownExport(ctx, id);
      if (isExpired(row)) throw new AppError('gone', 'This export was deleted after its expiry. Ask for a new export.');
      if (row.status !== 'ready') throw new AppError('conflict', 'This export is not ready yet.');
      const token = await deps.tokens.sign('export-download', { exportId: row.id }, { subject: row.customerId, expiresIn: LINK_LIFETIME_SECONDS });
      await withTransaction(db, (tx) => deps.audit(tx, ctx, { action: 'export.link.issued', outcome: 'success', targetType: 'export', targetId: row.id }));
      return {
        url: `/api/exports/${row.id}/download?token=${encodeURIComponent(token)}`,
        expiresAt: new Date(clock.now().getTime() + LINK_LIFETIME_SECONDS * 1000).toISOString(),
      };
    },

    /** Checks the ticket against the signed-in customer and opens the file; every download is audited. */
    async openDownload(ctx: TRequestContext, id: string, token: string): Promise<{ stream: Readable; size: number; fileName: string }> {
      const refuse = async (reason: string, error: AppError): Promise<never> => {
        await withTransaction(db, (tx) => deps.audit(tx, ctx, { action: 'export.file.download-refused', outcome: 'denied', targetType: 'export', targetId: id, details: { reason } }));
        throw error;
      };
      let ticket;
      try {
        ticket = await deps.tokens.verify('export-download', token);
      } catch (error) {
        if (error instanceof TokenError && error.reason === 'expired') {
          return refuse('ticket-expired', new AppError('gone', 'This download link has expired. Ask for a new link on the download page.'));
        }
        return refuse('ticket-invalid', new AppError('forbidden', 'This download link is not valid.'));
      }
      if (ticket.subject !== ctx.subject?.customerId || ticket.claims.exportId !== id.toLowerCase()) {
        return refuse('ticket-not-yours', new AppError('forbidden', 'This download link was issued to someone else or for another export.'));
      }
      const row = await ownExport(ctx, id);
      if (isExpired(row)) return refuse('expired', new AppError('gone', 'This export was deleted after its expiry. Ask for a new export.'));
      const encrypted = row.status === 'ready' && row.fileName && row.keySealed ? await storage.open(row.fileName) : null;
      if (!encrypted || !row.keySealed || row.fileSize === null) return refuse('not-ready', new AppError('conflict', 'This export is not ready.'));
      const key = openExportKey(deps.secret, row.id, row.keySealed);
      await withTransaction(db, (tx) =>
        deps.audit(tx, ctx, { action: 'export.file.downloaded', outcome: 'success', targetType: 'export', targetId: row.id, details: { bytes: row.fileSize } }),
      );
      const decrypted = decryptStream(key, packageAad(row.id));
      encrypted.on('error', (error) => decrypted.destroy(error));
      const day = (row.completedAt ?? clock.now()).toISOString().slice(0, 10);
      return { stream: encrypted.pipe(decrypted), size: row.fileSize, fileName: `${profile.id}-personal-data-${day}.zip` };
    },
  };
}

export type TExportsService = ReturnType<typeof createExportsService>;
