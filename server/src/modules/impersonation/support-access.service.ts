import type { TProfile } from '@portal/shared/profiles/profile.schema';
import { SUPPORT_ACCESS_MAX_DAYS, type TSupportAccessResponse } from '@portal/shared/schemas/impersonation.schema';
import { withTransaction, type Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { findActiveGrant, insertGrant, revokeGrants, type TGrantRow } from './impersonation.repository.ts';
import type { TImpersonationService } from './impersonation.service.ts';

const DAY_MS = 86_400_000;

function customerOf(ctx: TRequestContext): string {
  const id = ctx.subject?.customerId;
  if (!id) throw new AppError('forbidden', 'This is for customers, about their own account.');
  return id;
}

/** The customer's permission for support to open their account, for up to 7 days (security.md line 18). */
export function createSupportAccessService(deps: {
  db: Db;
  clock: TClock;
  profile: TProfile;
  audit: TAuditRecorder;
  impersonation: Pick<TImpersonationService, 'endForCustomer'>;
}) {
  const { db, clock } = deps;
  const required = deps.profile.settings.requireSupportGrant;
  const present = (grant: TGrantRow | undefined): TSupportAccessResponse => ({
    required,
    grant: grant ? { grantedAt: grant.grantedAt.toISOString(), expiresAt: grant.expiresAt.toISOString() } : null,
    maxDays: SUPPORT_ACCESS_MAX_DAYS,
  });

  return {
    async get(ctx: TRequestContext): Promise<TSupportAccessResponse> {
      return present(await findActiveGrant(db, customerOf(ctx), clock.now()));
    },

    /** Replaces any grant in force: the new period starts now. */
    async grant(ctx: TRequestContext, days: number): Promise<TSupportAccessResponse> {
      const customerId = customerOf(ctx);
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + days * DAY_MS);
      const grant = await withTransaction(db, async (tx) => {
        await revokeGrants(tx, customerId, now);
        const row = await insertGrant(tx, { customerId, grantedAt: now, expiresAt });
        await deps.audit(tx, ctx, {
          action: 'support-access.granted',
          outcome: 'success',
          targetType: 'support-access-grant',
          targetId: row.id,
          details: { days, expiresAt: expiresAt.toISOString() },
        });
        return row;
      });
      return present(grant);
    },

    /** Withdraws the grant; where the profile requires one, an impersonation going on ends at once. */
    async revoke(ctx: TRequestContext): Promise<TSupportAccessResponse> {
      const customerId = customerOf(ctx);
      await withTransaction(db, async (tx) => {
        const revoked = await revokeGrants(tx, customerId, clock.now());
        if (revoked === 0) return;
        await deps.audit(tx, ctx, { action: 'support-access.revoked', outcome: 'success' });
        if (required) await deps.impersonation.endForCustomer(tx, ctx, customerId, 'grant-revoked');
      });
      return present(undefined);
    },
  };
}

export type TSupportAccessService = ReturnType<typeof createSupportAccessService>;
