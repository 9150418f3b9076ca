import { localize, type TLanguage } from '@portal/shared/domain/languages';
import { toLocalDate } from '@portal/shared/deadlines/time-zone';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type {
  TPrivacyNoticeResponse,
  TPublishPrivacyNoticeRequest,
  TPublishPrivacyNoticeResponse,
} from '@portal/shared/schemas/privacy-notice.schema';
import { withTransaction, type Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { TJobQueue } from '../../jobs/job-queue.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { toAuditEventContent } from '../audit/audit-event.ts';
import type { TMailDelivery } from '../mail/send-mail.ts';
import { readSeedNoticeText } from './notice-texts.ts';
import { presentNotice } from './privacy-notice.presenter.ts';
import {
  activeRecipient,
  claimMailing,
  customersToAnnounce,
  findVersion,
  insertVersion,
  listVersions,
  versionInForce,
} from './privacy-notice.repository.ts';

export const ANNOUNCE_NOTICE_JOB = 'privacy-notice.announce';
/** One customer's email about one version: its own job, so a refusing SMTP server is retried per message. */
export const NOTICE_MAIL_JOB = 'privacy-notice.mail';
const BATCH = 200;

/** The notice version in force: what a consent must have been shown and what the ledger records. */
export type TNoticeInForce = { version: string; effectiveDate: string };
export type TNoticeSource = { current(): Promise<TNoticeInForce> };

export type TPrivacyNoticeServiceDeps = {
  db: Db;
  clock: TClock;
  profile: TProfile;
  audit: TAuditRecorder;
  queue: TJobQueue;
  deliverMail: TMailDelivery;
  publicOrigin: string;
};

/** The operator's versioned privacy notice: reading, publishing, announcing to every customer. */
export function createPrivacyNoticeService(deps: TPrivacyNoticeServiceDeps) {
  const { db, clock, profile } = deps;
  const today = () => toLocalDate(clock.now(), profile.locale.timeZone);
  let seeded: Promise<void> | undefined;

  /** The first version comes from the profile (its seed policy text); inserted once, idempotent. */
  function ensureSeeded(): Promise<void> {
    return (seeded ??= (async () => {
      const { notice } = profile;
      await insertVersion(db, {
        version: notice.version,
        effectiveDate: notice.effectiveDate,
        texts: { [notice.language]: readSeedNoticeText(profile) },
        summary: SEED_SUMMARY,
        publishedAt: new Date(`${notice.effectiveDate}T00:00:00Z`),
        publishedBy: null,
      });
    })().catch((error: unknown) => {
      seeded = undefined;
      throw error;
    }));
  }

  async function current(): Promise<TNoticeInForce> {
    await ensureSeeded();
    const row = await versionInForce(db, today());
    // Only a clock set before the seed version's date gets here; the seed version then applies.
    return row ?? { version: profile.notice.version, effectiveDate: profile.notice.effectiveDate };
  }

  /**
   * Queues one email per active customer about `version`. Each batch claims its customers and queues
   * their jobs in one transaction: a crash loses no one and a rerun queues no one twice.
   */
  async function announce(version: string): Promise<number> {
    if (!(await findVersion(db, version))) return 0;
    let queued = 0;
    for (;;) {
      const batch = await withTransaction(db, async (tx) => {
        const found = await customersToAnnounce(tx, version, BATCH);
        let claimed = 0;
        for (const customer of found) {
          // Another runner may hold the same batch: its claims win, and it queues those jobs.
          if (!(await claimMailing(tx, version, customer.id, clock.now()))) continue;
          await deps.queue.send(NOTICE_MAIL_JOB, { version, customerId: customer.id }, { tx, singletonKey: `${version}:${customer.id}` });
          claimed += 1;
        }
        return { found: found.length, claimed };
      });
      if (batch.found === 0) break;
      queued += batch.claimed;
    }
    await appendAuditEvent(
      db,
      toAuditEventContent(
        { action: 'privacy-notice.announced', outcome: 'success', actorKind: 'system', targetType: 'privacy-notice', targetId: version, details: { version, queued } },
        () => clock.now(),
      ),
    );
    return queued;
  }

  /** Sends one queued announcement; the job carries ids only, the address is read when it goes out. */
  async function mailAnnouncement(version: string, customerId: string): Promise<void> {
    const [row, customer] = await Promise.all([findVersion(db, version), activeRecipient(db, customerId)]);
    // Erased, frozen or restricted since it was queued: nothing to send, nothing to retry.
    if (!row || !customer) return;
    const language = pickLanguage(profile, customer.language);
    await deps.deliverMail('privacy-notice-updated', {
      to: customer.email,
      language,
      params: { version, effectiveDate: row.effectiveDate, summary: localize(row.summary, language), noticeUrl: `${deps.publicOrigin}/privacy-notice` },
    });
  }

  deps.queue.define<{ version: string }>({
    name: ANNOUNCE_NOTICE_JOB,
    // Idempotent (mailings are claimed per customer), so a crashed attempt simply runs again.
    queue: { retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 1800 },
    handler: async ({ job }) => void (await announce(job.data.version)),
  });
  deps.queue.define<{ version: string; customerId: string }>({
    name: NOTICE_MAIL_JOB,
    // An SMTP outage is retried with backoff for about 17 hours; a crash after the server accepted the
    // message but before the job completed can send it twice (at least once, never lost).
    queue: { retryLimit: 10, retryDelay: 60, retryBackoff: true, expireInSeconds: 300 },
    handler: async ({ job }) => mailAnnouncement(job.data.version, job.data.customerId),
  });

  return {
    current,
    announce,
    ensureSeeded,

    async getNotice(language: TLanguage | undefined): Promise<TPrivacyNoticeResponse> {
      const inForce = await current();
      const versions = await listVersions(db);
      const lang = language && profile.locale.languages.includes(language) ? language : profile.locale.defaultLanguage;
      return presentNotice({ profile, language: lang, versions, inForce: inForce.version, today: today() });
    },

    async publish(ctx: TRequestContext, input: TPublishPrivacyNoticeRequest): Promise<TPublishPrivacyNoticeResponse> {
      await ensureSeeded();
      if (input.effectiveDate < today())
        throw new AppError('validation_failed', 'A notice cannot take effect in the past.');
      if (!input.texts[profile.locale.defaultLanguage])
        throw new AppError('validation_failed', `The text in ${profile.locale.defaultLanguage} is required.`);
      const staffId = ctx.actor?.kind === 'staff' ? ctx.actor.id : null;
      await withTransaction(db, async (tx) => {
        const inserted = await insertVersion(tx, {
          version: input.version,
          effectiveDate: input.effectiveDate,
          texts: input.texts,
          summary: input.summary,
          publishedAt: clock.now(),
          publishedBy: staffId,
        });
        if (!inserted) throw new AppError('conflict', `Version ${input.version} exists already.`);
        await deps.audit(tx, ctx, {
          action: 'privacy-notice.published',
          outcome: 'success',
          targetType: 'privacy-notice',
          targetId: input.version,
          details: { version: input.version, effectiveDate: input.effectiveDate },
        });
        // In the same transaction: the announcement exists if and only if the version does.
        await deps.queue.send(ANNOUNCE_NOTICE_JOB, { version: input.version }, { tx, singletonKey: input.version });
      });
      return { version: input.version, effectiveDate: input.effectiveDate, announcementQueued: true };
    },
  };
}

export type TPrivacyNoticeService = ReturnType<typeof createPrivacyNoticeService>;

const SEED_SUMMARY = {
  en: 'First version published by the operator.',
  nl: 'Eerste versie, gepubliceerd door de organisatie.',
  vi: 'Phiên bản đầu tiên do doanh nghiệp công bố.',
};

function pickLanguage(profile: TProfile, language: string): TLanguage {
  const offered: readonly string[] = profile.locale.languages;
  return (offered.includes(language) ? language : profile.locale.defaultLanguage) as TLanguage;
}
