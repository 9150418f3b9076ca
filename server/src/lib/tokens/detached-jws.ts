import { base64url, CompactSign, compactVerify, decodeProtectedHeader } from 'jose';
import { verificationKeyResolver, type TSigningKeys } from './signing-keys.ts';
import { TokenError, toTokenError } from './token-error.ts';

/** The `typ` when the caller names none; give each document type its own so one cannot pass as another. */
export const DEFAULT_DETACHED_TYP = 'custodia-detached+jws';

/**
 * Signs `payload` and leaves it out of the result (RFC 7515 appendix F): `header..signature`. The
 * document (an export manifest, a consent receipt) travels as itself, and the signature next to it.
 */
export async function signDetached(
  keys: TSigningKeys,
  payload: Uint8Array,
  options: { typ?: string } = {},
): Promise<string> {
  const jws = await new CompactSign(payload)
    .setProtectedHeader({ alg: 'EdDSA', kid: keys.kid, typ: options.typ ?? DEFAULT_DETACHED_TYP })
    .sign(keys.privateKey);
  const [header, , signature] = jws.split('.');
  return `${header}..${signature}`;
}

/** Verifies a detached JWS over `payload`; throws TokenError('invalid') for anything but an exact match. */
export async function verifyDetached(
  keys: TSigningKeys,
  jws: string,
  payload: Uint8Array,
  options: { typ?: string } = {},
): Promise<{ kid: string }> {
  const [header, body, signature, ...rest] = jws.split('.');
  if (header === undefined || body !== '' || signature === undefined || rest.length > 0)
    throw new TokenError('invalid', 'not a detached compact JWS');
  try {
    const protectedHeader = decodeProtectedHeader(jws);
    // b64:false (RFC 7797) would change which bytes are signed; we never issue it.
    if ('b64' in protectedHeader) throw new TokenError('invalid', 'b64 header not accepted');
    if (protectedHeader.typ !== (options.typ ?? DEFAULT_DETACHED_TYP))
      throw new TokenError('invalid', 'wrong typ');
    const attached = `${header}.${base64url.encode(payload)}.${signature}`;
    const result = await compactVerify(attached, verificationKeyResolver(keys), {
      algorithms: ['EdDSA'],
    });
    return { kid: result.protectedHeader.kid ?? '' };
  } catch (error) {
    throw toTokenError(error);
  }
}
