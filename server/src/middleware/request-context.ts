import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/** Who is acting and on whose data; `actor` and `subject` differ only while staff impersonate. */
export type TRequestContext = {
  requestId: string;
  ip: string;
  userAgent: string;
  actor: null;
  subject: null;
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
      actor: null,
      subject: null,
    };
    res.setHeader('X-Request-Id', requestId);
    next();
  };
}
