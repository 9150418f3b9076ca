import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * The customer's account with the operator: who they are and how to reach them.
 * Fields of `account`-stored inventory categories live here: the well-known ones as columns,
 * the rest (gender, company name, …) in `attributes`.
 */
export const customers = pgTable(
  'customers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerNumber: text('customer_number').notNull(),
    email: text('email').notNull(),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    phone: text('phone'),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    birthDate: date('birth_date'),
    language: text('language').notNull(),
    country: text('country').notNull(),
    /** active | restricted (processing restricted at the customer's request) | frozen (erasure under way) | erased | archived (retention) */
    status: text('status').notNull().default('active'),
    attributes: jsonb('attributes').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }),
    contractEndedAt: timestamp('contract_ended_at', { withTimezone: true }),
    /** When the account was closed (erased): the start of `account-closed` retention periods. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Optimistic concurrency for corrections. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('customers_customer_number_key').on(t.customerNumber),
    uniqueIndex('customers_email_key').on(sql`lower(${t.email})`),
    index('customers_phone_idx').on(t.phone),
    index('customers_family_name_idx').on(sql`lower(${t.familyName})`),
  ],
);

/**
 * Every other inventory category the portal's own tables hold (orders, invoices, bookings,
 * sign-in history, …): one row per record, the fields in `data` as the profile's inventory names them.
 */
export const customerRecords = pgTable(
  'customer_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    /** When the thing the record describes happened (order date, sign-in time); drives retention and date filters. */
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * Set when an erasure kept the record under a legal hold: from then on it is restricted, left
     * out of every feature (my data, exports) and kept only for the hold's purpose until `purge_on`,
     * when the retention engine deletes it.
     */
    restrictedAt: timestamp('restricted_at', { withTimezone: true }),
    /** The legal hold (profile `legalHolds[].id`) the record is kept under. */
    holdId: text('hold_id'),
    /** The last day it is kept, in the operator's time zone. */
    purgeOn: date('purge_on', { mode: 'string' }),
  },
  (t) => [
    index('customer_records_customer_category_idx').on(t.customerId, t.category, t.occurredAt.desc(), t.id),
    index('customer_records_purge_idx').on(t.purgeOn).where(sql`${t.purgeOn} is not null`),
  ],
);
