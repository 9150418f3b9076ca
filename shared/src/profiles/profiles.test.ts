import { describe, expect, it } from 'vitest';
import type { TLocalizedText } from '../domain/languages.ts';
import {
  PROFILE_IDS,
  type TCategory,
  type TProfile,
  type TProfileId,
  type TProfileInput,
} from './profile.schema.ts';
import {
  listProfileIds,
  loadProfile,
  parseProfile,
  PROFILE_INPUTS,
  ProfileError,
} from './registry.ts';
import { validateProfile } from './validate-profile.ts';

/** What the brief and product.md fix for each operator. */
const EXPECTED: Record<
  TProfileId,
  {
    seedFile: string;
    defaultLanguage: string;
    languages: string[];
    country: string;
    timeZone: string;
    currency: string;
  }
> = {
  coco: {
    seedFile: '000_4d0f1451d5a1b6d5.txt',
    defaultLanguage: 'en',
    languages: ['en'],
    country: 'TH',
    timeZone: 'Asia/Bangkok',
    currency: 'THB',
  },
  cocomo: {
    seedFile: '001_b166f5b24659986c.txt',
    defaultLanguage: 'nl',
    languages: ['nl', 'en'],
    country: 'NL',
    timeZone: 'Europe/Amsterdam',
    currency: 'EUR',
  },
  vanesa: {
    seedFile: '002_8352e704ebf176e4.txt',
    defaultLanguage: 'vi',
    languages: ['vi', 'en'],
    country: 'VN',
    timeZone: 'Asia/Ho_Chi_Minh',
    currency: 'VND',
  },
  coopt: {
    seedFile: '003_00489c89c7882554.txt',
    defaultLanguage: 'en',
    languages: ['en'],
    country: 'US',
    timeZone: 'America/Los_Angeles',
    currency: 'USD',
  },
  sococo: {
    seedFile: '004_4f90448d96326da5.txt',
    defaultLanguage: 'en',
    languages: ['en'],
    country: 'US',
    timeZone: 'America/New_York',
    currency: 'USD',
  },
};

/** A deep, mutable copy of a profile input, to break on purpose. */
function copyOf(input: TProfileInput): TProfileInput {
  return JSON.parse(JSON.stringify(input)) as TProfileInput;
}

function at<T>(items: readonly T[] | undefined, index: number): T {
  const item = items?.[index];
  if (item === undefined) throw new Error(`no item at index ${index}`);
  return item;
}

function fieldsOf(profile: TProfile) {
  return profile.categories.flatMap((category) =>
    category.fields.map((field) => ({ category, field })),
  );
}

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** "buyerTaxId" → "buyer tax id", to match whole words of a camelCase key. */
function words(key: string): string {
  return key.replace(/([A-Z])/g, ' $1').toLowerCase();
}
const GOVERNMENT_OR_INTERNAL =
  /\b(ssn|bsn|social security|passport|national id|tax id|tax code|driver licen[cs]e|internal notes)\b/;

function hasEveryLanguage(text: TLocalizedText | undefined, languages: readonly string[]): boolean {
  if (!text) return false;
  const record: Record<string, string | undefined> = text;
  return languages.every((language) => (record[language] ?? '').trim().length > 0);
}

describe('the profile registry', () => {
  it('offers every profile id, each with its input', () => {
    expect(listProfileIds()).toEqual([...PROFILE_IDS]);
    expect(Object.keys(PROFILE_INPUTS).sort()).toEqual([...PROFILE_IDS].sort());
  });

  it('refuses an unknown id and names the known ones', () => {
    let error: unknown;
    try {
      loadProfile('acme');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as Error).name).toBe('ProfileError');
    expect((error as Error).message).toBe(
      'acme: unknown profile "acme" (known: coco, cocomo, vanesa, coopt, sococo)',
    );
  });
});

