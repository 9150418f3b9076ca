import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { TStaffRole } from '@portal/shared/domain/permissions';
import type { TImpersonationReasonCategory } from '@portal/shared/schemas/impersonation.schema';
import type { TLiveSession } from '../modules/auth/session/session.service.ts';

/** The signed-in party. Staff stay the actor while impersonating; the customer becomes the subject. */
export type TActor = { kind: 'customer'; id: string } | { kind: 'staff'; id: string; role: TStaffRole };

/** An active impersonation (RFC 8693: the customer is the subject, the staff member the actor). */
export type TImpersonation = {
  id: string;
  customerId: string;
  staffId: string;
  startedAt: Date;
  /** Fixed when it started; never extended. */
  endsAt: Date;
  reasonCategory: TImpersonationReasonCategory;
  reason: string;
  ticketReference: string;
  /** For the staff member's banner; never logged (the logger only sees ids). */
  customerDisplayName: string;
  readOnly: true;
};

/** Who is acting and on whose data; `actor` and `subject` differ only while staff impersonate. */
export type TRequestContext = {
  requestId: string;
  ip: string;
  userAgent: string;
  session: TLiveSession | null;
  actor: TActor | null;
  /** The customer whose data `own` routes act on: the signed-in customer, or the impersonated one. */
  subject: { customerId: string } | null;
  impersonation: TImpersonation | null;
};

// Augments the global Express namespace, which express-serve-static-core's Request extends.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      ctx: TRequestContext;
    }
  }
}

export function requestContext(): RequestHandler {
  return (req, res, next) => {
    const requestId = randomUUID();
    req.ctx = {
      requestId,
      ip: req.ip ?? 'unknown',
      userAgent: req.get('user-agent')?.slice(0, 512) ?? '',
      session: null,
      actor: null,
      subject: null,
      impersonation: null,
    };
    res.setHeader('X-Request-Id', requestId);
    next();
  };
}
