import { z } from 'zod';
import { STAFF_ROLES } from '../domain/permissions.ts';
import { ZImpersonationStateSchema } from './impersonation.schema.ts';

/** Emails are compared case-insensitively; trimmed so a pasted trailing space is not a different address. */
export const ZEmailSchema = z
  .string()
  .trim()
  .max(254, 'Email addresses are at most 254 characters.')
  .pipe(z.email('Enter an email address like name@example.com.'))
  .transform((email) => email.toLowerCase());

/** security.md line 8: length only, no composition rules; the server also rejects common passwords. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const ZNewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

/** At sign-in any stored password may be presented; only the upper bound protects the hasher. */
export const ZPasswordInputSchema = z.string().min(1, 'Enter your password.').max(PASSWORD_MAX_LENGTH);

export const ZSignInRequestSchema = z.object({ email: ZEmailSchema, password: ZPasswordInputSchema }).strict();
export type TSignInRequest = z.input<typeof ZSignInRequestSchema>;

export const ZOneTimeCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Enter the 6-digit code.');

export const ZSecondFactorRequestSchema = z
  .object({
    /** A 6-digit TOTP code or a recovery code (xxxx-xxxx-xxxx). */
    code: z
      .string()
      .trim()
      .min(6, 'Enter the code from your authenticator app or a recovery code.')
      .max(20, 'That code is too long.'),
  })
  .strict();

export const ZEmailOnlyRequestSchema = z.object({ email: ZEmailSchema }).strict();
export const ZEmailCodeSignInRequestSchema = z.object({ email: ZEmailSchema, code: ZOneTimeCodeSchema }).strict();

export const ZStepUpRequestSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('password'), password: ZPasswordInputSchema }).strict(),
  z.object({ method: z.literal('totp'), code: ZOneTimeCodeSchema }).strict(),
  z.object({ method: z.literal('email-code'), code: ZOneTimeCodeSchema }).strict(),
]);
export type TStepUpRequest = z.input<typeof ZStepUpRequestSchema>;

export const ZChangePasswordRequestSchema = z
  .object({ currentPassword: ZPasswordInputSchema, newPassword: ZNewPasswordSchema })
  .strict();

/** What the SPA learns about who is signed in; never secrets, never the session id. */
export const ZSessionStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('signed-out') }).strict(),
  z
    .object({
      status: z.literal('second-factor-required'),
      /** Staff who have not enrolled yet must do so before anything else. */
      enrolmentRequired: z.boolean(),
    })
    .strict(),
  z
    .object({
      status: z.literal('signed-in'),
      principal: z.discriminatedUnion('kind', [
        z
          .object({
            kind: z.literal('customer'),
            id: z.uuid(),
            displayName: z.string(),
            email: z.string(),
            emailVerified: z.boolean(),
            secondFactorEnabled: z.boolean(),
            language: z.string(),
          })
          .strict(),
        z
          .object({
            kind: z.literal('staff'),
            id: z.uuid(),
            displayName: z.string(),
            role: z.enum(STAFF_ROLES),
            permissions: z.array(z.string()),
            /** The customer this staff member is acting as, read-only; null when not impersonating. */
            impersonation: ZImpersonationStateSchema.nullable(),
          })
          .strict(),
      ]),
      session: z
        .object({
          id: z.uuid(),
          idleExpiresAt: z.iso.datetime(),
          absoluteExpiresAt: z.iso.datetime(),
          recentlyAuthenticatedUntil: z.iso.datetime().nullable(),
        })
        .strict(),
    })
    .strict(),
]);
export type TSessionState = z.infer<typeof ZSessionStateSchema>;

/** The uniform answer to sign-in attempts that fail for any reason a stranger must not tell apart. */
export const SIGN_IN_FAILED_MESSAGE = 'The email address or password is not right.';
/** The uniform answer to requests that send email (code, reset, claim), known address or not. */
export const EMAIL_SENT_IF_KNOWN_MESSAGE =
  'If we hold an account for that address, we have sent it an email. It can take a minute to arrive.';

export const ZAcceptedResponseSchema = z.object({ message: z.string() }).strict();

export const ZDeviceSessionSchema = z
  .object({
    id: z.uuid(),
    current: z.boolean(),
    browser: z.string(),
    operatingSystem: z.string(),
    deviceType: z.enum(['desktop', 'mobile', 'tablet', 'unknown']),
    approximateLocation: z.string().nullable(),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
  })
  .strict();
export const ZDeviceSessionListSchema = z.object({ sessions: z.array(ZDeviceSessionSchema) }).strict();
export type TDeviceSession = z.infer<typeof ZDeviceSessionSchema>;
