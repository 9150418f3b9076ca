import type { TImpersonationEndReason } from '@portal/shared/domain/audit-events';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { TImpersonationReasonCategory, TStartImpersonationInput } from '@portal/shared/schemas/impersonation.schema';
import { withTransaction, type Db, type DbOrTx, type Tx } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import { customerDisplayName } from '../../lib/display-name.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TImpersonation, TRequestContext } from '../../middleware/request-context.ts';
import { updateSession } from '../auth/session/session.repository.ts';
import { SESSION_TIMEOUTS } from '../auth/session/session-timeouts.ts';
import type { TLiveSession, TSessionService } from '../auth/session/session.service.ts';
import type { TMailSender } from '../mail/send-mail.ts';
import { BLOCK_MESSAGES, impersonationBlock, type TEligibilityDeps } from './impersonation-eligibility.ts';
import {
  clearSessionImpersonation,
  endImpersonation,
  findActiveGrant,
  findCustomer,
  findImpersonationWithCustomer,
  findOpenImpersonationOfStaff,
  findOpenImpersonationsOfCustomer,
  findStaffMember,
  insertImpersonation,
  type TCustomerRow,
  type TImpersonationRow,
} from './impersonation.repository.ts';

export type TImpersonationServiceDeps = TEligibilityDeps & {
  db: Db;
  clock: TClock;
  profile: TProfile;
  audit: TAuditRecorder;
  secret: TServerSecret;
  sessions: TSessionService;
  sendMail: TMailSender;
};

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { cause?: { code?: string } }).cause?.code === '23505';

function toImpersonation(row: TImpersonationRow, customer: TCustomerRow): TImpersonation {
  return {
    id: row.id,
    customerId: row.customerId,
    staffId: row.staffId,
    startedAt: row.startedAt,
    endsAt: row.expiresAt,
    reasonCategory: row.reasonCategory as TImpersonationReasonCategory,
    reason: row.reason,
    ticketReference: row.ticketReference,
    customerDisplayName: customerDisplayName({ givenName: customer.givenName, familyName: customer.familyName, language: customer.language }),
    readOnly: true,
  };
}

/**
 * Impersonation as its own module with explicit state (house style 14, security.md line 18): start
 * needs the permission, a fresh re-authentication (route policy), a reason and a ticket; it lasts at
 * most the profile's limit and is never extended or nested; the session id rotates on start and stop.
 */
