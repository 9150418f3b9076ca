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
import type { TMailSender } from '../mail/send-mail.ts';
import { readSeedNoticeText } from './notice-texts.ts';
import { presentNotice } from './privacy-notice.presenter.ts';
import {
  claimMailing,
  customersToAnnounce,
  findVersion,
  insertVersion,
  listVersions,
  versionInForce,
} from './privacy-notice.repository.ts';

export const ANNOUNCE_NOTICE_JOB = 'privacy-notice.announce';
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
  sendMail: TMailSender;
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

  /** Emails every active customer once about `version`; a rerun skips everyone already claimed. */
  async function announce(version: string): Promise<number> {
    const row = await findVersion(db, version);
    if (!row) return 0;
    const noticeUrl = `${deps.publicOrigin}/privacy-notice`;
    let sent = 0;
    for (;;) {
      const batch = await customersToAnnounce(db, version, BATCH);
      if (batch.length === 0) break;
      for (const customer of batch) {
        // Claim first (committed), then send: a crash after the claim can lose one email but a
        // rerun never sends a second one (at most once per customer and version).
        if (!(await claimMailing(db, version, customer.id, clock.now()))) continue;
        const language = pickLanguage(profile, customer.language);
        deps.sendMail('privacy-notice-updated', {
          to: customer.email,
          language,
          params: { version, effectiveDate: row.effectiveDate, summary: localize(row.summary, language), noticeUrl },
        });
        sent += 1;
      }
    }
    await appendAuditEvent(
      db,
      toAuditEventContent(
        { action: 'privacy-notice.announced', outcome: 'success', actorKind: 'system', targetType: 'privacy-notice', targetId: version, details: { version, sent } },
        () => clock.now(),
      ),
    );
    return sent;
  }

  deps.queue.define<{ version: string }>({
    name: ANNOUNCE_NOTICE_JOB,
    // Idempotent (mailings are claimed per customer), so a crashed attempt simply runs again.
    queue: { retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 1800 },
    handler: async ({ job }) => void (await announce(job.data.version)),
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
