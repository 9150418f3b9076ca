import type { Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';

/** Staff looking at a customer's data (impersonating, read-only) leave an audit event each time (security.md line 18). */
export async function auditStaffRead(audit: TAuditRecorder, db: Db, ctx: TRequestContext, view: string, category: string | null = null): Promise<void> {
  if (ctx.actor?.kind !== 'staff') return;
  await audit(db, ctx, {
    action: 'personal-data.viewed',
    outcome: 'success',
    targetType: 'personal-data',
    targetId: category ? `${view}:${category}` : view,
    details: { view, category },
  });
}
