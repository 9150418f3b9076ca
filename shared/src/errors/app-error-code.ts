import { z } from 'zod';

/** Every error the API returns carries one of these codes; the HTTP status follows from it. */
export const APP_ERROR_HTTP_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  step_up_required: 401,
  forbidden: 403,
  csrf_rejected: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  locked: 423,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type TAppErrorCode = keyof typeof APP_ERROR_HTTP_STATUS;
export const APP_ERROR_CODES = Object.keys(APP_ERROR_HTTP_STATUS) as [TAppErrorCode, ...TAppErrorCode[]];
export const ZAppErrorCodeSchema = z.enum(APP_ERROR_CODES);
