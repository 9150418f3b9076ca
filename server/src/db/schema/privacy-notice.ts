import { date, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { TLocalizedText } from '@portal/shared/domain/languages';
import { customers } from './customers.ts';
import { staffMembers } from './staff.ts';

/**
 * The operator's privacy notice, one row per version (issue 7). The first row is seeded from the
 * profile (`profile.notice`, with the seed policy text); privacy officers publish later ones. The
 * version in force is the latest whose effective date has come; it is what consent changes must
 * have been shown and what the ledger records as `notice_version`.
 */
export const privacyNoticeVersions = pgTable('privacy_notice_versions', {
  version: text('version').primaryKey(),
  effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
  /** The full policy text by language (`{nl: '…'}`); at least the notice's own language. */
  texts: jsonb('texts').$type<Partial<Record<string, string>>>().notNull(),
  /** What changed against the previous version, per language. */
  summary: jsonb('summary').$type<TLocalizedText>().notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  /** Null for the version seeded from the profile. */
  publishedBy: uuid('published_by').references(() => staffMembers.id, { onDelete: 'set null' }),
});

/**
 * One row per customer the announcement of a version was emailed to: the job claims the row before
 * sending, so a rerun after a crash skips everyone already mailed (no duplicates).
 */
export const privacyNoticeMailings = pgTable(
  'privacy_notice_mailings',
  {
    version: text('version')
      .notNull()
      .references(() => privacyNoticeVersions.version, { onDelete: 'cascade' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.version, t.customerId] })],
);
