import { APP_ERROR_HTTP_STATUS, type TAppErrorCode } from '@portal/shared/errors/app-error-code';

/** The one error type the API throws on purpose; the error handler turns it into the envelope. */
export class AppError extends Error {
  readonly code: TAppErrorCode;
  readonly status: number;
  readonly fields: Record<string, string[]> | undefined;
  /** Sent as `Retry-After` (rate limits, throttled sign-ins). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: TAppErrorCode,
    message: string,
    options: { fields?: Record<string, string[]>; cause?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = APP_ERROR_HTTP_STATUS[code];
    this.fields = options.fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
