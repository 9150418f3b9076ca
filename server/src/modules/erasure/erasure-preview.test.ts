import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLocalDate } from '@portal/shared/deadlines/time-zone';
import { erasureOutcome } from '@portal/shared/inventory/erasure-outcome';
import { addRetentionPeriod } from '@portal/shared/inventory/retention';
import { PROFILE_IDS, type TProfileId } from '@portal/shared/profiles/profile.schema';
import { loadProfile } from '@portal/shared/profiles/registry';
import { ZErasurePreviewResponseSchema } from '@portal/shared/schemas/erasure.schema';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { seedCustomer, signIn } from '../personal-data/personal-data-test-helpers.ts';

describe.each(PROFILE_IDS.map((id) => [id]))('the erasure preview for %s', (id: TProfileId) => {
  const profile = loadProfile(id);
  let app: TTestApp;

  beforeAll(async () => {
    app = await startTestApp({ profile: id });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('then every category of the inventory appears under its system, and each kept one names its hold or proof, its law and each record’s purge day from its own date', async () => {
    const customer = await seedCustomer(app.db, profile, { hasher: app.hasher });
    const client = await signIn(app, customer.email);
    const res = await client.json(client.get('/api/erasure/preview?language=en'));
    expect(res.status).toBe(200);
    const preview = ZErasurePreviewResponseSchema.parse(res.body);

    expect(preview.graceDays).toBe(profile.settings.erasureGraceDays);
    const shown = preview.systems.flatMap((s) => s.categories.map((c) => `${s.id}/${c.id}`));
    expect(shown.sort()).toEqual(profile.categories.map((c) => `${c.system}/${c.id}`).sort());
    for (const category of profile.categories) {
      const view = preview.systems.find((s) => s.id === category.system)?.categories.find((c) => c.id === category.id);
      expect(view?.outcome, category.id).toBe(erasureOutcome(category));
      if (view?.outcome !== 'keep') continue;
      const hold = profile.legalHolds.find((h) => h.id === category.legalHold);
      expect(view.kept).toMatchObject(hold ? { kind: 'legal-hold', holdId: hold.id, law: hold.law } : { kind: 'proof', holdId: null });
      const rule = profile.retentionRules.find((r) => r.id === category.fields[0]?.retention);
      if (!rule || rule.from !== 'record-date' || category.id === 'consents') continue;
      // Each kept record goes on its own day: its date in the operator's zone plus the period.
      for (const item of view.kept?.items ?? []) {
        const record = customer.records.find((r) => r.id === item.recordId);
        expect(item.purgeOn, `${category.id} ${item.recordId}`).toBe(addRetentionPeriod(toLocalDate(record?.occurredAt as Date, profile.locale.timeZone), rule.period));
      }
    }
    expect(preview.systems.flatMap((s) => s.categories).some((c) => c.outcome === 'keep' && c.kept?.kind === 'legal-hold')).toBe(true);
  });
});
