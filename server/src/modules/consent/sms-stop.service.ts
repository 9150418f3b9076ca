import type { TLanguage } from '@portal/shared/domain/languages';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { TSmsInboundRequest } from '@portal/shared/schemas/consent.schema';
import type { TConsentDownstream } from './consent-downstream.ts';
import type { TNoticeSource } from '../privacy-notice/privacy-notice.service.ts';
import { withTransaction, type Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { findCustomerIdsByPhone } from './consent.repository.ts';
import { CONSENT_COPY } from './consent-copy.ts';
import { consentTarget } from './consent-state.ts';
import { recordConsentChanges } from './record-consent-changes.ts';
import { matchStopKeyword, phoneLookupCandidates, toE164 } from './sms-stop.ts';

export type TSmsStopDeps = {
  db: Db;
  clock: TClock;
  profile: TProfile;
  audit: TAuditRecorder;
  secret: TServerSecret;
  notices: TNoticeSource;
  /** Pushes each change to the recipient systems; absent in tests that do not need it. */
  downstream?: TConsentDownstream | undefined;
};

/**
 * Inbound texts: a STOP keyword withdraws every SMS consent of the customers with that number and
 * gets one confirmation (TCPA allows exactly one). The reply depends only on the message and the
 * operator, never on whether the number is known, so it cannot be used to test numbers; its
 * language is the keyword's where the word belongs to one language (AFMELDEN, HỦY), else the
 * operator's default.
 */
export function createSmsStopService(deps: TSmsStopDeps) {
  const { db, profile } = deps;
  const smsTargets = profile.consentPurposes
    .filter((p) => p.channels.includes('sms'))
    .map((p) => consentTarget(p.id, 'sms'));

  function replyLanguage(keywordLanguage: TLanguage | null): TLanguage {
    return keywordLanguage && profile.locale.languages.includes(keywordLanguage)
      ? keywordLanguage
      : profile.locale.defaultLanguage;
  }

  return {
    async receive(ctx: TRequestContext, message: TSmsInboundRequest): Promise<{ reply: string }> {
      const stop = matchStopKeyword(message.text);
      const copy = CONSENT_COPY[replyLanguage(stop?.language ?? null)];
      if (!stop)
        return { reply: copy.sms.help(profile.company.name, profile.company.privacyEmail) };

      const e164 = toE164(message.from, profile.locale.country);
      const customerIds = e164
        ? await findCustomerIdsByPhone(db, phoneLookupCandidates(e164, profile.locale.country))
        : [];
      const noticeVersion = (await deps.notices.current()).version;
      for (const customerId of customerIds) {
        await withTransaction(db, (tx) =>
          recordConsentChanges(
            tx,
            ctx,
            { audit: deps.audit, secret: deps.secret, now: deps.clock.now(), downstream: deps.downstream },
            {
              customerId,
              changes: smsTargets.map((target) => ({ target, granted: false, wording: null })),
              method: 'sms-stop',
              noticeVersion,
              gpcSignal: false,
              // The request comes from the SMS provider, not from the customer's device.
              withSource: false,
              actingForSubject: true,
            },
          ),
        );
      }
      if (customerIds.length === 0) {
        // Audited without the number (personal data) so unknown senders still leave a trace.
        await deps.audit(db, ctx, {
          action: 'consent.sms-stop.unknown-number',
          outcome: 'failure',
          details: { keyword: stop.keyword },
        });
      }
      return { reply: copy.sms.stopped(profile.company.name) };
    },
  };
}

export type TSmsStopService = ReturnType<typeof createSmsStopService>;
