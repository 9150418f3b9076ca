import type { Request } from 'express';
import { AppError } from '../lib/app-error.ts';

export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'custodia';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * security.md line 4. A cross-site page can neither set a custom header without a CORS preflight (which we
 * never grant) nor hide its Fetch Metadata; browsers without Fetch Metadata still send Origin on unsafe
 * requests, which must then be ours.
 */
export function assertSameOriginRequest(req: Request, allowedOrigins: ReadonlySet<string>): void {
  if (!UNSAFE.has(req.method)) return;
  const site = req.get('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw new AppError('csrf_rejected', 'Cross-site requests are not accepted.');
  }
  const origin = req.get('origin');
  if (site === undefined && origin !== undefined && !allowedOrigins.has(origin)) {
    throw new AppError('csrf_rejected', 'Requests from other origins are not accepted.');
  }
  if (req.get(CSRF_HEADER) !== CSRF_HEADER_VALUE) {
    throw new AppError('csrf_rejected', `Send the ${CSRF_HEADER}: ${CSRF_HEADER_VALUE} header with this request.`);
  }
}
