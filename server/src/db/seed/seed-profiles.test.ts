import { afterAll, describe, expect, it } from 'vitest';
import { PROFILE_IDS } from '@portal/shared/profiles/profile.schema';
import { loadProfile } from '@portal/shared/profiles/registry';
import { createTestDatabase, type TTestDatabase } from '../../../test/setup/test-database.ts';
import { LEDGER_CATEGORY_IDS, ownTableCategories } from './seed-categories.ts';
import { seedDemoData } from './seed-demo-data.ts';

const NOW = new Date('2026-11-22T10:00:00Z');

// What a customer of each operator looks like: phone format, a name or postal code typical of the country.
const LOCALE_CHECKS: Record<
  string,
  { phone: RegExp; share: number; sample: RegExp; sampleColumn: string }
> = {
  cocomo: {
    phone: /^\+31 6 \d{4} \d{4}$/,
    share: 1,
    sample: /^(van|de|ter|van der|van den|van 't) /,
    sampleColumn: 'family_name',
  },
  vanesa: {
    phone: /^\+84 \d{3} \d{3} \d{3}$/,
    share: 1,
    sample: /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i,
    sampleColumn: 'family_name',
  },
  coco: {
    phone: /^\+66 [689]\d \d{3} \d{4}$/,
    share: 0.6,
    sample:
      /^(Saetang|Srisuk|Wongsawat|Chaiyaporn|Rattanakorn|Kaewmanee|Thongdee|Boonmee|Sukprasert|Phromsuwan|Jaidee|Suwannarat|Chantarasiri|Inthapan|Kanjanapan|Siriwong|Charoenrat|Wattanasin|Pongpanich|Intharaksa|Khamsaen|Thepkaew)$/,
    sampleColumn: 'family_name',
  },
  coopt: {
    phone: /^\+1 \(\d{3}\) 555-01\d{2}$/,
    share: 1,
    sample: /^\+1 \(559\) /,
    sampleColumn: 'phone',
  },
  sococo: {
    phone: /^\+1 \(\d{3}\) 555-01\d{2}$/,
    share: 0.6,
    sample: /^\+31 6 /,
    sampleColumn: 'phone',
  },
};

describe.each(PROFILE_IDS)('seedDemoData(%s)', (profileId) => {
  const profile = loadProfile(profileId);
  let database: TTestDatabase;
  afterAll(async () => {
    await database?.close();
  });
  const query = async (text: string) =>
    (await database.pool.query(text)).rows as Record<string, unknown>[];

  it('when seeded, then every own-tables category, the ledger and the demo accounts hold data', async () => {
    database = await createTestDatabase();
    const started = performance.now();
    const result = await seedDemoData(database.db, profile, { now: NOW });
    const ms = Math.round(performance.now() - started);
    console.log(
      `[seed] ${profileId}: ${JSON.stringify(result.seeded ? result.counts : {})} in ${ms} ms`,
    );
    expect(result.seeded).toBe(true);
    // Well under 5 s on an idle machine; the margin keeps a busy CI runner from failing it.
    expect(ms).toBeLessThan(10_000);

    const [customers] = await query('select count(*)::int as n from customers');
    expect(customers?.n).toBeGreaterThanOrEqual(50);
    const held = new Set(
      (await query('select distinct category from customer_records')).map((r) =>
        String(r.category),
      ),
    );
    const expected = ownTableCategories(profile).records.map((c) => c.id);
    expect([...held].sort()).toEqual([...expected].sort());
    for (const category of profile.categories) {
      if (LEDGER_CATEGORY_IDS.has(category.id)) continue;
      const own =
        profile.systems.find((s) => s.id === category.system)?.connector.kind === 'own-tables';
      if (!own) expect(held.has(category.id)).toBe(false);
    }
    const [consents] = await query(
      `select count(*)::int as n from consent_ledger where notice_version = '${profile.notice.version}'`,
    );
    expect(consents?.n).toBeGreaterThan(0);
    const accounts = await query(
      `select email from customers where email like '%@${profileId}.example' union all select email from staff_members order by 1`,
    );
    expect(accounts.map((a) => a.email)).toEqual([
      `admin@${profileId}.example`,
      ...[2, 3, 4, 5, 6, 7, 8].map((n) => `demo${n}@${profileId}.example`),
      `demo@${profileId}.example`,
      `privacy2@${profileId}.example`,
      `privacy@${profileId}.example`,
      `support@${profileId}.example`,
    ]);
  });

  it('when seeded, then names, phones and mailboxes look like the operator’s customers', async () => {
    const check = LOCALE_CHECKS[profileId];
    if (!check) throw new Error(`no locale check for ${profileId}`);
    const customers = await query(
      `select email, phone, given_name, family_name, ${check.sampleColumn} as sample from customers`,
    );
    for (const c of customers)
      expect(String(c.email)).toMatch(/@(example\.(com|net|org|nl|vn)|[a-z]+\.example)$/);
    const phones = customers.filter((c) => c.phone !== null);
    const matching = phones.filter((c) => check.phone.test(String(c.phone)));
    expect(matching.length / Math.max(phones.length, 1)).toBeGreaterThanOrEqual(check.share);
    expect(customers.some((c) => check.sample.test(String(c.sample)))).toBe(true);
  });
});
