import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import { requirePurposeChannel } from './consent-profile.ts';

/** CAN-SPAM wants links to work at least 30 days; a year covers mail read long after it was sent. */
export const UNSUBSCRIBE_TOKEN_LIFETIME = '365d';

/**
 * The List-Unsubscribe URL for marketing mail about a purpose: a POST unsubscribes at once
 * (RFC 8058), a GET opens the portal's confirmation page. The signed token names the customer
 * (`sub`), the purpose and the channel (email). Give it to the mailer as the template's
 * `unsubscribeUrl`: the mailer adds List-Unsubscribe and List-Unsubscribe-Post.
 */
export function createUnsubscribeLinks(deps: {
  tokens: TTokenService;
  profile: TProfile;
  publicOrigin: string;
}) {
  return async function unsubscribeUrl(customerId: string, purposeId: string): Promise<string> {
    requirePurposeChannel(deps.profile, purposeId, 'email');
    const token = await deps.tokens.sign(
      'unsubscribe',
      { purpose: purposeId, channel: 'email' },
      { subject: customerId, expiresIn: UNSUBSCRIBE_TOKEN_LIFETIME },
    );
    return new URL(`/unsubscribe/${token}`, deps.publicOrigin).href;
  };
}
