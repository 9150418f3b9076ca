import { LANGUAGES, type TLanguage } from '@portal/shared/domain/languages';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { DbOrTx } from '../../db/client.ts';
import type { TMailer } from '../mail/create-mailer.ts';
import { findCustomer, latestEntries } from './consent.repository.ts';
import { consentTarget, foldLedger, isAllowed } from './consent-state.ts';

export type TMarketingRecipient = { id: string; email: string; language: string };

/**
 * Sends the 'marketing-sample' email about `purposeId`, with the RFC 8058 List-Unsubscribe and
 * List-Unsubscribe-Post headers, only to a customer who consented to it by email: marketing mail
 * without that consent is exactly what this portal exists to prevent.
 */
export async function sendMarketingSample(
  deps: {
    db: DbOrTx;
    profile: TProfile;
    mailer: Pick<TMailer, 'send'>;
    unsubscribeUrl: (customerId: string, purposeId: string) => Promise<string>;
  },
  customer: TMarketingRecipient,
  purposeId: string,
): Promise<{ messageId: string; unsubscribeUrl: string }> {
  // Restricted processing (GDPR Art. 18) or an erasure under way: nothing is sent, whatever the ledger says.
  const account = await findCustomer(deps.db, customer.id);
  if (account?.status !== 'active') throw new Error(`customer ${customer.id} is ${account?.status ?? 'gone'}; not sending`);
  const state = foldLedger(await latestEntries(deps.db, customer.id));
  if (!isAllowed(state, consentTarget(purposeId, 'email'))) {
    throw new Error(
      `customer ${customer.id} has not consented to "${purposeId}" by email; not sending`,
    );
  }
  const unsubscribeUrl = await deps.unsubscribeUrl(customer.id, purposeId);
  const language: TLanguage = LANGUAGES.includes(customer.language as TLanguage)
    ? (customer.language as TLanguage)
    : deps.profile.locale.defaultLanguage;
  const { messageId } = await deps.mailer.send('marketing-sample', {
    to: customer.email,
    language,
    operator: {
      companyName: deps.profile.company.name,
      privacyEmail: deps.profile.company.privacyEmail,
    },
    params: { unsubscribeUrl },
    timeZone: deps.profile.locale.timeZone,
  });
  return { messageId, unsubscribeUrl };
}
