import type { TConsentChannel } from '@portal/shared/domain/consent-channels';
import type { TConsentMethod } from '@portal/shared/domain/consent-methods';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import { consentWording, type TConsentPurpose } from '../../modules/consent/consent-profile.ts';
import type { consentLedger } from '../schema/consent.ts';
import type { TPerson } from './create-person.ts';
import type { TRng } from './prng.ts';
import { wakingMomentBetween } from './seed-clock.ts';
import type { TLifetime } from './generate-records.ts';

export type TConsentRow = typeof consentLedger.$inferInsert;

// How often people tick a box at sign-up, per channel: email far more than a phone call.
const GRANT_AT_SIGN_UP: Record<string, number> = { email: 0.45, sms: 0.15, phone: 0.08, post: 0.1 };

export type TConsentsInput = {
  rng: TRng;
  profile: TProfile;
  person: TPerson;
  customerId: string;
  lifetime: TLifetime;
  offsetHours: number;
  /** The documented demo customer: always shows one standing grant and one withdrawal. */
  showcase: boolean;
};

/**
 * The customer's consent history: grants ticked at sign-up (nothing is pre-ticked, so refusals
 * leave no row), some withdrawn later in the portal, some given later in the portal.
 */
export function generateConsents(input: TConsentsInput): TConsentRow[] {
  const { rng, profile, lifetime } = input;
  const rows: TConsentRow[] = [];
  const add = (
    purpose: TConsentPurpose,
    channel: TConsentChannel,
    granted: boolean,
    method: TConsentMethod,
    occurredAt: Date,
  ) =>
    rows.push({
      customerId: input.customerId,
      kind: 'consent',
      purpose: purpose.id,
      channel,
      granted,
      noticeVersion: profile.notice.version,
      // What the sign-up form or portal showed with the box, in the customer's language.
      wording: consentWording(purpose, input.person.language),
      method,
      userAgentFamily: rng.pick(input.person.devices).browser,
      actor: `customer:${input.customerId}`,
      occurredAt,
    });
  const pairs = profile.consentPurposes.flatMap((p) =>
    p.channels.map((channel) => ({ purpose: p, channel })),
  );
  // A moment at least an hour after `after`, or none when the customer's span has no room left.
  const later = (after: Date): Date | null => {
    const from = new Date(after.getTime() + 3_600_000);
    return from < lifetime.to
      ? wakingMomentBetween(rng, from, lifetime.to, input.offsetHours)
      : null;
  };

  pairs.forEach(({ purpose, channel }, i) => {
    const forcedGrant = input.showcase && (i === 0 || i === pairs.length - 1);
    const forcedWithdrawal = input.showcase && i === pairs.length - 1 && pairs.length > 1;
    if (forcedGrant || rng.chance(GRANT_AT_SIGN_UP[channel] ?? 0.1)) {
      add(purpose, channel, true, 'sign-up', lifetime.from);
      const withdrawnAt =
        forcedWithdrawal || (!forcedGrant && rng.chance(0.3)) ? later(lifetime.from) : null;
      if (withdrawnAt) add(purpose, channel, false, 'portal', withdrawnAt);
    } else if (rng.chance(0.1)) {
      const grantedAt = later(lifetime.from);
      if (!grantedAt) return;
      add(purpose, channel, true, 'portal', grantedAt);
      const withdrawnAt = rng.chance(0.25) ? later(grantedAt) : null;
      if (withdrawnAt) add(purpose, channel, false, 'portal', withdrawnAt);
    }
  });
  return rows;
}
