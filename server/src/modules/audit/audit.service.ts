import type { Db, DbOrTx } from '../../db/client.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import { appendAuditEvent, type TAppendedAuditEvent } from './append-audit-event.ts';
import { maybeCheckpoint, writeCheckpoint } from './audit-checkpoints.ts';
import { toAuditEventContent, type TAuditEventInput, type TAuditEventRow } from './audit-event.ts';
import {
  findAuditEvents,
  type TAuditCheckpointRow,
  type TAuditFilters,
} from './audit.repository.ts';
import { verifyAuditLog, type TAuditVerification } from './audit-verifier.ts';

export type TAuditPage = {
  items: TAuditEventRow[];
  /** Pass as `cursor` (or `before`) for the next, older page; null on the last page. */
  nextCursor: number | null;
};

export type TAuditService = {
  /** Appends in the caller's transaction when given one, so the event commits with the change it records. */
  append: (db: DbOrTx, event: TAuditEventInput) => Promise<TAppendedAuditEvent>;
  /** A customer's own trail ("who touched my data"), newest first. */
  listForSubject: (
    customerId: string,
    options?: { limit?: number; before?: number },
  ) => Promise<TAuditPage>;
  /** The staff search, newest first. */
  list: (options?: {
    filters?: TAuditFilters;
    limit?: number;
    cursor?: number;
  }) => Promise<TAuditPage>;
  verify: (range?: { from?: number; to?: number }) => Promise<TAuditVerification>;
  /** Signs the current head now (null when the log is empty). */
  writeCheckpoint: () => Promise<TAuditCheckpointRow | null>;
  /** Signs the head when 1,000 events or an hour have passed since the last checkpoint. */
  maybeCheckpoint: () => Promise<TAuditCheckpointRow | null>;
  /**
   * Calls maybeCheckpoint every `intervalMs` (the timer does not keep the process alive); returns
   * stop. The interval bounds how far past 1,000 events a busy log can run before it is signed.
   */
  startCheckpointSchedule: (options?: {
    intervalMs?: number;
    onError?: (error: unknown) => void;
  }) => () => void;
};

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

const clampLimit = (limit: number | undefined) =>
  Math.min(Math.max(Math.floor(limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);

function page(items: TAuditEventRow[], limit: number): TAuditPage {
  return { items, nextCursor: items.length === limit ? (items.at(-1)?.seq ?? null) : null };
}

/** The audit trail: append, read, checkpoint and verify (security.md lines 19–22). */
export function createAuditService(deps: {
  db: Db;
  tokens: TTokenService;
  now?: () => Date;
}): TAuditService {
  const now = deps.now ?? (() => new Date());
  const checkpointDeps = { db: deps.db, tokens: deps.tokens, now };

  const service: TAuditService = {
    append: async (db, event) => appendAuditEvent(db, toAuditEventContent(event, now)),
    listForSubject: async (customerId, options = {}) => {
      const limit = clampLimit(options.limit);
      const items = await findAuditEvents(deps.db, {
        filters: { subjectId: customerId },
        limit,
        beforeSeq: options.before,
      });
      return page(items, limit);
    },
    list: async (options = {}) => {
      const limit = clampLimit(options.limit);
      const items = await findAuditEvents(deps.db, {
        filters: options.filters ?? {},
        limit,
        beforeSeq: options.cursor,
      });
      return page(items, limit);
    },
    verify: (range) => verifyAuditLog(deps, range),
    writeCheckpoint: () => writeCheckpoint(checkpointDeps),
    maybeCheckpoint: () => maybeCheckpoint(checkpointDeps),
    startCheckpointSchedule: (options = {}) => {
      let running = false;
      const timer = setInterval(() => {
        // A slow run (a large first checkpoint) must not overlap the next tick.
        if (running) return;
        running = true;
        service
          .maybeCheckpoint()
          .catch((error: unknown) => options.onError?.(error))
          .finally(() => {
            running = false;
          });
      }, options.intervalMs ?? 60_000);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
  return service;
}
