import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { Db, Tx } from '../../db/client.ts';
import type { TJobQueue } from '../../jobs/job-queue.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TConnectorRegistry } from '../connectors/connector-registry.ts';
import { findDelivery, insertDeliveries, settleDelivery } from './consent-deliveries.repository.ts';
import type { TLedgerEntry } from './consent-state.ts';

export const DELIVER_CONSENT_JOB = 'consent.deliver';

/**
 * The systems (reached through a connector, not the portal's own tables) that use a consent
 * purpose: they hold a category with a field that serves the purpose or goes to one of the
 * purpose's recipients (cocomo: newsletter and product updates → the newsletter service).
 */
export function recipientSystems(profile: TProfile, purposeId: string): string[] {
  const purpose = profile.consentPurposes.find((p) => p.id === purposeId);
  if (!purpose) return [];
  const recipients = new Set(purpose.recipients);
  const remote = new Set(profile.systems.filter((s) => s.connector.kind === 'http').map((s) => s.id));
  const uses = (field: TProfile['categories'][number]['fields'][number]) =>
    field.purposes.includes(purposeId) || field.recipients.some((r) => recipients.has(r));
  const systems = new Set(
    profile.categories.filter((c) => remote.has(c.system) && c.fields.some(uses)).map((c) => c.system),
  );
  return profile.systems.filter((s) => systems.has(s.id)).map((s) => s.id);
}

export type TConsentDownstream = {
  /** In the ledger's transaction: a pending delivery and a job per entry and recipient system. */
  enqueue(tx: Tx, entries: readonly TLedgerEntry[]): Promise<void>;
  /** Pushes one entry to one system; throws to have the job retried. */
  deliver(ledgerSeq: number, system: string, final: boolean): Promise<void>;
};

/** Consent changes pushed to the recipient systems, durable (pg-boss) and idempotent per entry and system. */
export function createConsentDownstream(deps: {
  db: Db;
  clock: TClock;
  profile: TProfile;
  queue: TJobQueue;
  connectors: TConnectorRegistry;
}): TConsentDownstream {
  const { db, clock, profile, queue } = deps;

  const downstream: TConsentDownstream = {
    async enqueue(tx, entries) {
      const rows = entries
        .filter((e) => e.kind === 'consent')
        .flatMap((e) => recipientSystems(profile, e.purpose).map((system) => ({ ledgerSeq: e.seq, system, at: e.occurredAt })));
      await insertDeliveries(tx, rows);
      for (const { ledgerSeq, system } of rows) {
        await queue.send(DELIVER_CONSENT_JOB, { ledgerSeq, system }, { tx, singletonKey: `${ledgerSeq}:${system}` });
      }
    },

    async deliver(ledgerSeq, system, final) {
      const row = await findDelivery(db, ledgerSeq, system);
      if (!row || row.status === 'delivered') return;
      const connector = deps.connectors.connector(system);
      const fail = async (reason: string, reference: string | null) => {
        await settleDelivery(db, { ledgerSeq, system }, { status: final ? 'failed' : 'pending', lastError: reason, reference, at: clock.now() });
        if (!final) throw new Error(`consent delivery to ${system} failed: ${reason}`);
      };
      if (!connector?.consent) return fail('not-configured', null);
      const receipt = await connector.consent(
        { customerId: row.customerId, customerNumber: row.customerNumber, email: row.email },
        {
          ledgerSeq: row.seq,
          purpose: row.purpose,
          channel: row.channel,
          granted: row.granted,
          noticeVersion: row.noticeVersion,
          occurredAt: row.occurredAt.toISOString(),
        },
        `consent-${ledgerSeq}`,
      );
      if (receipt.status === 'failed') return fail(String(receipt.details.reason ?? 'rejected'), receipt.reference);
      // `accepted`: the system took it on and confirms later; for consent that is delivered.
      await settleDelivery(db, { ledgerSeq, system }, { status: 'delivered', lastError: null, reference: receipt.reference, at: clock.now() });
    },
  };

  queue.define<{ ledgerSeq: number; system: string }>({
    name: DELIVER_CONSENT_JOB,
    // The connector stores each call under its idempotency key, so a retried attempt never acts twice.
    queue: { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
    handler: async ({ job, final }) => downstream.deliver(job.data.ledgerSeq, job.data.system, final),
  });
  return downstream;
}