export function createImpersonationService(deps: TImpersonationServiceDeps) {
  const { db, clock, audit } = deps;
  const maxMinutes = deps.profile.settings.impersonationMaxMinutes;

  /** The keyed hash of a reason: in the chain, so the reason kept with the impersonation can be checked. */
  const reasonHash = (reason: string) => deps.secret.hmac('impersonation-reason', reason);

  async function end(tx: DbOrTx, ctx: TRequestContext, row: TImpersonationRow, reason: TImpersonationEndReason, at: Date) {
    if (!(await endImpersonation(tx, row.id, at, reason))) return;
    await clearSessionImpersonation(tx, row.id);
    await audit(tx, ctx, {
      action: 'impersonation.ended',
      outcome: 'success',
      subjectCustomerId: row.customerId,
      impersonationId: row.id,
      targetType: 'impersonation',
      targetId: row.id,
      details: { endReason: reason },
    });
  }

  async function refuse(ctx: TRequestContext, customerId: string | null, refusal: string): Promise<void> {
    await audit(db, ctx, {
      action: 'impersonation.refused',
      outcome: 'denied',
      subjectCustomerId: customerId,
      details: { refusal },
    });
  }

  /** A previous impersonation still counts (no nesting) while its time and its staff session last. */
  function stillOn(open: NonNullable<Awaited<ReturnType<typeof findOpenImpersonationOfStaff>>>, now: Date): boolean {
    const idleUntil = (open.sessionLastSeenAt?.getTime() ?? 0) + SESSION_TIMEOUTS.staff.idleMs;
    return (
      open.impersonation.expiresAt > now &&
      open.sessionRevokedAt === null &&
      (open.sessionAbsoluteExpiresAt?.getTime() ?? 0) > now.getTime() &&
      idleUntil > now.getTime()
    );
  }

  return {
    reasonHash,

    /** Starts acting as the customer; returns the rotated cookie value. */
    async start(ctx: TRequestContext, input: TStartImpersonationInput): Promise<{ token: string }> {
      const { session, actor } = ctx;
      if (!session || actor?.kind !== 'staff') throw new AppError('forbidden', 'Only staff impersonate customers.');
      if (ctx.impersonation) {
        await refuse(ctx, input.customerId, 'nested');
        throw new AppError('forbidden', 'Stop the current impersonation first; impersonations are never nested.');
      }
      const now = clock.now();
      const customer = await findCustomer(db, input.customerId);
      if (!customer) throw new AppError('not_found', 'No such customer.');
      const block = await impersonationBlock(db, deps, customer, now);
      if (block) {
        await refuse(ctx, customer.id, block);
        throw new AppError('forbidden', BLOCK_MESSAGES[block]);
      }
      const open = await findOpenImpersonationOfStaff(db, actor.id);
      if (open && stillOn(open, now)) {
        await refuse(ctx, customer.id, 'nested');
        throw new AppError('forbidden', 'You are already impersonating a customer in another session; stop that one first.');
      }
      if (open) {
        const timedOut = open.impersonation.expiresAt <= now;
        await withTransaction(db, (tx) =>
          end(tx, ctx, open.impersonation, timedOut ? 'expired' : 'signed-out', timedOut ? open.impersonation.expiresAt : now),
        );
      }

      const staff = await findStaffMember(db, actor.id);
      if (!staff) throw new AppError('unauthenticated', 'Please sign in.');
      const token = await withTransaction(db, async (tx) => {
        const row = await insertImpersonation(tx, {
          staffId: actor.id,
          customerId: customer.id,
          sessionId: session.id,
          reasonCategory: input.reasonCategory,
          reason: input.reason,
          ticketReference: input.ticketReference,
          startedAt: now,
          expiresAt: new Date(now.getTime() + maxMinutes * 60_000),
        });
        const rotated = await deps.sessions.rotate(tx, session.id, { impersonationId: row.id });
        await audit(tx, ctx, {
          action: 'impersonation.started',
          outcome: 'success',
          subjectCustomerId: customer.id,
          impersonationId: row.id,
          targetType: 'impersonation',
          targetId: row.id,
          details: {
            reasonCategory: input.reasonCategory,
            reasonHash: reasonHash(row.reason),
            ticketReference: row.ticketReference,
            expiresAt: row.expiresAt.toISOString(),
          },
        });
        return rotated;
      }).catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new AppError('conflict', 'Another impersonation of yours started at the same moment.');
        throw error;
      });

      if (deps.profile.settings.notifyCustomerOnImpersonation) {
        deps.sendMail('impersonation-started', {
          to: customer.email,
          language: customer.language,
          params: { staffFirstName: staff.firstName, staffRole: actor.role, reasonCategory: input.reasonCategory, startedAt: now },
        });
      }
      return { token };
    },

    /** Back to the staff member's own identity; returns the rotated cookie value. */
    async stop(ctx: TRequestContext): Promise<{ token: string; customerId: string }> {
      const { session, impersonation } = ctx;
      if (!session || !impersonation) throw new AppError('conflict', 'You are not impersonating anyone.');
      return withTransaction(db, async (tx) => {
        const found = await findImpersonationWithCustomer(tx, impersonation.id);
        if (found) await end(tx, ctx, found.impersonation, 'stopped', clock.now());
        const token = await deps.sessions.rotate(tx, session.id, { impersonationId: null });
        return { token, customerId: impersonation.customerId };
      });
    },

    /**
     * The session's impersonation if it is still on. Ends it when its time is up (at the time it was
     * due), when the customer can no longer be impersonated, or when a required grant was withdrawn.
     * Expiry does not rotate the cookie: it only takes rights away, and a rotation here would sign
     * out the requests the browser has in flight with the old value.
     */
    async resolve(session: TLiveSession, ctx: TRequestContext): Promise<TImpersonation | null> {
      const id = session.impersonationId;
      if (!id) return null;
      const found = await findImpersonationWithCustomer(db, id);
      if (!found || found.impersonation.endedAt || found.impersonation.sessionId !== session.id) {
        await updateSession(db, session.id, { impersonationId: null });
        return null;
      }
      const { impersonation: row, customer } = found;
      const now = clock.now();
      let reason: TImpersonationEndReason | null = null;
      if (row.expiresAt <= now) reason = 'expired';
      else if (customer.status !== 'active' && customer.status !== 'restricted') reason = 'customer-unavailable';
      else if (deps.profile.settings.requireSupportGrant && !(await findActiveGrant(db, customer.id, now))) reason = 'grant-revoked';
      if (reason) {
        const at = reason === 'expired' ? row.expiresAt : now;
        await withTransaction(db, (tx) => end(tx, ctx, row, reason, at));
        return null;
      }
      return toImpersonation(row, customer);
    },

    /** In the sign-out transaction: the impersonation ends with the staff session. */
    async endOnSignOut(tx: Tx, ctx: TRequestContext): Promise<void> {
      if (!ctx.impersonation) return;
      const found = await findImpersonationWithCustomer(tx, ctx.impersonation.id);
      if (found) await end(tx, ctx, found.impersonation, 'signed-out', clock.now());
    },

    /** A disabled staff member's impersonation ends with their sessions. */
    async endForStaff(tx: Tx, ctx: TRequestContext, staffId: string, reason: TImpersonationEndReason): Promise<void> {
      const open = await findOpenImpersonationOfStaff(tx, staffId);
      if (open) await end(tx, ctx, open.impersonation, reason, clock.now());
    },

    /** The customer withdrew support access (where the profile requires it): open impersonations end at once. */
    async endForCustomer(tx: Tx, ctx: TRequestContext, customerId: string, reason: TImpersonationEndReason): Promise<void> {
      for (const row of await findOpenImpersonationsOfCustomer(tx, customerId)) await end(tx, ctx, row, reason, clock.now());
    },
  };
}

export type TImpersonationService = ReturnType<typeof createImpersonationService>;
