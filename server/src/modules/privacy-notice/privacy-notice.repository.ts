import { and, asc, desc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { TLocalizedText } from '@portal/shared/domain/languages';
import type { DbOrTx } from '../../db/client.ts';
import { customers } from '../../db/schema/customers.ts';
import { privacyNoticeMailings, privacyNoticeVersions } from '../../db/schema/privacy-notice.ts';

export type TNoticeVersionRow = {
  version: string;
  effectiveDate: string;
  texts: Partial<Record<string, string>>;
  summary: TLocalizedText;
  publishedAt: Date;
};

const columns = {
  version: privacyNoticeVersions.version,
  effectiveDate: privacyNoticeVersions.effectiveDate,
  texts: privacyNoticeVersions.texts,
  summary: privacyNoticeVersions.summary,
  publishedAt: privacyNoticeVersions.publishedAt,
};

/** Every version, newest effective date first (the same date: the later publication first). */
export async function listVersions(db: DbOrTx): Promise<TNoticeVersionRow[]> {
  return db
    .select(columns)
    .from(privacyNoticeVersions)
    .orderBy(desc(privacyNoticeVersions.effectiveDate), desc(privacyNoticeVersions.publishedAt));
}

/** The version in force on `today` (an ISO date in the operator's time zone). */
export async function versionInForce(
  db: DbOrTx,
  today: string,
): Promise<Pick<TNoticeVersionRow, 'version' | 'effectiveDate'> | undefined> {
  const [row] = await db
    .select({ version: privacyNoticeVersions.version, effectiveDate: privacyNoticeVersions.effectiveDate })
    .from(privacyNoticeVersions)
    .where(lte(privacyNoticeVersions.effectiveDate, today))
    .orderBy(desc(privacyNoticeVersions.effectiveDate), desc(privacyNoticeVersions.publishedAt))
    .limit(1);
  return row;
}

export async function findVersion(db: DbOrTx, version: string): Promise<TNoticeVersionRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(privacyNoticeVersions)
    .where(eq(privacyNoticeVersions.version, version));
  return row;
}

/** Inserts a version; false when one with that id exists already. */
export async function insertVersion(
  db: DbOrTx,
  row: Omit<TNoticeVersionRow, 'publishedAt'> & { publishedAt: Date; publishedBy: string | null },
): Promise<boolean> {
  const inserted = await db
    .insert(privacyNoticeVersions)
    .values(row)
    .onConflictDoNothing()
    .returning({ version: privacyNoticeVersions.version });
  return inserted.length > 0;
}

export type TAnnouncementRecipient = { id: string; email: string; language: string };

/** Active customers not yet mailed about `version`, in id order (a stable batch cursor). */
export async function customersToAnnounce(
  db: DbOrTx,
  version: string,
  limit: number,
): Promise<TAnnouncementRecipient[]> {
  return db
    .select({ id: customers.id, email: customers.email, language: customers.language })
    .from(customers)
    .leftJoin(
      privacyNoticeMailings,
      and(eq(privacyNoticeMailings.customerId, customers.id), eq(privacyNoticeMailings.version, version)),
    )
    .where(and(eq(customers.status, 'active'), isNull(privacyNoticeMailings.customerId)))
    .orderBy(asc(customers.id))
    .limit(limit);
}

/** Claims the mailing of one customer; false when it was claimed (queued) before. */
export async function claimMailing(db: DbOrTx, version: string, customerId: string, now: Date): Promise<boolean> {
  const inserted = await db
    .insert(privacyNoticeMailings)
    .values({ version, customerId, sentAt: now })
    .onConflictDoNothing()
    .returning({ customerId: privacyNoticeMailings.customerId });
  return inserted.length > 0;
}

/** Where to send one customer's announcement, at the moment of sending; null once they are not active. */
export async function activeRecipient(db: DbOrTx, customerId: string): Promise<TAnnouncementRecipient | null> {
  const [row] = await db
    .select({ id: customers.id, email: customers.email, language: customers.language })
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.status, 'active')));
  return row ?? null;
}

export async function countMailings(db: DbOrTx, version: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(privacyNoticeMailings)
    .where(eq(privacyNoticeMailings.version, version));
  return row?.n ?? 0;
}
