import { join } from 'node:path';
import { z } from 'zod';
import { PROFILE_IDS } from '@portal/shared/profiles/profile.schema';
import { REPO_DIR } from '../lib/repo-paths.ts';

const ZEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PROFILE: z.enum(PROFILE_IDS, { message: `must be one of ${PROFILE_IDS.join(', ')}` }).default('cocomo'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /**
   * A second login for the application's queries, member of custodia_app only (docs/decisions/0003):
   * then SQL run inside the application cannot SET ROLE back to the owner. DATABASE_URL stays the
   * owner's, for migrations and the job queue.
   */
  APP_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default(join(REPO_DIR, '.data')),
  WEB_DIST_DIR: z.string().min(1).default(join(REPO_DIR, 'web', 'dist')),
  PUBLIC_ORIGIN: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO_DATA: z.enum(['true', 'false']).default('true'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  SERVER_SECRET: z.string().min(1).optional(),
  SIGNING_KEY_JWK: z.string().min(1).optional(),
  RUN_JOBS: z.enum(['true', 'false']).default('true'),
  /** Read by auth/session/session-timeouts.ts; validated here so a bad value stops start-up. */
  STEP_UP_WINDOW_SECONDS: z.coerce.number().int().min(10).max(300, 'at most 300: a re-authentication never counts for more than five minutes').default(300),
  EXPORT_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
  EXPORT_ATTEMPT_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(86_400).default(900),
  EXPORT_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3_600).default(30),
  JOB_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3_600).default(60),
  ERASURE_GRACE_DAYS: z.coerce.number().int().min(0).max(90).optional(),
  ERASURE_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3_600).default(60),
  ERASURE_ATTEMPT_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(86_400).default(600),
  RETENTION_CRON: z
    .string()
    .regex(/^(\S+\s+){4}\S+$/, 'must be a cron expression with five fields (UTC)')
    .default('30 2 * * *'),
  EXPORT_STORAGE: z.enum(['local', 's3']).default('local'),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ENDPOINT: z.url().optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
  S3_PREFIX: z.string().max(200).regex(/^([a-z0-9][a-z0-9._-]*\/)*$/, 'must be empty or end with /').default('exports/'),
});

export type TConfig = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  profileId: (typeof PROFILE_IDS)[number];
  databaseUrl: string | undefined;
  appDatabaseUrl: string | undefined;
  dataDir: string;
  webDistDir: string;
  publicOrigin: string;
  logLevel: z.infer<typeof ZEnvSchema>['LOG_LEVEL'];
  seedDemoData: boolean;
  trustProxy: boolean;
  /** Absent: mail goes to the development outbox under dataDir (refused in production). */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Base64 of 32 random bytes; absent: generated once under dataDir. */
  serverSecret: string | undefined;
  /** A private Ed25519 JWK; absent: generated once under dataDir. */
  signingKeyJwk: string | undefined;
  /** `false`: this server only answers requests; separate `worker` processes run the jobs. */
  runJobs: boolean;
  /** Records an export reads per database page (its memory per category). */
  exportPageSize: number;
  /** How long one export build may run before it counts as crashed and is run again. */
  exportAttemptTimeoutSeconds: number;
  /** The wait before the first retry of a failed export build (doubling after). */
  exportRetryDelaySeconds: number;
  /** How often the job queue looks for crashed attempts and archives finished jobs. */
  jobMaintenanceSeconds: number;
  /** Overrides the profile's erasure grace period (demos and tests); absent: the profile's. */
  erasureGraceDays: number | undefined;
  /** The wait before the first retry of a failed erasure step (doubling, eleven retries). */
  erasureRetryDelaySeconds: number;
  /** How long one erasure step may run before it counts as crashed and runs again. */
  erasureAttemptTimeoutSeconds: number;
  /** When the retention engine runs (cron, UTC). */
  retentionCron: string;
  /** Where export files go: the local disk (one instance) or an S3-compatible bucket (several). */
  exportStorage:
    | { kind: 'local' }
    | {
        kind: 's3';
        bucket: string;
        region: string;
        endpoint: string | undefined;
        /** Absent: the AWS SDK's default chain (environment, instance role). */
        credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
        forcePathStyle: boolean;
        prefix: string;
      };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once at start; fails with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): TConfig {
  // Empty variables count as unset, so `PROFILE= npm start` means the default.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ZEnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production') {
    // A production server must not keep mail or keys on a local disk nobody backs up.
    const missing = (['SMTP_URL', 'SERVER_SECRET', 'SIGNING_KEY_JWK', 'PUBLIC_ORIGIN'] as const).filter((k) => !e[k]);
    if (missing.length > 0) throw new ConfigError(missing.map((k) => `${k}: required when NODE_ENV=production`));
  }
  if (e.APP_DATABASE_URL && !e.DATABASE_URL) {
    throw new ConfigError(['APP_DATABASE_URL: needs DATABASE_URL (the owner, who migrates); the embedded database has one login']);
  }
  if (e.EXPORT_STORAGE === 's3' && !e.S3_BUCKET) throw new ConfigError(['S3_BUCKET: required when EXPORT_STORAGE=s3']);
  const publicOrigin = e.PUBLIC_ORIGIN ?? `http://localhost:${e.PORT}`;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    profileId: e.PROFILE,
    databaseUrl: e.DATABASE_URL,
    appDatabaseUrl: e.APP_DATABASE_URL,
    dataDir: e.DATA_DIR,
    webDistDir: e.WEB_DIST_DIR,
    publicOrigin,
    logLevel: e.LOG_LEVEL,
    seedDemoData: e.SEED_DEMO_DATA === 'true',
    trustProxy: e.TRUST_PROXY === 'true',
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM ?? `"Custodia" <no-reply@${new URL(publicOrigin).hostname}>`,
    serverSecret: e.SERVER_SECRET,
    signingKeyJwk: e.SIGNING_KEY_JWK,
    runJobs: e.RUN_JOBS === 'true',
    exportPageSize: e.EXPORT_PAGE_SIZE,
    exportAttemptTimeoutSeconds: e.EXPORT_ATTEMPT_TIMEOUT_SECONDS,
    exportRetryDelaySeconds: e.EXPORT_RETRY_DELAY_SECONDS,
    jobMaintenanceSeconds: e.JOB_MAINTENANCE_SECONDS,
    erasureGraceDays: e.ERASURE_GRACE_DAYS,
    erasureRetryDelaySeconds: e.ERASURE_RETRY_DELAY_SECONDS,
    erasureAttemptTimeoutSeconds: e.ERASURE_ATTEMPT_TIMEOUT_SECONDS,
    retentionCron: e.RETENTION_CRON,
    exportStorage:
      e.EXPORT_STORAGE === 'local'
        ? { kind: 'local' }
        : {
            kind: 's3',
            bucket: e.S3_BUCKET ?? '',
            region: e.S3_REGION,
            endpoint: e.S3_ENDPOINT,
            credentials: e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } : undefined,
            forcePathStyle: e.S3_FORCE_PATH_STYLE === 'true',
            prefix: e.S3_PREFIX,
          },
  };
}
