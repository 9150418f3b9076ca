import type { RequestHandler } from 'express';
import { AppError } from '../lib/app-error.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** JSON endpoints reject any other body type (security.md line 4: 415). */
export function requireJsonBody(): RequestHandler {
  return (req, _res, next) => {
    const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
    if (UNSAFE.has(req.method) && hasBody && !req.is('application/json')) {
      return next(new AppError('unsupported_media_type', 'Send the request body as application/json.'));
    }
    next();
  };
}
