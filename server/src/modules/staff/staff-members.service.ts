import type { TStaffRole } from '@portal/shared/domain/permissions';
import type { TStaffMember } from '@portal/shared/schemas/staff.schema';
import { withTransaction, type Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import type { TSessionService } from '../auth/session/session.service.ts';
import type { TImpersonationService } from '../impersonation/impersonation.service.ts';
import { presentStaffMember } from './staff.presenter.ts';
import {
  emailInUse,
  findStaff,
  insertStaff,
  listStaff,
  nextStaffNumber,
  updateStaff,
  type TStaffRow,
} from './staff.repository.ts';

export type TCreateStaffInput = { email: string; firstName: string; familyName: string; role: TStaffRole };
export type TUpdateStaffInput = { role: TStaffRole } | { status: 'active' | 'disabled' };

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { cause?: { code?: string } }).cause?.code === '23505';

/**
 * Staff accounts, managed by admins (product.md "Roles"): create (the new member sets a password
 * from an emailed code, then must enrol an authenticator app), change role, disable and enable.
 * Every change is audited. Nobody changes their own account here, which also keeps at least one
 * active admin: the one making the change.
 */
export function createStaffMembersService(deps: {
  db: Db;
  audit: TAuditRecorder;
  sessions: Pick<TSessionService, 'revokeAll'>;
  impersonation: Pick<TImpersonationService, 'endForStaff'>;
  /** Emails the new member a code to choose their password (the password-reset flow). */
  sendPasswordSetup: (ctx: TRequestContext, email: string) => Promise<void>;
}) {
  const { db, audit } = deps;
  const withEnrolment = async (row: TStaffRow) =>
    (await listStaff(db)).find((s) => s.id === row.id) ?? { ...row, secondFactorEnrolled: false };

  return {
    async list(): Promise<TStaffMember[]> {
      return (await listStaff(db)).map(presentStaffMember);
    },

    async create(ctx: TRequestContext, input: TCreateStaffInput): Promise<TStaffMember> {
      const inUse = await emailInUse(db, input.email);
      if (inUse) {
        const message =
          inUse === 'staff' ? 'A staff member already has this email address.' : 'This address belongs to a customer account; staff need their own work address.';
        throw new AppError('conflict', message, { fields: { email: [message] } });
      }
      const row = await withTransaction(db, async (tx) => {
        const created = await insertStaff(tx, {
          staffNumber: await nextStaffNumber(tx),
          email: input.email,
          firstName: input.firstName,
          familyName: input.familyName,
          role: input.role,
          status: 'active',
        });
        await audit(tx, ctx, {
          action: 'staff.member.created',
          outcome: 'success',
          targetType: 'staff-member',
          targetId: created.id,
          details: { role: input.role },
        });
        return created;
      }).catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new AppError('conflict', 'Someone added a staff member at the same moment; try again.');
        throw error;
      });
      await deps.sendPasswordSetup(ctx, row.email);
      return presentStaffMember({ ...row, secondFactorEnrolled: false });
    },

    async update(ctx: TRequestContext, staffId: string, change: TUpdateStaffInput): Promise<TStaffMember> {
      if (ctx.actor?.id === staffId) throw new AppError('forbidden', 'Ask another admin to change your own account.');
      const row = await withTransaction(db, async (tx) => {
        const current = await findStaff(tx, staffId);
        if (!current) throw new AppError('not_found', 'No such staff member.');

        if ('role' in change) {
          if (change.role === current.role) return current;
          const updated = await updateStaff(tx, staffId, { role: change.role });
          await audit(tx, ctx, {
            action: 'staff.member.role-changed',
            outcome: 'success',
            targetType: 'staff-member',
            targetId: staffId,
            details: { from: current.role as TStaffRole, to: change.role },
          });
          return updated ?? current;
        }
        if (change.status === current.status) return current;
        const updated = await updateStaff(tx, staffId, { status: change.status });
        if (change.status === 'disabled') {
          // Nothing they started keeps working: their impersonation ends and every session is revoked.
          await deps.impersonation.endForStaff(tx, ctx, staffId, 'staff-disabled');
          const revoked = await deps.sessions.revokeAll(tx, { kind: 'staff', id: staffId }, 'staff-disabled');
          await audit(tx, ctx, {
            action: 'staff.member.disabled',
            outcome: 'success',
            targetType: 'staff-member',
            targetId: staffId,
            details: { sessionsRevoked: revoked.length },
          });
        } else {
          await audit(tx, ctx, { action: 'staff.member.enabled', outcome: 'success', targetType: 'staff-member', targetId: staffId });
        }
        return updated ?? current;
      });
      return presentStaffMember(await withEnrolment(row));
    },
  };
}

export type TStaffMembersService = ReturnType<typeof createStaffMembersService>;