describe.each(PROFILE_IDS)('profile %s', (id) => {
  const validation = validateProfile(PROFILE_INPUTS[id]);
  const profile = loadProfile(id);
  const expected = EXPECTED[id];

  it('validates, and loads under its own id', () => {
    expect(validation.ok ? [] : validation.problems).toEqual([]);
    expect(profile.id).toBe(id);
  });

  it('has the seed, locale and settings the brief sets', () => {
    expect(profile.notice.seedFile).toBe(expected.seedFile);
    expect(profile.locale).toMatchObject({
      defaultLanguage: expected.defaultLanguage,
      languages: expected.languages,
      country: expected.country,
      timeZone: expected.timeZone,
      currency: expected.currency,
    });
    expect(profile.settings).toMatchObject({
      erasureGraceDays: 14,
      exportLinkDays: 7,
      impersonationMaxMinutes: 30,
      notifyCustomerOnImpersonation: true,
    });
    expect(profile.notice.corrections.length).toBeGreaterThan(0);
  });

  it('gives every field purposes, a legal basis, a source and a retention rule', () => {
    for (const { category, field } of fieldsOf(profile)) {
      const where = `${category.id}.${field.key}`;
      expect(field.purposes.length, where).toBeGreaterThan(0);
      expect(field.legalBasis, where).toBeTruthy();
      expect(field.source.kind, where).toBeTruthy();
      expect(field.retention, where).toBeTruthy();
    }
  });

  it('shows at least one field of every category', () => {
    for (const category of profile.categories) {
      expect(
        category.fields.some((field) => field.visibility === 'shown'),
        category.id,
      ).toBe(true);
    }
  });

  it('says, in every language it offers, why each withheld field is withheld', () => {
    const withheld = fieldsOf(profile).filter(({ field }) => field.visibility === 'withheld');
    expect(withheld.length).toBeGreaterThan(0);
    for (const { category, field } of withheld) {
      const where = `${category.id}.${field.key}`;
      expect(hasEveryLanguage(field.withheldReason, profile.locale.languages), where).toBe(true);
      expect(field.correctable, where).toBe(false);
    }
  });

  it('withholds secrets, government numbers and staff notes, and holds no card numbers', () => {
    for (const { category, field } of fieldsOf(profile)) {
      const where = `${category.id}.${field.key}`;
      if (field.type === 'secret' || GOVERNMENT_OR_INTERNAL.test(words(field.key))) {
        expect(field.visibility, where).toBe('withheld');
      }
      expect(field.key, where).not.toMatch(/cardNumber|^pan$|cvc|cvv/i);
    }
    const credentials = profile.categories.find((c) => c.id === 'sign-in-credentials');
    expect(credentials?.fields.find((f) => f.key === 'passwordHash')).toMatchObject({
      type: 'secret',
      visibility: 'withheld',
    });
    const notes = fieldsOf(profile).find(({ field }) => field.key === 'internalNotes');
    expect(notes?.field.visibility).toBe('withheld');
  });

  it('keeps the account on the account row of its own tables', () => {
    const account = profile.categories.find((c) => c.store === 'account');
    expect(account).toMatchObject({ id: 'account', cardinality: 'single' });
    const system = profile.systems.find((s) => s.id === account?.system);
    expect(system?.connector.kind).toBe('own-tables');
    const keys = account?.fields.map((f) => f.key) ?? [];
    expect(keys).toEqual(
      expect.arrayContaining(['customerNumber', 'email', 'givenName', 'familyName']),
    );
  });

  it('has a paginated activity list and a newsletter list behind an HTTP system', () => {
    expect(profile.categories.find((c) => c.id === 'activity')).toMatchObject({
      cardinality: 'list',
      paginated: true,
    });
    const http = profile.systems.filter((s) => s.connector.kind === 'http');
    expect(http.map((s) => s.connector)).toContainEqual({
      kind: 'http',
      baseUrlEnv: 'NEWSLETTER_SERVICE_URL',
      secretEnv: 'NEWSLETTER_SERVICE_SECRET',
    });
    const newsletter = profile.categories.find((c) => c.id === 'newsletter-subscription');
    expect(http.map((s) => s.id)).toContain(newsletter?.system);
  });

  it('keeps legally held categories from erasure', () => {
    const held = profile.categories.filter(
      (c): c is TCategory & { legalHold: string } => !!c.legalHold,
    );
    expect(held.length).toBeGreaterThan(0);
    for (const category of held) {
      for (const field of category.fields)
        expect(field.erasable, `${category.id}.${field.key}`).toBe(false);
    }
  });

  it('has a deadline rule for every request type it offers, in its own jurisdictions', () => {
    const covered = new Set(profile.deadlineRules.flatMap((rule) => rule.requestTypes));
    for (const type of profile.requestTypes) expect(covered.has(type), type).toBe(true);
    for (const rule of profile.deadlineRules) {
      expect(profile.jurisdictions, rule.id).toContain(rule.jurisdiction);
      for (const type of rule.requestTypes) expect(profile.requestTypes, rule.id).toContain(type);
    }
  });

  it('records consent for exactly the consent purposes and channels it offers', () => {
    const ledger = profile.categories.find((c) => c.id === 'consents');
    const purposes = ledger?.fields.find((f) => f.key === 'purpose')?.enumValues ?? [];
    const channels = ledger?.fields.find((f) => f.key === 'channel')?.enumValues ?? [];
    expect([...purposes].sort()).toEqual(profile.consentPurposes.map((p) => p.id).sort());
    for (const purpose of profile.consentPurposes) {
      for (const channel of purpose.channels) expect(channels, purpose.id).toContain(channel);
    }
  });

  it('offers an opt-out and honours GPC when it sells or shares', () => {
    const sellsOrShares = profile.recipients.some((r) => r.sale || r.sharing);
    if (sellsOrShares) {
      expect(profile.settings.doNotSellOrShare).toBe(true);
      expect(profile.settings.honourGpc).toBe(true);
      expect(profile.requestTypes).toContain('do-not-sell-or-share');
    }
  });

  it('has readable theme colours (WCAG AA, 4.5:1)', () => {
    expect(contrast(profile.theme.primary, profile.theme.onPrimary)).toBeGreaterThanOrEqual(4.5);
  });

  it('lists the public holidays of its country for 2026 and 2027', () => {
    for (const year of [2026, 2027]) {
      const entry = profile.holidays.find((h) => h.year === year);
      expect(entry?.country, String(year)).toBe(profile.locale.country);
      const dates = entry?.dates ?? [];
      expect(dates.length).toBeGreaterThanOrEqual(9);
      expect(dates.every((date) => date.startsWith(`${year}-`))).toBe(true);
      expect([...new Set(dates)].sort()).toEqual(dates);
    }
  });
});

