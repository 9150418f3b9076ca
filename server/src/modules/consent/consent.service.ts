import type { TConsentChannel } from '@portal/shared/domain/consent-channels';
import type { TPrivacyChoice } from '@portal/shared/domain/consent-methods';
import type { TLanguage } from '@portal/shared/domain/languages';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import {
  GPC_OVERRIDE_REQUIRED_MESSAGE,
  type TConsentPreferencesResponse,
  type TUpdateConsentRequest,
  type TUpdateConsentResponse,
  type TUpdatePrivacyChoiceRequest,
  type TUpdatePrivacyChoiceResponse,
  type TWithdrawAllConsentResponse,
} from '@portal/shared/schemas/consent.schema';
import type { TConsentDownstream } from './consent-downstream.ts';
import type { TNoticeSource } from '../privacy-notice/privacy-notice.service.ts';
import { withTransaction, type Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import {
  allEntries,
  findCustomer,
  latestEntries,
  lockCustomerLedger,
  type TConsentCustomer,
} from './consent.repository.ts';
import { presentPreferences } from './consent.presenter.ts';
import {
  choiceWording,
  consentWording,
  directMarketingPurposes,
  requireCurrentNotice,
  requireOfferedChoice,
  requirePurposeChannel,
  resolveLanguage,
} from './consent-profile.ts';
import {
  choiceTarget,
  consentTarget,
  foldLedger,
  isAllowed,
  latestEntry,
  type TLedgerState,
} from './consent-state.ts';
import { recordConsentChanges, type TLedgerChange } from './record-consent-changes.ts';

export type TConsentServiceDeps = {
  db: Db;
  clock: TClock;
  profile: TProfile;
  audit: TAuditRecorder;
  secret: TServerSecret;
  notices: TNoticeSource;
  /** Pushes each change to the recipient systems; absent in tests that do not need it. */
  downstream?: TConsentDownstream | undefined;
};

const SALE = choiceTarget('sale-or-sharing');

/**
 * GPC applies "do not sell or share" unless it is already in force or the customer, with the signal
 * on, confirmed that they want to allow it (11 CCR §7025(c)(3): the signal wins over an earlier
 * opt-in made without it, and the customer may then consent again).
 */
export function gpcShouldApply(state: TLedgerState): boolean {
  const latest = latestEntry(state, SALE);
  return !latest || (latest.granted && !latest.gpcSignal);
}

/** The customer's consents and privacy choices: reading, changing, withdrawing, GPC. */
export function createConsentService(deps: TConsentServiceDeps) {
  const { db, clock, profile } = deps;
  const record = (ctx: TRequestContext, input: Parameters<typeof recordConsentChanges>[3]) =>
    withTransaction(db, (tx) =>
      recordConsentChanges(
        tx,
        ctx,
        { audit: deps.audit, secret: deps.secret, now: clock.now(), downstream: deps.downstream },
        input,
      ),
    );

  async function customerOf(ctx: TRequestContext): Promise<TConsentCustomer> {
    const customerId = ctx.subject?.customerId;
    const customer = customerId ? await findCustomer(db, customerId) : undefined;
    if (!customer) throw new AppError('forbidden', 'This is for customers, about their own data.');
    return customer;
  }

  /** Only the customer's own browser speaks for them: never staff impersonating (their browser's signal is theirs). */
  const speaksForCustomer = (ctx: TRequestContext) =>
    ctx.actor?.kind === 'customer' && !ctx.impersonation;

  async function applyGpc(ctx: TRequestContext, customerId: string): Promise<void> {
    if (!profile.settings.honourGpc || !speaksForCustomer(ctx)) return;
    // A cheap read first: the transaction and its lock only when the signal would change something.
    if (!gpcShouldApply(foldLedger(await latestEntries(db, customerId)))) return;
    await withTransaction(db, async (tx) => {
      await lockCustomerLedger(tx, customerId);
      if (!gpcShouldApply(foldLedger(await latestEntries(tx, customerId)))) return;
      await recordConsentChanges(
        tx,
        ctx,
        { audit: deps.audit, secret: deps.secret, now: clock.now(), downstream: deps.downstream },
        {
          customerId,
          changes: [{ target: SALE, granted: false, wording: null }],
          method: 'gpc',
          noticeVersion: (await deps.notices.current()).version,
          gpcSignal: true,
          withSource: true,
        },
      );
    });
  }

  return {
    /** GET /api/consent; with `Sec-GPC: 1` from the customer's own browser, applies the opt-out once. */
    async getPreferences(
      ctx: TRequestContext,
      input: { language: TLanguage | undefined; gpcSignal: boolean },
    ): Promise<TConsentPreferencesResponse> {
      const customer = await customerOf(ctx);
      if (input.gpcSignal) await applyGpc(ctx, customer.id);
      const language = resolveLanguage(profile, input.language, customer.language);
      const needsHistory = profile.settings.shineTheLight;
      const entries = needsHistory
        ? await allEntries(db, customer.id)
        : await latestEntries(db, customer.id);
      return presentPreferences({
        profile,
        notice: await deps.notices.current(),
        language,
        entries,
        gpcSignal: input.gpcSignal,
        now: clock.now(),
      });
    },

    async updateConsent(
      ctx: TRequestContext,
      target: { purpose: string; channel: TConsentChannel },
      input: TUpdateConsentRequest & { language?: TLanguage | undefined; gpcSignal: boolean },
    ): Promise<TUpdateConsentResponse> {
      const customer = await customerOf(ctx);
      const purpose = requirePurposeChannel(profile, target.purpose, target.channel);
      requireCurrentNotice(await deps.notices.current(), input.noticeVersion);
      const language = resolveLanguage(profile, input.language, customer.language);
      const changes: TLedgerChange[] = [
        {
          target: consentTarget(purpose.id, target.channel),
          granted: input.granted,
          wording: consentWording(purpose, language),
        },
      ];
      // A new consent to share with partners is more specific than an earlier Shine the Light opt-out: it lifts it.
      const stl =
        profile.settings.shineTheLight &&
        directMarketingPurposes(profile).some((p) => p.id === purpose.id);
      if (input.granted && stl) {
        changes.push({
          target: choiceTarget('third-party-direct-marketing'),
          granted: true,
          wording: choiceWording('third-party-direct-marketing', language),
        });
      }
      const { recorded, after } = await record(ctx, {
        customerId: customer.id,
        changes,
        method: 'portal',
        noticeVersion: input.noticeVersion,
        gpcSignal: input.gpcSignal,
        withSource: true,
      });
      const latest = latestEntry(after, consentTarget(purpose.id, target.channel));
      return {
        purpose: purpose.id,
        channel: target.channel,
        granted: latest?.granted ?? false,
        changed: recorded.some((e) => e.kind === 'consent'),
        changedAt: latest?.occurredAt.toISOString() ?? null,
        method: latest?.method ?? null,
      };
    },

    /** One click withdraws every consent given (GDPR Art. 7(3)); privacy choices are left as they are. */
    async withdrawAll(
      ctx: TRequestContext,
      input: { noticeVersion: string; language?: TLanguage | undefined; gpcSignal: boolean },
    ): Promise<TWithdrawAllConsentResponse> {
      const customer = await customerOf(ctx);
      requireCurrentNotice(await deps.notices.current(), input.noticeVersion);
      const language = resolveLanguage(profile, input.language, customer.language);
      const changes = profile.consentPurposes.flatMap((purpose) =>
        purpose.channels.map((channel) => ({
          target: consentTarget(purpose.id, channel),
          granted: false,
          wording: consentWording(purpose, language),
        })),
      );
      const { recorded } = await record(ctx, {
        customerId: customer.id,
        changes,
        method: 'portal',
        noticeVersion: input.noticeVersion,
        gpcSignal: input.gpcSignal,
        withSource: true,
      });
      return { withdrawn: recorded.length };
    },

    async updatePrivacyChoice(
      ctx: TRequestContext,
      choice: TPrivacyChoice,
      input: TUpdatePrivacyChoiceRequest & { language?: TLanguage | undefined; gpcSignal: boolean },
    ): Promise<TUpdatePrivacyChoiceResponse> {
      const customer = await customerOf(ctx);
      requireOfferedChoice(profile, choice);
      requireCurrentNotice(await deps.notices.current(), input.noticeVersion);
      if (
        choice === 'sale-or-sharing' &&
        !input.optedOut &&
        input.gpcSignal &&
        profile.settings.honourGpc &&
        !input.confirmOverrideGpc
      ) {
        throw new AppError('conflict', GPC_OVERRIDE_REQUIRED_MESSAGE);
      }
      const language = resolveLanguage(profile, input.language, customer.language);
      const changes: TLedgerChange[] = [
        {
          target: choiceTarget(choice),
          granted: !input.optedOut,
          wording: choiceWording(choice, language),
        },
      ];
      if (choice === 'third-party-direct-marketing' && input.optedOut) {
        for (const purpose of directMarketingPurposes(profile)) {
          for (const channel of purpose.channels) {
            changes.push({
              target: consentTarget(purpose.id, channel),
              granted: false,
              wording: consentWording(purpose, language),
            });
          }
        }
      }
      const { recorded, after } = await record(ctx, {
        customerId: customer.id,
        changes,
        method: 'portal',
        noticeVersion: input.noticeVersion,
        gpcSignal: input.gpcSignal,
        withSource: true,
      });
      const latest = latestEntry(after, choiceTarget(choice));
      return {
        choice,
        optedOut: !isAllowed(after, choiceTarget(choice)),
        changed: recorded.some((e) => e.kind === 'privacy-choice' && e.purpose === choice),
        changedAt: latest?.occurredAt.toISOString() ?? null,
        method: latest?.method ?? null,
      };
    },

    /** The SPA read `navigator.globalPrivacyControl` (the header may not reach us, e.g. behind some proxies). */
    async applyBrowserGpc(
      ctx: TRequestContext,
      language: TLanguage | undefined,
    ): Promise<TConsentPreferencesResponse> {
      return this.getPreferences(ctx, { language, gpcSignal: true });
    },
  };
}

export type TConsentService = ReturnType<typeof createConsentService>;
