import { z } from 'zod';

/**
 * What the retention engine does with data whose period ended: delete it, keep only values that name
 * nobody, archive it (restricted, kept for legal reporting), or freeze and queue an account for erasure
 * (an account's own data, and the children's rule).
 */
export const RETENTION_EFFECTS = ['delete', 'anonymise', 'archive', 'erase-account'] as const;
export const ZRetentionEffectSchema = z.enum(RETENTION_EFFECTS);

/** One line of a run: a rule applied to one category (or to accounts), and how much it touched. */
export const ZRetentionRuleCountSchema = z
  .object({
    /** A retention rule of the profile, `legal-hold-expired`, `minimum-age` or `erased-account-shell`. */
    rule: z.string(),
    /** The category, or `account` for whole accounts. */
    category: z.string(),
    effect: ZRetentionEffectSchema,
    records: z.number().int().min(0),
    accounts: z.number().int().min(0),
  })
  .strict();
export type TRetentionRuleCount = z.infer<typeof ZRetentionRuleCountSchema>;

export const ZRetentionRunRequestSchema = z.object({ dryRun: z.boolean() }).strict();

export const ZRetentionRunViewSchema = z
  .object({
    id: z.uuid(),
    dryRun: z.boolean(),
    trigger: z.enum(['schedule', 'staff']),
    status: z.enum(['running', 'completed', 'failed']),
    asOf: z.iso.datetime(),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
    counts: z.array(ZRetentionRuleCountSchema),
  })
  .strict();
export type TRetentionRunView = z.infer<typeof ZRetentionRunViewSchema>;
export const ZRetentionRunListResponseSchema = z.object({ runs: z.array(ZRetentionRunViewSchema) }).strict();

export const ZRetentionScheduleResponseSchema = z
  .object({
    /** When the scheduled run happens (cron, UTC). */
    cron: z.string(),
    rules: z.array(
      z
        .object({
          id: z.string(),
          description: z.string(),
          period: z.object({ amount: z.number().int(), unit: z.string() }).strict(),
          from: z.string(),
          action: z.string(),
          basis: z.string(),
          categories: z.array(z.string()),
        })
        .strict(),
    ),
    minimumAge: z.number().int().nullable(),
  })
  .strict();
