import { errors } from 'jose';

/**
 * Why a token was refused. `expired` lets a route answer 410 (the link was genuine but is too old);
 * everything else is `invalid` (403/400), with the detail kept in `cause` for logs, not for clients.
 */
export type TTokenErrorReason = 'expired' | 'invalid';

export class TokenError extends Error {
  readonly reason: TTokenErrorReason;

  constructor(reason: TTokenErrorReason, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'TokenError';
    this.reason = reason;
  }
}

/** Maps whatever jose or a schema threw to a TokenError; only a genuine, expired token is `expired`. */
export function toTokenError(error: unknown): TokenError {
  if (error instanceof TokenError) return error;
  // jose checks the signature before the claims, so JWTExpired implies the token was ours.
  if (error instanceof errors.JWTExpired)
    return new TokenError('expired', 'token expired', { cause: error });
  return new TokenError('invalid', 'token rejected', { cause: error });
}
