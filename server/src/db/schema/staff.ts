import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Operator staff who help customers: support agents, privacy officers, admins. */
export const staffMembers = pgTable(
  'staff_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffNumber: text('staff_number').notNull(),
    email: text('email').notNull(),
    /** Shown to customers in "who touched my data" together with the role. */
    firstName: text('first_name').notNull(),
    familyName: text('family_name').notNull(),
    /** support-agent | privacy-officer | admin */
    role: text('role').notNull(),
    /** active | disabled */
    status: text('status').notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('staff_members_staff_number_key').on(t.staffNumber),
    uniqueIndex('staff_members_email_key').on(sql`lower(${t.email})`),
  ],
);
