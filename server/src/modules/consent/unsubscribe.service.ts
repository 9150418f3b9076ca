import { localize } from '@portal/shared/domain/languages';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type {
  TUnsubscribePreviewResponse,
  TUnsubscribeResult,
} from '@portal/shared/schemas/consent.schema';
import type { TConsentDownstream } from './consent-downstream.ts';
import type { TNoticeSource } from '../privacy-notice/privacy-notice.service.ts';
import { withTransaction, type Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import { TokenError } from '../../lib/tokens/token-error.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { findCustomer, latestEntries } from './consent.repository.ts';
import { requirePurposeChannel, resolveLanguage, type TConsentPurpose } from './consent-profile.ts';
import { consentTarget, foldLedger, isAllowed } from './consent-state.ts';
import { recordConsentChanges } from './record-consent-changes.ts';
import { createUnsubscribeLinks } from './unsubscribe-links.ts';

export type TUnsubscribeDeps = {
  db: Db;
  clock: TClock;
  profile: TProfile;
  audit: TAuditRecorder;
  secret: TServerSecret;
  notices: TNoticeSource;
  /** Pushes each change to the recipient systems; absent in tests that do not need it. */
  downstream?: TConsentDownstream | undefined;
  tokens: TTokenService;
  /** The portal's public origin, e.g. `https://privacy.example.com`. */
  publicOrigin: string;
};

/**
 * RFC 8058 one-click unsubscribe: the token in the URL names the recipient and the list (purpose),
 * so the POST needs no cookie or sign-in; the GET (the SPA page) only shows what would happen.
 */
export function createUnsubscribeService(deps: TUnsubscribeDeps) {
  const { db, profile, tokens } = deps;

  async function resolve(
    token: string,
  ): Promise<{
    customerId: string;
    purpose: TConsentPurpose;
    language: ReturnType<typeof resolveLanguage>;
  }> {
    let verified;
    try {
      verified = await tokens.verify('unsubscribe', token);
    } catch (error) {
      if (error instanceof TokenError && error.reason === 'expired') {
        throw new AppError(
          'gone',
          'This unsubscribe link has expired. Sign in to the privacy portal to change your choices.',
        );
      }
      throw new AppError('bad_request', 'This unsubscribe link is not valid.');
    }
    const { purpose: purposeId, channel } = verified.claims;
    const customer = verified.subject ? await findCustomer(db, verified.subject) : undefined;
    if (!customer || channel !== 'email')
      throw new AppError('bad_request', 'This unsubscribe link is not valid.');
    const purpose = (() => {
      try {
        return requirePurposeChannel(profile, purposeId, 'email');
      } catch {
        throw new AppError('bad_request', 'This unsubscribe link is not valid.');
      }
    })();
    return {
      customerId: customer.id,
      purpose,
      language: resolveLanguage(profile, undefined, customer.language),
    };
  }

  return {
    /** The List-Unsubscribe URL of a customer and purpose (see unsubscribe-links.ts). */
    unsubscribeUrl: createUnsubscribeLinks({ tokens, profile, publicOrigin: deps.publicOrigin }),

    /** What confirming would do; changes nothing (a GET never acts, mail scanners follow links). */
    async preview(token: string): Promise<TUnsubscribePreviewResponse> {
      const { customerId, purpose, language } = await resolve(token);
      const state = foldLedger(await latestEntries(db, customerId));
      return {
        operatorName: profile.company.name,
        language,
        purpose: { id: purpose.id, name: localize(purpose.name, language) },
        channel: 'email',
        alreadyWithdrawn: !isAllowed(state, consentTarget(purpose.id, 'email')),
      };
    },

    /** Withdraws the consent at once; repeating it changes nothing and answers the same way. */
    async unsubscribe(
      ctx: TRequestContext,
      token: string,
      method: 'one-click-unsubscribe' | 'unsubscribe-link',
    ): Promise<TUnsubscribeResult> {
      const { customerId, purpose, language } = await resolve(token);
      const noticeVersion = (await deps.notices.current()).version;
      const { recorded } = await withTransaction(db, (tx) =>
        recordConsentChanges(
          tx,
          ctx,
          { audit: deps.audit, secret: deps.secret, now: deps.clock.now(), downstream: deps.downstream },
          {
            customerId,
            changes: [
              { target: consentTarget(purpose.id, 'email'), granted: false, wording: null },
            ],
            method,
            noticeVersion,
            gpcSignal: false,
            withSource: true,
            actingForSubject: true,
          },
        ),
      );
      return {
        status: recorded.length > 0 ? 'unsubscribed' : 'already-unsubscribed',
        purpose: { id: purpose.id, name: localize(purpose.name, language) },
        channel: 'email',
      };
    },
  };
}

export type TUnsubscribeService = ReturnType<typeof createUnsubscribeService>;
