import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { TApiError } from '@portal/shared/schemas/common.schema';
import { AppError } from '../lib/app-error.ts';
import type { Logger } from '../lib/logger.ts';

/** Errors body-parser raises before a route runs, mapped to our codes. */
function fromBodyParser(error: unknown): AppError | undefined {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed') return new AppError('bad_request', 'The request body is not valid JSON.');
  if (type === 'entity.too.large') return new AppError('payload_too_large', 'The request body is too large.');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return new AppError('unsupported_media_type', 'The request body encoding is not supported.');
  }
  // serve-static reports a missing hashed asset as an http-errors 404.
  if ((error as { status?: unknown } | null)?.status === 404) return new AppError('not_found', 'Not found.');
  return undefined;
}

/** The one place errors become responses: the envelope, never a stack trace or personal data. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const known = error instanceof AppError ? error : fromBodyParser(error);
    const appError = known ?? new AppError('internal', 'Something went wrong on our side. Please try again.');
    if (!known) {
      logger.error({ err: error, requestId: req.ctx?.requestId }, 'unhandled error');
    }
    const body: TApiError = {
      code: appError.code,
      message: appError.message,
      ...(appError.fields ? { fields: appError.fields } : {}),
      requestId: req.ctx?.requestId ?? 'unknown',
    };
    if (appError.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(appError.retryAfterSeconds));
    res.status(appError.status).json(body);
  };
}

export function apiNotFound(): RequestHandler {
  return (req, _res, next) => {
    next(new AppError('not_found', `No API endpoint ${req.method} ${req.path}.`));
  };
}
