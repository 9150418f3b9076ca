import { z } from 'zod';

/**
 * The consent module's own settings, read once when the app is built (fail fast on a bad value).
 * SMS_WEBHOOK_SECRET is shared with the SMS provider, which signs inbound messages with it: there is
 * no point generating one nobody else knows, so without it the webhook answers 503 (fail closed).
 */
const ZConsentEnvSchema = z.object({
  SMS_WEBHOOK_SECRET: z
    .string()
    .min(32, 'SMS_WEBHOOK_SECRET must be at least 32 characters')
    .optional(),
});

export type TConsentConfig = { smsWebhookSecret: string | null };

export function loadConsentConfig(env: NodeJS.ProcessEnv = process.env): TConsentConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k === 'SMS_WEBHOOK_SECRET' && v),
  );
  const parsed = ZConsentEnvSchema.safeParse(present);
  if (!parsed.success)
    throw new Error(
      `Invalid configuration: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
    );
  return { smsWebhookSecret: parsed.data.SMS_WEBHOOK_SECRET ?? null };
}