describe('profile-specific promises', () => {
  const rule = (id: TProfileId, type: string) =>
    loadProfile(id).deadlineRules.filter((r) => r.requestTypes.some((t) => t === type));

  it('coco promises 7 business days within the PDPA 30 days', () => {
    expect(rule('coco', 'access')).toEqual([
      expect.objectContaining({
        jurisdiction: 'th-pdpa',
        law: expect.objectContaining({ amount: 30, unit: 'calendar-days' }),
        promise: expect.objectContaining({ amount: 7, unit: 'business-days' }),
      }),
    ]);
  });

  it('cocomo promises 4 weeks within the GDPR month, with a 2-month extension and 7-year invoices', () => {
    const profile = loadProfile('cocomo');
    expect(rule('cocomo', 'erasure')).toEqual([
      expect.objectContaining({
        law: expect.objectContaining({ amount: 1, unit: 'months' }),
        promise: expect.objectContaining({ amount: 4, unit: 'weeks' }),
        extension: expect.objectContaining({
          amount: 2,
          unit: 'months',
          noticeWithinFirstPeriod: true,
        }),
      }),
    ]);
    const invoices = profile.categories.find((c) => c.id === 'invoices');
    const hold = profile.legalHolds.find((h) => h.id === invoices?.legalHold);
    expect(hold?.law).toContain('AWR art. 52');
    expect(profile.retentionRules.find((r) => r.id === hold?.retention)?.period).toEqual({
      amount: 7,
      unit: 'years',
    });
    expect(profile.settings.idDocumentFallback).toBe(true);
  });

  it('vanesa acknowledges in 2 working days and stops processing within 15 (20) days', () => {
    expect(rule('vanesa', 'objection')).toEqual([
      expect.objectContaining({
        acknowledge: expect.objectContaining({ amount: 2, unit: 'working-days' }),
        law: expect.objectContaining({ amount: 15 }),
        withProcessors: expect.objectContaining({ amount: 20 }),
        extension: expect.objectContaining({ amount: 15, times: 1 }),
      }),
    ]);
  });

  it('coopt follows CCPA, Shine the Light and the opt-out deadlines', () => {
    const profile = loadProfile('coopt');
    expect(rule('coopt', 'access')).toEqual([
      expect.objectContaining({
        acknowledge: expect.objectContaining({ amount: 10, unit: 'business-days' }),
        law: expect.objectContaining({ amount: 45, unit: 'calendar-days' }),
        extension: expect.objectContaining({ amount: 45 }),
      }),
    ]);
    expect(rule('coopt', 'do-not-sell-or-share')[0]?.law).toMatchObject({
      amount: 15,
      unit: 'business-days',
    });
    expect(rule('coopt', 'shine-the-light')[0]?.law).toMatchObject({ amount: 30 });
    expect(profile.settings).toMatchObject({
      honourGpc: true,
      doNotSellOrShare: true,
      limitSensitive: true,
      shineTheLight: true,
      minimumAge: 13,
      verificationDataPoints: 2,
    });
    expect(profile.company.tollFreePhone).toBeTruthy();
    expect(profile.recipients.some((r) => r.directMarketing)).toBe(true);
  });

  it('sococo has GDPR and CCPA rules side by side and excludes under-13s', () => {
    const profile = loadProfile('sococo');
    const jurisdictions = rule('sococo', 'access')
      .map((r) => r.jurisdiction)
      .sort();
    expect(jurisdictions).toEqual(['ccpa', 'gdpr']);
    expect(profile.settings.minimumAge).toBe(13);
    expect(profile.notice.corrections.map((c) => c.en).join(' ')).toContain(
      'Data Privacy Framework',
    );
  });
});

