import { and, asc, desc, eq, gt, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { auditCheckpoints, auditEvents } from '../../db/schema/index.ts';
import type { TAuditEventRow } from './audit-event.ts';

export type TAuditCheckpointRow = typeof auditCheckpoints.$inferSelect;

export type TAuditFilters = {
  action?: string;
  actorId?: string;
  subjectId?: string;
  /** Inclusive bounds on `occurred_at`. */
  from?: Date;
  to?: Date;
};

/** Newest first, below `beforeSeq` when given (keyset paging: stable while rows are appended). */
export async function findAuditEvents(
  db: DbOrTx,
  options: { filters: TAuditFilters; limit: number; beforeSeq?: number | undefined },
): Promise<TAuditEventRow[]> {
  const { filters } = options;
  const conditions: (SQL | undefined)[] = [
    filters.action === undefined ? undefined : eq(auditEvents.action, filters.action),
    filters.actorId === undefined ? undefined : eq(auditEvents.actorId, filters.actorId),
    filters.subjectId === undefined
      ? undefined
      : eq(auditEvents.subjectCustomerId, filters.subjectId),
    filters.from === undefined ? undefined : gte(auditEvents.occurredAt, filters.from),
    filters.to === undefined ? undefined : lte(auditEvents.occurredAt, filters.to),
    options.beforeSeq === undefined ? undefined : lt(auditEvents.seq, options.beforeSeq),
  ];
  return db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.seq))
    .limit(options.limit);
}

/** Oldest first, from `afterSeq` (exclusive) up to `toSeq` (inclusive): the verifier's walk. */
export async function readAuditEventsAfter(
  db: DbOrTx,
  afterSeq: number,
  options: { limit: number; toSeq?: number | undefined },
): Promise<TAuditEventRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        gt(auditEvents.seq, afterSeq),
        options.toSeq === undefined ? undefined : lte(auditEvents.seq, options.toSeq),
      ),
    )
    .orderBy(asc(auditEvents.seq))
    .limit(options.limit);
}

export async function findAuditEventHash(db: DbOrTx, seq: number): Promise<string | undefined> {
  const [row] = await db
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.seq, seq));
  return row?.hash;
}

export async function findAuditHead(
  db: DbOrTx,
): Promise<{ seq: number; hash: string } | undefined> {
  const [row] = await db
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  return row;
}

export async function findLatestCheckpoint(db: DbOrTx): Promise<TAuditCheckpointRow | undefined> {
  const [row] = await db
    .select()
    .from(auditCheckpoints)
    .orderBy(desc(auditCheckpoints.seq))
    .limit(1);
  return row;
}

/** Checkpoints with `fromSeq <= seq <= toSeq`, oldest first. */
export async function findCheckpoints(
  db: DbOrTx,
  range: { fromSeq: number; toSeq?: number | undefined },
): Promise<TAuditCheckpointRow[]> {
  return db
    .select()
    .from(auditCheckpoints)
    .where(
      and(
        gte(auditCheckpoints.seq, range.fromSeq),
        range.toSeq === undefined ? undefined : lte(auditCheckpoints.seq, range.toSeq),
      ),
    )
    .orderBy(asc(auditCheckpoints.seq));
}

/** Inserts a checkpoint; when one for that seq exists already (a concurrent writer), returns that one. */
export async function insertCheckpoint(
  db: DbOrTx,
  checkpoint: TAuditCheckpointRow,
): Promise<TAuditCheckpointRow> {
  const [inserted] = await db
    .insert(auditCheckpoints)
    .values(checkpoint)
    .onConflictDoNothing()
    .returning();
  if (inserted) return inserted;
  const [existing] = await db
    .select()
    .from(auditCheckpoints)
    .where(eq(auditCheckpoints.seq, checkpoint.seq));
  if (!existing) throw new Error(`checkpoint ${checkpoint.seq} neither inserted nor found`);
  return existing;
}
