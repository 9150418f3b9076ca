import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { systemClock, type TClock } from '../clock.ts';
import { DEFAULT_DETACHED_TYP, signDetached, verifyDetached } from './detached-jws.ts';
import { verificationKeyResolver, type TSigningKeys } from './signing-keys.ts';
import { TokenError, toTokenError } from './token-error.ts';
import {
  TOKEN_KINDS,
  type TTokenClaims,
  type TTokenClaimsInput,
  type TTokenKind,
  type TTokenKindOf,
} from './token-kinds.ts';

/** Seconds, or a count with a unit: `90s`, `15m`, `12h`, `7d`. */
export type TDuration = number | `${number}${'s' | 'm' | 'h' | 'd'}`;

export type TSignOptions<K extends TTokenKind> = {
  /** Narrows a ticket to one resource or service; `verify` must then be given the same audience. */
  audience?: string;
} & (TTokenKindOf<K>['expiry'] extends 'required'
  ? { expiresIn: TDuration }
  : { expiresIn?: never }) &
  (TTokenKindOf<K>['subject'] extends 'required' ? { subject: string } : { subject?: string });

export type TVerifiedToken<K extends TTokenKind> = {
  claims: TTokenClaims<K>;
  subject: string | undefined;
  /** The `jti`, for callers that make a ticket single-use. */
  id: string;
  issuedAt: Date;
  expiresAt: Date | undefined;
};

export type TTokenService = {
  sign: <K extends TTokenKind>(
    kind: K,
    claims: TTokenClaimsInput<K>,
    options: TSignOptions<K>,
  ) => Promise<string>;
  /** Throws TokenError: `expired` for a genuine but expired token, `invalid` for anything else. */
  verify: <K extends TTokenKind>(
    kind: K,
    token: string,
    options?: { audience?: string },
  ) => Promise<TVerifiedToken<K>>;
  signDetached: (payload: Uint8Array, options?: { typ?: string }) => Promise<string>;
  verifyDetached: (
    jws: string,
    payload: Uint8Array,
    options?: { typ?: string },
  ) => Promise<{ kid: string }>;
};

// Covers clock skew between instances without keeping expired links alive noticeably longer.
const CLOCK_TOLERANCE_SECONDS = 5;
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

function toSeconds(duration: TDuration): number {
  if (typeof duration === 'number' && Number.isInteger(duration) && duration > 0) return duration;
  const match = typeof duration === 'string' ? /^([1-9]\d*)([smhd])$/.exec(duration) : null;
  if (!match) throw new Error(`not a token lifetime: ${String(duration)}`);
  return Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
}

/** Signs and verifies every kind of token in TOKEN_KINDS with the server's Ed25519 key. */
export function createTokenService(options: {
  keys: TSigningKeys;
  issuer: string;
  clock?: TClock;
}): TTokenService {
  const { keys, issuer } = options;
  const clock = options.clock ?? systemClock;

  async function sign(
    kind: TTokenKind,
    claims: unknown,
    signOptions: { audience?: string; expiresIn?: TDuration; subject?: string },
  ): Promise<string> {
    const spec = TOKEN_KINDS[kind];
    const payload = spec.claims.parse(claims) as JWTPayload;
    if (spec.subject === 'required' && !signOptions.subject)
      throw new Error(`${kind} tokens need a subject`);
    const issuedAt = Math.floor(clock.now().getTime() / 1000);
    const jwt = new SignJWT(payload)
      .setProtectedHeader({ alg: 'EdDSA', typ: spec.typ, kid: keys.kid })
      .setIssuer(issuer)
      .setAudience(signOptions.audience ?? spec.aud)
      .setIssuedAt(issuedAt)
      .setJti(randomUUID());
    if (signOptions.subject !== undefined) jwt.setSubject(signOptions.subject);
    if (spec.expiry === 'required') {
      if (signOptions.expiresIn === undefined) throw new Error(`${kind} tokens need expiresIn`);
      jwt.setExpirationTime(issuedAt + toSeconds(signOptions.expiresIn));
    }
    return jwt.sign(keys.privateKey);
  }

  async function verify(
    kind: TTokenKind,
    token: string,
    verifyOptions: { audience?: string } = {},
  ) {
    const spec = TOKEN_KINDS[kind];
    const required = ['iat', 'jti'];
    if (spec.expiry === 'required') required.push('exp');
    if (spec.subject === 'required') required.push('sub');
    try {
      const { payload } = await jwtVerify(token, verificationKeyResolver(keys), {
        algorithms: ['EdDSA'],
        issuer,
        audience: verifyOptions.audience ?? spec.aud,
        typ: spec.typ,
        requiredClaims: required,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: clock.now(),
      });
      const claims = spec.claims.safeParse(payload);
      if (!claims.success)
        throw new TokenError('invalid', `${kind} claims do not match`, { cause: claims.error });
      return {
        claims: claims.data,
        subject: payload.sub,
        id: String(payload.jti),
        issuedAt: new Date(Number(payload.iat) * 1000),
        expiresAt: payload.exp === undefined ? undefined : new Date(payload.exp * 1000),
      };
    } catch (error) {
      throw toTokenError(error);
    }
  }

  return {
    // The casts only widen the public, per-kind signatures to the shared implementation above.
    sign: sign as TTokenService['sign'],
    verify: verify as TTokenService['verify'],
    signDetached: (payload, detachedOptions) =>
      signDetached(keys, payload, { typ: detachedOptions?.typ ?? DEFAULT_DETACHED_TYP }),
    verifyDetached: (jws, payload, detachedOptions) =>
      verifyDetached(keys, jws, payload, { typ: detachedOptions?.typ ?? DEFAULT_DETACHED_TYP }),
  };
}