describe('an invalid profile', () => {
  it('names the exact path of an unknown recipient', () => {
    const broken = copyOf(PROFILE_INPUTS.cocomo);
    at(at(broken.categories, 0).fields, 0).recipients = ['nobody'];
    const result = validateProfile(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^categories\.0\.fields\.0\.recipients\.0: unknown recipient "nobody" \(known: google-analytics, mollie, /,
      ),
    ]);
  });

  it('names the exact path of a missing Dutch text', () => {
    const broken = copyOf(PROFILE_INPUTS.cocomo);
    delete at(broken.purposes, 2).name.nl;
    const result = validateProfile(broken);
    expect(result.ok ? [] : result.problems).toEqual(['purposes.2.name: missing the "nl" text']);
  });

  it('names the exact path of a bad colour', () => {
    const broken = copyOf(PROFILE_INPUTS.cocomo);
    broken.theme.primary = 'navy';
    const result = validateProfile(broken);
    expect(result.ok ? [] : result.problems).toEqual([
      'theme.primary: must be a colour like #1a2b3c',
    ]);
  });

  it('reports every problem on its own line, prefixed with the profile id', () => {
    const broken = copyOf(PROFILE_INPUTS.cocomo);
    at(at(broken.categories, 0).fields, 0).recipients = ['nobody'];
    at(at(broken.categories, 0).fields, 1).retention = 'forever';
    delete at(broken.purposes, 0).description.nl;
    let error: unknown;
    try {
      parseProfile('cocomo', broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProfileError);
    const lines = (error as Error).message.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => line.startsWith('cocomo: '))).toBe(true);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'cocomo: categories.0.fields.0.recipients.0: unknown recipient "nobody"',
        ),
        expect.stringContaining(
          'cocomo: categories.0.fields.1.retention: unknown retention rule "forever"',
        ),
        'cocomo: purposes.0.description: missing the "nl" text',
      ]),
    );
  });

  it('refuses a profile filed under another id', () => {
    expect(() => parseProfile('coco', PROFILE_INPUTS.cocomo)).toThrow(
      'coco: id: the profile says it is "cocomo"',
    );
  });
});
