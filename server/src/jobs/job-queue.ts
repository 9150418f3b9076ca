import PgBoss from 'pg-boss';
import type pg from 'pg';
import type { DbOrTx } from '../db/client.ts';
import type { Logger } from '../lib/logger.ts';
import { poolExecutor, transactionExecutor } from './sql-executor.ts';

/** The schema pg-boss keeps its tables in (installed by the migrations, see install-job-schema.ts). */
export const JOB_SCHEMA = 'pgboss';

/** Advisory lock key (any constant, distinct from the migration and seed keys) for queue creation. */
const QUEUE_CREATION_LOCK_KEY = 7_246_001;

export type TJobRun<T> = {
  job: PgBoss.JobWithMetadata<T>;
  /** 1 for the first try. */
  attempt: number;
  /** No retry follows if this attempt fails: the job goes to its dead-letter queue. */
  final: boolean;
};

export type TJobDefinition<T extends object = object> = {
  name: string;
  /** Retries, backoff, expiry (how long an attempt may run before it counts as crashed), dead letter. */
  queue: Omit<PgBoss.Queue, 'name'>;
  handler: (run: TJobRun<T>) => Promise<void>;
  /** Runs on this cron (UTC) in one of the processes that schedule. */
  cron?: string;
};

export type TSendOptions = {
  /** Queue the job in this transaction: it exists if and only if the transaction commits. */
  tx?: DbOrTx;
  singletonKey?: string;
  startAfter?: Date;
};

export type TJobQueueOptions = {
  pool: pg.Pool;
  logger: Logger;
  /** Runs pg-boss maintenance here: expiring crashed attempts, archiving (servers and workers: true). */
  supervise?: boolean;
  /** Starts the cron schedules here. */
  schedule?: boolean;
  /** How often maintenance looks for attempts past their expiry (default 60 s). */
  maintenanceIntervalSeconds?: number;
  /** How often idle workers poll (default 2 s; a send from this process wakes them at once). */
  pollingIntervalSeconds?: number;
};

/**
 * The durable job queue (docs/decisions/0002-job-queue.md): pg-boss on our own PostgreSQL. Any
 * number of servers and `worker` processes can work the same queues: pg-boss hands each job to one
 * of them (SKIP LOCKED), retries failures with backoff, fails attempts that outlive their expiry
 * (a crashed process) so they run again, and moves jobs out of retries to a dead-letter queue.
 * Handlers must be idempotent: an attempt can be cut off at any point and run again.
 */
export function createJobQueue(options: TJobQueueOptions) {
  const { logger } = options;
  const definitions = new Map<string, TJobDefinition>();
  const boss = new PgBoss({
    db: poolExecutor(options.pool),
    schema: JOB_SCHEMA,
    migrate: false,
    supervise: options.supervise ?? false,
    schedule: options.schedule ?? false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  });
  // Without a listener, an error event (a lost connection during maintenance) would crash the process.
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  let started: Promise<void> | undefined;
  const workerIds = new Map<string, string>();

  async function run(definition: TJobDefinition, job: PgBoss.JobWithMetadata<object>): Promise<void> {
    const attempt = job.retryCount + 1;
    const final = job.retryCount >= job.retryLimit;
    try {
      await definition.handler({ job, attempt, final });
    } catch (error) {
      logger.error({ err: error, job: definition.name, jobId: job.id, attempt, final }, 'job attempt failed');
      throw error;
    }
  }

  const queue = {
    boss,

    define<T extends object>(definition: TJobDefinition<T>): void {
      if (definitions.has(definition.name)) throw new Error(`job ${definition.name} is defined twice`);
      definitions.set(definition.name, definition as unknown as TJobDefinition);
    },

    /** Connects and creates (or updates) the queues; idempotent. */
    start(): Promise<void> {
      return (started ??= (async () => {
        await boss.start();
        // Dead-letter queues first: a queue's dead letter must exist when it is created.
        const ordered = [...definitions.values()].sort((a, b) => Number(Boolean(a.queue.deadLetter)) - Number(Boolean(b.queue.deadLetter)));
        // Two processes creating the same queue at once deadlock inside pg-boss (its partition DDL
        // and the queue row lock in opposite orders), so queue creation is serialised across
        // processes by a session-level advisory lock held on a connection of its own.
        const lockClient = await options.pool.connect();
        try {
          await lockClient.query('select pg_advisory_lock($1::bigint)', [QUEUE_CREATION_LOCK_KEY]);
          for (const { name, queue: settings } of ordered) {
            await boss.createQueue(name, { name, ...settings });
            await boss.updateQueue(name, { name, ...settings });
          }
        } finally {
          // A connection that cannot unlock is destroyed rather than returned holding the lock.
          const unlocked = await lockClient.query('select pg_advisory_unlock($1::bigint)', [QUEUE_CREATION_LOCK_KEY]).then(() => true, () => false);
          lockClient.release(!unlocked);
        }
      })());
    },

    async send(name: string, data: object, sendOptions: TSendOptions = {}): Promise<string | null> {
      if (!definitions.has(name)) throw new Error(`no job named ${name}`);
      await queue.start();
      const id = await boss.send(name, data, {
        ...(sendOptions.tx ? { db: transactionExecutor(sendOptions.tx) } : {}),
        ...(sendOptions.singletonKey ? { singletonKey: sendOptions.singletonKey } : {}),
        ...(sendOptions.startAfter ? { startAfter: sendOptions.startAfter } : {}),
      });
      // A worker in this process starts at once instead of at its next poll (after the commit: a
      // job queued in a transaction is invisible until then, and the poll finds it anyway).
      const workerId = workerIds.get(name);
      if (workerId && !sendOptions.tx) boss.notifyWorker(workerId);
      return id;
    },

    /** Wakes this process's worker for `name` (after a transaction that queued a job committed). */
    wake(name: string): void {
      const workerId = workerIds.get(name);
      if (workerId) boss.notifyWorker(workerId);
    },

    /** Works every defined queue in this process and starts the cron schedules where enabled. */
    async startWorkers(): Promise<void> {
      await queue.start();
      for (const definition of definitions.values()) {
        const id = await boss.work<object>(
          definition.name,
          { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
          async ([job]) => {
            if (job) await run(definition, job);
          },
        );
        workerIds.set(definition.name, id);
        if (definition.cron && options.schedule) await boss.schedule(definition.name, definition.cron, {}, {});
      }
    },

    /**
     * Runs the jobs of `name` that are due now, one by one, in this process (tests, and the CLI).
     * `ignoreStartAfter` also runs retries that are still waiting out their backoff.
     */
    async drain(name: string, drainOptions: { ignoreStartAfter?: boolean; max?: number } = {}): Promise<number> {
      const definition = definitions.get(name);
      if (!definition) throw new Error(`no job named ${name}`);
      await queue.start();
      let ran = 0;
      while (ran < (drainOptions.max ?? 1000)) {
        const [job] = await boss.fetch<object>(name, { includeMetadata: true, batchSize: 1, ignoreStartAfter: drainOptions.ignoreStartAfter ?? false });
        if (!job) break;
        ran += 1;
        try {
          await run(definition, job);
          await boss.complete(name, job.id);
        } catch (error) {
          await boss.fail(name, job.id, { message: error instanceof Error ? error.name : 'error' });
        }
      }
      return ran;
    },

    /** Stops polling, gives running attempts `timeoutMs` to finish, then fails them so they are retried. */
    async stop(timeoutMs = 10_000): Promise<void> {
      if (!started) return;
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: false });
    },
  };
  return queue;
}

export type TJobQueue = ReturnType<typeof createJobQueue>;
