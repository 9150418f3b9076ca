import { randomInt, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { toLocalDate } from '@portal/shared/deadlines/time-zone';
import {
  ID_DOCUMENT_MAX_BYTES,
  type TDataPoint,
  type TPublicRequestStart,
} from '@portal/shared/schemas/requests.schema';
import { withTransaction, type DbOrTx } from '../../db/client.ts';
import { customers } from '../../db/schema/customers.ts';
import { publicRequestVerifications, type TRequesterDetails } from '../../db/schema/requests.ts';
import type { TRateLimiter } from '../../http/rate-limiter.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { freezeReportedAccount } from './account-report.ts';
import { sealDocument } from './id-documents.ts';
import { engineDeadlines } from './request-deadlines.ts';
import { appendEvent, findRequest, insertDocument, insertRequest } from './requests.repository.ts';
import { deadlineInput } from './requests.presenter.ts';
import type { TRequestsDeps } from './requests.service.ts';

const CODE_MINUTES = 15;
const MAX_ATTEMPTS = 5;
const DOCUMENT_DAYS = 30;
const START_LIMIT = { limit: 10, windowSeconds: 3600 };
const CONFIRM_LIMIT = { limit: 30, windowSeconds: 3600 };

export type TPublicRequestsDeps = TRequestsDeps & {
  secret: TServerSecret;
  tokens: Pick<TTokenService, 'sign' | 'verify'>;
  rateLimiter: TRateLimiter;
  /** The code goes to the email given: it proves the person controls it, whoever they are. */
  sendCode: (to: string, language: string, code: string, minutesValid: number) => void;
};

const normalise = (v: string) => v.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const digits = (v: string) => v.replace(/\D/g, '');

/** How many of the data points given match the account (never told to the requester). */
function matchDataPoints(customer: typeof customers.$inferSelect, points: Partial<Record<TDataPoint, string>>): number {
  const attributes = Object.entries(customer.attributes ?? {});
  const checks: Record<TDataPoint, (v: string) => boolean> = {
    fullName: (v) => normalise(v) === normalise(`${customer.givenName} ${customer.familyName}`) || normalise(v) === normalise(`${customer.familyName} ${customer.givenName}`),
    phone: (v) => customer.phone !== null && digits(v).length >= 6 && digits(customer.phone).endsWith(digits(v).slice(-9)),
    postalCode: (v) => attributes.some(([k, a]) => /postal|postcode|zip/i.test(k) && typeof a === 'string' && normalise(a).replace(/\s/g, '') === normalise(v).replace(/\s/g, '')),
    customerNumber: (v) => normalise(v) === normalise(customer.customerNumber),
    dateOfBirth: (v) => customer.birthDate !== null && customer.birthDate === v.trim(),
    lastOrderNumber: () => false,
  };
  return (Object.entries(points) as [TDataPoint, string][]).filter(([k, v]) => checks[k](v)).length;
}

/** Requests from people who cannot sign in (product.md): a code to the email, then the match. */
export function createPublicRequestsService(deps: TPublicRequestsDeps) {
  const { db, clock, profile, secret } = deps;
  const codeHash = (id: string, code: string) => secret.hmac('public-request-code', `${id}:${code}`);

  return {
    /** Same answer, same work, whether or not the email belongs to anyone (no enumeration). */
    async start(ctx: TRequestContext, input: TPublicRequestStart) {
      await deps.rateLimiter.hit(`public-request:ip:${ctx.ip}`, START_LIMIT);
      await deps.rateLimiter.hit(`public-request:email:${input.email.toLowerCase()}`, { limit: 5, windowSeconds: 3600 });
      if (!profile.requestTypes.includes(input.type)) {
        throw new AppError('validation_failed', 'This request type is not offered here.', { fields: { type: ['Choose one of the request types offered.'] } });
      }
      const needed = input.specificPieces ? 3 : 2;
      const given = Object.keys(input.dataPoints).length;
      if (given < needed) {
        throw new AppError('validation_failed', `Give at least ${needed} of the details we hold about you.`, { fields: { dataPoints: [`Give at least ${needed} details.`] } });
      }
      if (input.specificPieces && !input.declaration) {
        throw new AppError('validation_failed', 'Specific pieces of information need a signed declaration.', { fields: { declaration: ['Sign the declaration.'] } });
      }
      const now = clock.now();
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const language = input.language && profile.locale.languages.includes(input.language) ? input.language : profile.locale.defaultLanguage;
      const id = await withTransaction(db, async (tx) => {
        const [row] = await tx
          .insert(publicRequestVerifications)
          .values({ submissionSealed: secret.seal(JSON.stringify({ ...input, language })), codeHash: 'pending', createdAt: now, expiresAt: new Date(now.getTime() + CODE_MINUTES * 60_000) })
          .returning({ id: publicRequestVerifications.id });
        if (!row) throw new Error('verification insert returned no row');
        await tx.update(publicRequestVerifications).set({ codeHash: codeHash(row.id, code) }).where(eq(publicRequestVerifications.id, row.id));
        await deps.audit(tx, ctx, { action: 'request.public.started', outcome: 'success', targetType: 'public-request-verification', targetId: row.id, details: { type: input.type } });
        return row.id;
      });
      deps.sendCode(input.email, language, code, CODE_MINUTES);
      const [local, domain] = input.email.split('@');
      return { verificationId: id, minutesValid: CODE_MINUTES, sentTo: `${(local ?? '').slice(0, 1)}•••@${domain ?? ''}` };
    },

    async confirm(ctx: TRequestContext, verificationId: string, code: string) {
      await deps.rateLimiter.hit(`public-request-confirm:ip:${ctx.ip}`, CONFIRM_LIMIT);
      const outcome = await withTransaction(db, async (tx) => {
        const [v] = await tx.select().from(publicRequestVerifications).where(eq(publicRequestVerifications.id, verificationId)).for('update');
        const now = clock.now();
        const refuse = async (reason: string) => {
          await deps.audit(tx, ctx, { action: 'request.public.code-rejected', outcome: 'failure', targetType: 'public-request-verification', targetId: verificationId, details: { reason } });
          return { error: reason } as const;
        };
        if (!v || v.confirmedAt) return refuse('unknown');
        if (v.expiresAt <= now) return refuse('expired');
        if (v.attempts >= MAX_ATTEMPTS) return refuse('too-many-attempts');
        const expected = Buffer.from(v.codeHash, 'hex');
        const actual = Buffer.from(codeHash(v.id, code), 'hex');
        if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
          await tx.update(publicRequestVerifications).set({ attempts: sql`${publicRequestVerifications.attempts} + 1` }).where(eq(publicRequestVerifications.id, v.id));
          return refuse('wrong-code');
        }
        const submission = JSON.parse(secret.open(v.submissionSealed)) as TPublicRequestStart & { language: string };
        const [customer] = await tx.select().from(customers).where(sql`lower(${customers.email}) = lower(${submission.email})`).limit(1);
        const matched = customer && customer.status !== 'erased' ? matchDataPoints(customer, submission.dataPoints) : 0;
        const needed = submission.specificPieces ? 3 : 2;
        // An agent still needs the person's own confirmation: a privacy officer checks the permission.
        const verified = customer !== undefined && matched >= needed && !submission.agent;
        const requester: TRequesterDetails = {
          email: submission.email,
          dataPoints: submission.dataPoints as Record<string, string>,
          matchedDataPoints: customer ? matched : 0,
          agent: submission.agent ?? null,
          declaration: submission.declaration ? { signedName: submission.declaration.signedName } : null,
        };
        const request = await insertRequest(tx, {
          customerId: customer && matched >= needed ? customer.id : null,
          type: submission.type,
          status: verified ? 'received' : 'identity-pending',
          origin: 'public',
          details: submission.details,
          language: submission.language,
          receivedAt: v.createdAt,
          identityVerifiedAt: verified ? now : null,
          identityMethod: verified ? 'email-code' : null,
          requesterSealed: secret.seal(JSON.stringify(requester)),
        });
        await appendEvent(tx, { requestId: request.id, at: v.createdAt, kind: 'filed', status: 'received', actorKind: 'customer' });
        if (verified) await appendEvent(tx, { requestId: request.id, at: now, kind: 'identity-verified', status: 'received', actorKind: 'system', note: null });
        else await appendEvent(tx, { requestId: request.id, at: now, kind: 'status-changed', status: 'identity-pending', actorKind: 'system' });
        if (submission.type === 'unauthorized-account' && verified && customer) {
          const frozen = await freezeReportedAccount(tx, customer.id, now);
          if (frozen) await appendEvent(tx, { requestId: request.id, at: now, kind: 'status-changed', status: 'received', actorKind: 'system', note: 'The reported account is frozen pending review.' });
        }
        await tx.update(publicRequestVerifications).set({ confirmedAt: now, requestId: request.id }).where(eq(publicRequestVerifications.id, v.id));
        await deps.audit(tx, ctx, {
          action: 'request.public.confirmed',
          outcome: 'success',
          subjectCustomerId: customer && matched >= needed ? customer.id : null,
          targetType: 'request',
          targetId: request.id,
          details: { type: submission.type, matched: verified },
        });
        const row = await findRequest(tx, request.id);
        if (!row) throw new Error('the request just made is missing');
        const send = await deps.notifier.prepare(tx, row, { kind: 'received' });
        const d = engineDeadlines(profile, deadlineInput(row));
        return { row, send, answerOn: toLocalDate(d.answerBy, d.timeZone) };
      });
      if ('error' in outcome) {
        if (outcome.error === 'expired') throw new AppError('gone', 'This code has expired. Start again to get a new one.');
        if (outcome.error === 'too-many-attempts') throw new AppError('gone', 'Too many wrong codes. Start again to get a new one.');
        throw new AppError('bad_request', 'That code is not right. Check the email and try again.', { fields: { code: ['That code is not right.'] } });
      }
      outcome.send();
      const r = outcome.row.request;
      const uploadToken = await deps.tokens.sign('request-document-upload', {}, { subject: r.id, expiresIn: '30m' });
      return { reference: r.reference, type: r.type as TPublicRequestStart['type'], answerOn: outcome.answerOn, uploadToken };
    },

    async uploadDocument(ctx: TRequestContext, input: { uploadToken: string; fileName: string; contentType: string; data: string }) {
      const requestId = await deps.tokens.verify('request-document-upload', input.uploadToken).then(
        (token) => token.subject,
        () => undefined,
      );
      if (!requestId) throw new AppError('forbidden', 'This upload link is not valid any more. Contact the privacy team.');
      const body = Buffer.from(input.data, 'base64');
      if (body.length === 0) throw new AppError('validation_failed', 'The file is empty.', { fields: { data: ['The file is empty.'] } });
      if (body.length > ID_DOCUMENT_MAX_BYTES) throw new AppError('payload_too_large', 'The file is larger than 5 MB.');
      const now = clock.now();
      const deleteBy = new Date(now.getTime() + DOCUMENT_DAYS * 86_400_000);
      await withTransaction(db, async (tx: DbOrTx) => {
        const row = await findRequest(tx, requestId, { forUpdate: true });
        if (!row || row.request.identityVerifiedAt || row.request.closedAt) {
          throw new AppError('conflict', 'This request no longer needs a document.');
        }
        const id = crypto.randomUUID();
        await insertDocument(tx, { id, requestId, fileName: input.fileName, contentType: input.contentType, size: body.length, sealed: sealDocument(secret, body, id), uploadedAt: now, deleteBy });
        await appendEvent(tx, { requestId, at: now, kind: 'document-uploaded', actorKind: 'customer' });
        await deps.audit(tx, ctx, { action: 'request.document.uploaded', outcome: 'success', subjectCustomerId: row.request.customerId, targetType: 'request', targetId: requestId, details: { bytes: body.length } });
      });
      return { received: true as const, deleteBy: deleteBy.toISOString() };
    },
  };
}

export type TPublicRequestsService = ReturnType<typeof createPublicRequestsService>;
