import type { Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import { appendAuditEvent } from './append-audit-event.ts';
import { toAuditEventContent } from './audit-event.ts';

/**
 * The request-scoped recorder routes use: fills actor, impersonation, session, request id and IP from
 * the request context and appends in the caller's transaction. Session ids and IPs are stored as
 * keyed hashes: staff holding the server secret can correlate rows, a copy of the table alone cannot.
 */
export function createAuditRecorder(deps: {
  clock: TClock;
  secret: TServerSecret;
  /** Unused: each call writes to the handle (usually a transaction) it is given. */
  db?: Db;
}): TAuditRecorder {
  return async (db, ctx, event) => {
    // `actor: null` means "nobody we know" (a sign-in for an unknown email); undefined means the context's.
    const actor = event.actor !== undefined ? event.actor : ctx.actor;
    const subjectCustomerId =
      event.subjectCustomerId !== undefined
        ? event.subjectCustomerId
        : (ctx.subject?.customerId ?? null);
    const content = toAuditEventContent(
      {
        action: event.action,
        outcome: event.outcome,
        actorKind: actor?.kind ?? 'anonymous',
        actorId: actor?.id ?? null,
        subjectCustomerId,
        impersonationId: event.impersonationId !== undefined ? event.impersonationId : (ctx.impersonation?.id ?? null),
        sessionIdHash: ctx.session ? deps.secret.hmac('audit-session', ctx.session.id) : null,
        requestId: ctx.requestId,
        targetType: event.targetType ?? null,
        targetId: event.targetId ?? null,
        ipHash: deps.secret.hmac('audit-ip', ctx.ip),
        details: event.details ?? {},
      },
      () => deps.clock.now(),
    );
    await appendAuditEvent(db, content);
  };
}
