import type { z } from 'zod';
import { APP_ERROR_HTTP_STATUS, type TAppErrorCode } from '@portal/shared/errors/app-error-code';
import { ZApiErrorSchema } from '@portal/shared/schemas/common.schema';

/**
 * How a call failed: the server answered with an error (`http`), the server could not be reached
 * (`network`), or it answered with something this version of the app does not understand
 * (`invalid-response`).
 */
export type TApiErrorKind = 'http' | 'network' | 'invalid-response';

type TApiErrorInit = {
  kind: TApiErrorKind;
  code: TAppErrorCode;
  status: number;
  message: string;
  fields?: Record<string, string[]> | undefined;
  requestId?: string | null | undefined;
  retryAfterSeconds?: number | null | undefined;
  cause?: unknown;
};

/** Every failed API call rejects with this: the server's `ZApiError` envelope plus the HTTP status. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: TApiErrorKind;
  readonly code: TAppErrorCode;
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** Per-field messages keyed by the dotted path of the field in the request. */
  readonly fields: Record<string, string[]> | undefined;
  /** The server's request id, for support; null when no response arrived. */
  readonly requestId: string | null;
  /** From `Retry-After` (rate limits, throttled sign-ins): seconds to wait; null when not sent. */
  readonly retryAfterSeconds: number | null;

  constructor(init: TApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.code = init.code;
    this.status = init.status;
    this.fields = init.fields;
    this.requestId = init.requestId ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

export type TRequestOptions<TSchema extends z.ZodType> = {
  /** Validates the response body; the call resolves with its output. */
  schema: TSchema;
  signal?: AbortSignal | undefined;
  headers?: Record<string, string> | undefined;
};

type TMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Sent on every call. A cross-site form or link cannot set custom headers, so the server's CSRF
 * check can tell our own calls from forged ones.
 */
const REQUESTED_WITH = 'custodia';

/** The one way the SPA talks to the API: same-origin JSON over fetch, errors as `ApiError`. */
export async function apiRequest<TSchema extends z.ZodType>(
  method: TMethod,
  path: string,
  options: TRequestOptions<TSchema> & { body?: unknown },
): Promise<z.output<TSchema>> {
  const url = sameOriginUrl(path);
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  headers.set('X-Requested-With', REQUESTED_WITH);
  const hasBody = options.body !== undefined;
  if (hasBody) headers.set('Content-Type', 'application/json');

  let response: Response;
  let body: TJson;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: hasBody ? JSON.stringify(options.body) : null,
      signal: options.signal ?? null,
    });
    if (!response.ok) throw await errorFromResponse(response);
    body = await readJson(response);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // Cancellation (React Query dropping an outdated request) must stay an AbortError.
    if (options.signal?.aborted || isAbortError(error)) throw error;
    throw new ApiError({
      kind: 'network',
      code: 'unavailable',
      status: 0,
      message: 'Could not reach the server. Check your internet connection and try again.',
      cause: error,
    });
  }

  const requestId = response.headers.get('X-Request-Id');
  const parsed = options.schema.safeParse(body.ok ? body.value : undefined);
  if (!body.ok || !parsed.success) {
    throw new ApiError({
      kind: 'invalid-response',
      code: 'internal',
      status: response.status,
      message: `The server's answer to ${method} ${path} does not match what this app expects.`,
      requestId,
      cause: body.ok ? parsed.error : body.error,
    });
  }
  return parsed.data;
}

export const apiClient = {
  get: <TSchema extends z.ZodType>(path: string, options: TRequestOptions<TSchema>) =>
    apiRequest('GET', path, options),
  post: <TSchema extends z.ZodType>(
    path: string,
    body: unknown,
    options: TRequestOptions<TSchema>,
  ) => apiRequest('POST', path, { ...options, body }),
  put: <TSchema extends z.ZodType>(
    path: string,
    body: unknown,
    options: TRequestOptions<TSchema>,
  ) => apiRequest('PUT', path, { ...options, body }),
  patch: <TSchema extends z.ZodType>(
    path: string,
    body: unknown,
    options: TRequestOptions<TSchema>,
  ) => apiRequest('PATCH', path, { ...options, body }),
  delete: <TSchema extends z.ZodType>(path: string, options: TRequestOptions<TSchema>) =>
    apiRequest('DELETE', path, options),
};

/** Only paths on our own origin: the session cookie and CSRF header must never leave it. */
function sameOriginUrl(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error(`apiClient takes a same-origin path starting with "/", got "${path}".`);
  }
  return new URL(path, window.location.origin).href;
}

type TJson = { ok: true; value: unknown } | { ok: false; error: unknown };

async function readJson(response: Response): Promise<TJson> {
  if (response.status === 204 || response.status === 205) return { ok: true, value: undefined };
  const text = await response.text();
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error };
  }
}

async function errorFromResponse(response: Response): Promise<ApiError> {
  const requestId = response.headers.get('X-Request-Id');
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  const body = await readJson(response).catch((error: unknown): TJson => ({ ok: false, error }));
  const envelope = body.ok ? ZApiErrorSchema.safeParse(body.value) : undefined;
  if (envelope?.success) {
    return new ApiError({ kind: 'http', status: response.status, retryAfterSeconds, ...envelope.data });
  }
  // Not our envelope: a proxy, a gateway timeout, a crashed server. Derive the code from the status.
  return new ApiError({
    kind: 'http',
    code: codeForStatus(response.status),
    status: response.status,
    message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    requestId,
    retryAfterSeconds,
  });
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
function parseRetryAfter(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

const CODE_BY_STATUS = new Map<number, TAppErrorCode>();
for (const [code, status] of Object.entries(APP_ERROR_HTTP_STATUS) as [TAppErrorCode, number][]) {
  if (!CODE_BY_STATUS.has(status)) CODE_BY_STATUS.set(status, code);
}

function codeForStatus(status: number): TAppErrorCode {
  const known = CODE_BY_STATUS.get(status);
  if (known) return known;
  if (status === 502 || status === 504) return 'unavailable';
  return status >= 500 ? 'internal' : 'bad_request';
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
