import type { Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { TImpersonatedRequestHook } from '../../http/route-registry.ts';

/**
 * One audit event per request a staff member makes while impersonating (security.md line 18): the
 * route pattern (never the URL, which may carry values), whether the policy let it through, and,
 * from the request context, both identities: the staff member as actor, the customer as subject.
 */
export function auditImpersonatedRequests(db: Db, audit: TAuditRecorder): TImpersonatedRequestHook {
  return (ctx, route, outcome) =>
    audit(db, ctx, {
      action: 'impersonation.request',
      outcome,
      details: { method: route.method, route: route.path },
    });
}
