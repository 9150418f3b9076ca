import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { TRetentionRuleCount } from '@portal/shared/schemas/retention.schema';

/**
 * Every run of the retention engine (scheduled, or started by a privacy officer), with what each
 * rule archived, anonymised or purged. Dry runs are kept too: they are what staff look at before a
 * real run. Each run is also one audit event with the same counts.
 */
export const retentionRuns = pgTable(
  'retention_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dryRun: boolean('dry_run').notNull(),
    /** `schedule` (the cron job) or `staff`. */
    trigger: text('trigger', { enum: ['schedule', 'staff'] }).notNull(),
    /** The staff member who started it; null for the schedule. */
    startedBy: uuid('started_by'),
    status: text('status', { enum: ['running', 'completed', 'failed'] }).notNull(),
    /** The day the rules were applied for (cutoffs count back from it). */
    asOf: timestamp('as_of', { withTimezone: true }).notNull(),
    counts: jsonb('counts').$type<TRetentionRuleCount[]>().notNull().default([]),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('retention_runs_started_idx').on(t.startedAt.desc())],
);
