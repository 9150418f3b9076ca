import { localize, type TLanguage } from '@portal/shared/domain/languages';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type {
  TConsentHistoryEntry,
  TConsentPreferencesResponse,
  TShineTheLightDisclosure,
} from '@portal/shared/schemas/consent.schema';
import type { TLedgerRow } from './consent.repository.ts';
import type { TDeliveryRow } from './consent-deliveries.repository.ts';
import { CONSENT_COPY } from './consent-copy.ts';
import { directMarketingPurposes, offeredChoices } from './consent-profile.ts';
import {
  choiceTarget,
  consentTarget,
  foldLedger,
  isAllowed,
  latestEntry,
  type TLedgerEntry,
} from './consent-state.ts';

const iso = (date: Date | undefined) => date?.toISOString() ?? null;

/** The consent page: every purpose × channel of the profile, the privacy choices it offers, GPC. */
export function presentPreferences(input: {
  profile: TProfile;
  notice: { version: string; effectiveDate: string };
  language: TLanguage;
  /** The latest entry per target, or the whole history (needed for the Shine the Light disclosure). */
  entries: TLedgerEntry[];
  gpcSignal: boolean;
  now: Date;
}): TConsentPreferencesResponse {
  const { profile, language } = input;
  const state = foldLedger(input.entries);
  const choices = offeredChoices(profile);
  const gpcApplicable = profile.settings.honourGpc;
  return {
    language,
    notice: { version: input.notice.version, effectiveDate: input.notice.effectiveDate },
    transactionalNote: CONSENT_COPY[language].transactionalNote,
    purposes: profile.consentPurposes.map((purpose) => ({
      id: purpose.id,
      name: localize(purpose.name, language),
      description: localize(purpose.description, language),
      channels: purpose.channels.map((channel) => {
        const latest = latestEntry(state, consentTarget(purpose.id, channel));
        return {
          channel,
          granted: latest?.granted ?? false,
          changedAt: iso(latest?.occurredAt),
          method: latest?.method ?? null,
        };
      }),
    })),
    gpc: {
      applicable: gpcApplicable,
      signal: input.gpcSignal,
      honoured:
        gpcApplicable && input.gpcSignal && !isAllowed(state, choiceTarget('sale-or-sharing')),
    },
    privacyChoices:
      choices.length === 0
        ? null
        : {
            choices: choices.map((choice) => {
              const latest = latestEntry(state, choiceTarget(choice));
              return {
                id: choice,
                optedOut: !isAllowed(state, choiceTarget(choice)),
                changedAt: iso(latest?.occurredAt),
                method: latest?.method ?? null,
              };
            }),
            shineTheLight: profile.settings.shineTheLight
              ? shineTheLightDisclosure(profile, language, input.entries, input.now)
              : null,
          },
  };
}

/**
 * Civ. Code §1798.83: the third parties that received the customer's contact details for their own
 * direct marketing in the previous calendar year. They receive them only with a consent to a
 * purpose they are a recipient of, so a recipient is listed when such a consent was in force at
 * any moment of that year.
 */
export function shineTheLightDisclosure(
  profile: TProfile,
  language: TLanguage,
  history: TLedgerEntry[],
  now: Date,
): TShineTheLightDisclosure {
  const year = now.getUTCFullYear() - 1;
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1);
  const purposes = new Map(directMarketingPurposes(profile).map((p) => [p.id, p]));
  const inForce = new Set<string>();
  const grantedNow = new Map<string, boolean>();
  for (const entry of [...history].sort((a, b) => a.seq - b.seq)) {
    if (entry.kind !== 'consent' || !purposes.has(entry.purpose)) continue;
    const at = entry.occurredAt.getTime();
    if (at >= to) break;
    const key = `${entry.purpose}\u0000${entry.channel}`;
    // A consent in force when the year began, or given during it.
    if (at >= from && grantedNow.get(key)) inForce.add(entry.purpose);
    grantedNow.set(key, entry.granted);
    if (at >= from && entry.granted) inForce.add(entry.purpose);
  }
  for (const [key, granted] of grantedNow) if (granted) inForce.add(key.split('\u0000')[0] ?? '');
  const recipientIds = new Set([...inForce].flatMap((id) => purposes.get(id)?.recipients ?? []));
  return {
    year,
    recipients: profile.recipients
      .filter((r) => r.directMarketing && recipientIds.has(r.id))
      .map((r) => ({
        name: r.name,
        address: r.address ?? null,
        country: r.country,
        role: localize(r.role, language),
      })),
  };
}

export function presentHistoryEntry(
  row: TLedgerRow,
  deliveries: TDeliveryRow[] = [],
  profile?: TProfile,
): TConsentHistoryEntry {
  const actorKind = row.actor.split(':')[0];
  const systemName = (id: string) => profile?.systems.find((s) => s.id === id)?.name ?? id;
  return {
    seq: row.seq,
    kind: row.kind,
    purpose: row.purpose,
    channel: row.channel,
    granted: row.granted,
    noticeVersion: row.noticeVersion,
    method: row.method,
    occurredAt: row.occurredAt.toISOString(),
    actor: actorKind === 'staff' ? 'staff' : actorKind === 'customer' ? 'customer' : 'system',
    userAgentFamily: row.userAgentFamily,
    deliveries: deliveries.map((d) => ({
      system: d.system,
      systemName: systemName(d.system),
      status: d.status,
      attempts: d.attempts,
      updatedAt: d.updatedAt.toISOString(),
    })),
  };
}
