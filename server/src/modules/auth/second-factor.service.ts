import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import QRCode from 'qrcode';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import {
  claimTotpStep,
  countEmailChallengeAttempt,
  countUnusedRecoveryCodes,
  deleteTotp,
  findOpenEmailChallenge,
  findTotp,
  insertEmailChallenge,
  replaceRecoveryCodes,
  saveUnconfirmedTotp,
  useRecoveryCode,
} from './second-factor.repository.ts';
import type { TPrincipalRef } from './session/session.service.ts';
import { matchTotp, newTotpSecret, otpauthUri } from './totp.ts';

export const EMAIL_CODE_TTL_MS = 10 * 60_000;
const EMAIL_CODE_MAX_ATTEMPTS = 5;
const RECOVERY_CODE_COUNT = 10;

export type TEmailCodePurpose =
  | 'sign-in'
  | 'claim'
  | 'verify-email'
  | 'step-up'
  | 'password-reset'
  /** Bound to the field and a keyed hash of the new address, so the code confirms only that change. */
  | `contact-change:${string}`;

/** Recovery codes are 60 random bits (xxxx-xxxx-xxxx, unambiguous letters), so a fast hash suffices. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
function newRecoveryCode(): string {
  const chars = Array.from(randomBytes(12), (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}
const hashRecoveryCode = (code: string) =>
  createHash('sha256').update(code.trim().toLowerCase().replace(/[^a-z0-9]/g, '')).digest('hex');

export function createSecondFactorService(deps: { db: Db; clock: TClock; secret: TServerSecret; issuer: string }) {
  const { db, clock, secret } = deps;
  const codeHash = (ref: TPrincipalRef, purpose: string, code: string) =>
    secret.hmac('email-code', `${ref.kind}:${ref.id}:${purpose}:${code}`);

  return {
    async isEnabled(ref: TPrincipalRef): Promise<boolean> {
      return (await findTotp(db, ref))?.confirmedAt != null;
    },

    /** Starts (or restarts) enrolment; nothing changes for sign-in until `confirmTotp` succeeds. */
    async beginTotpEnrolment(ref: TPrincipalRef, accountLabel: string) {
      const totpSecret = newTotpSecret();
      await saveUnconfirmedTotp(db, ref, secret.seal(totpSecret), clock.now());
      const uri = otpauthUri({ secret: totpSecret, issuer: deps.issuer, account: accountLabel });
      const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return { secret: totpSecret, otpauthUri: uri, qrSvg };
    },

    /** Confirms enrolment with a first code; returns the recovery codes, shown once. */
    async confirmTotp(tx: DbOrTx, ref: TPrincipalRef, code: string): Promise<string[] | undefined> {
      const row = await findTotp(tx, ref);
      if (!row || row.confirmedAt) return undefined;
      const step = matchTotp(secret.open(row.secret), code.trim(), clock.now());
      if (step === undefined || !(await claimTotpStep(tx, ref, step, clock.now()))) return undefined;
      const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
      await replaceRecoveryCodes(tx, ref, codes.map(hashRecoveryCode));
      return codes;
    },

    async verifyTotp(ref: TPrincipalRef, code: string, tx: DbOrTx = db): Promise<boolean> {
      const row = await findTotp(tx, ref);
      if (!row?.confirmedAt) return false;
      const step = matchTotp(secret.open(row.secret), code.trim(), clock.now());
      return step !== undefined && claimTotpStep(tx, ref, step);
    },

    async useRecoveryCode(ref: TPrincipalRef, code: string, tx: DbOrTx = db): Promise<boolean> {
      return useRecoveryCode(tx, ref, hashRecoveryCode(code), clock.now());
    },

    remainingRecoveryCodes: (ref: TPrincipalRef) => countUnusedRecoveryCodes(db, ref),

    disableTotp: (tx: DbOrTx, ref: TPrincipalRef) => deleteTotp(tx, ref),

    /** A fresh 6-digit code for the purpose; the caller emails it. */
    async issueEmailCode(ref: TPrincipalRef, purpose: TEmailCodePurpose, tx: DbOrTx = db): Promise<string> {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const now = clock.now();
      await insertEmailChallenge(tx, {
        ref,
        purpose,
        codeHash: codeHash(ref, purpose, code),
        createdAt: now,
        expiresAt: new Date(now.getTime() + EMAIL_CODE_TTL_MS),
      });
      return code;
    },

    /** Single use, ten minutes, five tries: guessing one of 10^6 codes stays hopeless. */
    async consumeEmailCode(ref: TPrincipalRef, purpose: TEmailCodePurpose, code: string, tx: DbOrTx = db): Promise<boolean> {
      const now = clock.now();
      const challenge = await findOpenEmailChallenge(tx, ref, purpose, now);
      if (!challenge || challenge.attempts >= EMAIL_CODE_MAX_ATTEMPTS) return false;
      const expected = Buffer.from(challenge.codeHash, 'hex');
      const given = Buffer.from(codeHash(ref, purpose, code.trim()), 'hex');
      const ok = timingSafeEqual(expected, given);
      await countEmailChallengeAttempt(tx, challenge.id, ok || challenge.attempts + 1 >= EMAIL_CODE_MAX_ATTEMPTS, now);
      return ok;
    },
  };
}

export type TSecondFactorService = ReturnType<typeof createSecondFactorService>;
