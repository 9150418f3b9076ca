import type { TCookieChoice } from '@portal/shared/domain/consent-methods';
import { localize, type TLanguage } from '@portal/shared/domain/languages';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type {
  TCookiePreferencesResponse,
  TUpdateCookiePreferenceRequest,
  TUpdateCookiePreferenceResponse,
} from '@portal/shared/schemas/cookie-preferences.schema';
import { withTransaction, type Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import type { TConsentDownstream } from './consent-downstream.ts';
import type { TNoticeSource } from '../privacy-notice/privacy-notice.service.ts';
import { findCustomer, latestEntries, type TConsentCustomer } from './consent.repository.ts';
import { requireCurrentNotice, resolveLanguage } from './consent-profile.ts';
import { cookieTarget, foldLedger, latestEntry } from './consent-state.ts';
import { recordConsentChanges } from './record-consent-changes.ts';

export type TCookiePreferencesDeps = {
  db: Db;
  clock: TClock;
  profile: TProfile;
  audit: TAuditRecorder;
  secret: TServerSecret;
  notices: TNoticeSource;
  /** Pushes each change to the recipient systems; absent in tests that do not need it. */
  downstream?: TConsentDownstream | undefined;
};

type TCookieCategory = TProfile['cookies'][number];

/** What the customer was shown with the toggle, stored with the ledger entry as proof (Art. 7(1)). */
function cookieWording(category: TCookieCategory, language: TLanguage): string {
  const vendors = category.vendors.map((v) => v.name).join(', ');
  return `${category.id}: ${localize(category.description, language)}${vendors ? ` (${vendors})` : ''}`;
}

/**
 * Cookie preferences (issue 7): the operator's categories and vendors from the profile; the
 * customer allows or refuses each non-essential one, recorded in the consent ledger (kind `cookie`,
 * method `portal`). The operator's sites read them; the portal itself sets only strictly necessary cookies.
 */
export function createCookiePreferencesService(deps: TCookiePreferencesDeps) {
  const { db, profile } = deps;

  async function customerOf(ctx: TRequestContext): Promise<TConsentCustomer> {
    const customerId = ctx.subject?.customerId;
    const customer = customerId ? await findCustomer(db, customerId) : undefined;
    if (!customer) throw new AppError('forbidden', 'This is for customers, about their own data.');
    return customer;
  }

  function requireChoice(category: TCookieChoice): TCookieCategory {
    const found = profile.cookies.find((c) => c.id === category);
    if (!found) throw new AppError('not_found', `${profile.company.name} uses no ${category} cookies.`);
    return found;
  }

  return {
    async get(ctx: TRequestContext, requested: TLanguage | undefined): Promise<TCookiePreferencesResponse> {
      const customer = await customerOf(ctx);
      const language = resolveLanguage(profile, requested, customer.language);
      const state = foldLedger(await latestEntries(db, customer.id));
      const notice = await deps.notices.current();
      return {
        language,
        notice: { version: notice.version, effectiveDate: notice.effectiveDate },
        portalSetsOnlyNecessaryCookies: true,
        categories: profile.cookies.map((category) => {
          const alwaysOn = category.id === 'strictly-necessary';
          const latest = alwaysOn ? undefined : latestEntry(state, cookieTarget(category.id as TCookieChoice));
          return {
            id: category.id,
            description: localize(category.description, language),
            alwaysOn,
            granted: alwaysOn || (latest?.granted ?? false),
            changedAt: latest?.occurredAt.toISOString() ?? null,
            method: latest?.method ?? null,
            vendors: category.vendors.map((v) => ({ name: v.name, description: localize(v.description, language) })),
          };
        }),
      };
    },

    async update(
      ctx: TRequestContext,
      category: TCookieChoice,
      input: TUpdateCookiePreferenceRequest,
    ): Promise<TUpdateCookiePreferenceResponse> {
      const customer = await customerOf(ctx);
      const found = requireChoice(category);
      requireCurrentNotice(await deps.notices.current(), input.noticeVersion);
      const language = resolveLanguage(profile, input.language, customer.language);
      const target = cookieTarget(category);
      const { recorded, after } = await withTransaction(db, (tx) =>
        recordConsentChanges(
          tx,
          ctx,
          { audit: deps.audit, secret: deps.secret, now: deps.clock.now(), downstream: deps.downstream },
          {
            customerId: customer.id,
            changes: [{ target, granted: input.granted, wording: cookieWording(found, language) }],
            method: 'portal',
            noticeVersion: input.noticeVersion,
            gpcSignal: false,
            withSource: true,
          },
        ),
      );
      const latest = latestEntry(after, target);
      return {
        category,
        granted: latest?.granted ?? false,
        changed: recorded.length > 0,
        changedAt: latest?.occurredAt.toISOString() ?? null,
      };
    },
  };
}

export type TCookiePreferencesService = ReturnType<typeof createCookiePreferencesService>;
