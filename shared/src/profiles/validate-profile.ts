import type { z } from 'zod';
import { LANGUAGES } from '../domain/languages.ts';
import { ZProfileSchema, type TProfile } from './profile.schema.ts';

export type TProfileValidation =
  | { ok: true; profile: TProfile }
  | { ok: false; problems: string[] };

type Problem = { path: (string | number)[]; message: string };

/**
 * Parses a profile and checks what a schema alone cannot: that every id it refers to exists,
 * that ids are unique, and that every text exists in each language the profile offers.
 * Problems come back as readable lines ("categories.2.fields.0.retention: unknown retention rule …").
 */
export function validateProfile(input: unknown): TProfileValidation {
  const parsed = ZProfileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(formatIssue) };
  const problems = [...checkReferences(parsed.data), ...checkLanguages(parsed.data)];
  if (problems.length > 0) return { ok: false, problems: problems.map(formatProblem) };
  return { ok: true, profile: parsed.data };
}

function formatIssue(issue: z.core.$ZodIssue): string {
  return formatProblem({ path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: issue.message });
}

function formatProblem({ path, message }: Problem): string {
  return `${path.length > 0 ? path.join('.') : '(profile)'}: ${message}`;
}

function checkReferences(profile: TProfile): Problem[] {
  const problems: Problem[] = [];
  const idsOf = (kind: string, items: { id: string }[], at: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) problems.push({ path: [at, index, 'id'], message: `duplicate ${kind} id "${item.id}"` });
      seen.add(item.id);
    });
    return seen;
  };
  const ref = (path: Problem['path'], kind: string, id: string, known: Set<string>) => {
    if (!known.has(id)) {
      problems.push({ path, message: `unknown ${kind} "${id}" (known: ${[...known].join(', ') || 'none'})` });
    }
  };

  const purposes = idsOf('purpose', profile.purposes, 'purposes');
  const recipients = idsOf('recipient', profile.recipients, 'recipients');
  const retention = idsOf('retention rule', profile.retentionRules, 'retentionRules');
  const holds = idsOf('legal hold', profile.legalHolds, 'legalHolds');
  const systems = idsOf('system', profile.systems, 'systems');
  idsOf('category', profile.categories, 'categories');
  idsOf('consent purpose', profile.consentPurposes, 'consentPurposes');
  idsOf('deadline rule', profile.deadlineRules, 'deadlineRules');

  profile.legalHolds.forEach((hold, h) => ref(['legalHolds', h, 'retention'], 'retention rule', hold.retention, retention));
  profile.categories.forEach((category, c) => {
    const at = ['categories', c];
    ref([...at, 'system'], 'system', category.system, systems);
    if (category.store === 'account' && category.cardinality !== 'single') {
      problems.push({ path: [...at, 'store'], message: 'an account-stored category must have cardinality "single"' });
    }
    if (category.store === 'account' && profile.systems.find((s) => s.id === category.system)?.connector.kind !== 'own-tables') {
      problems.push({ path: [...at, 'store'], message: 'only categories of an own-tables system can be stored on the account' });
    }
    if (category.legalHold) ref([...at, 'legalHold'], 'legal hold', category.legalHold, holds);
    const keys = new Set<string>();
    category.fields.forEach((field, f) => {
      const fat = [...at, 'fields', f];
      if (keys.has(field.key)) problems.push({ path: [...fat, 'key'], message: `duplicate field key "${field.key}"` });
      keys.add(field.key);
      field.purposes.forEach((p, i) => ref([...fat, 'purposes', i], 'purpose', p, purposes));
      field.recipients.forEach((r, i) => ref([...fat, 'recipients', i], 'recipient', r, recipients));
      ref([...fat, 'retention'], 'retention rule', field.retention, retention);
      if (field.source.kind === 'partner') ref([...fat, 'source', 'partner'], 'recipient', field.source.partner, recipients);
      if (field.type === 'enum' && !field.enumValues) {
        problems.push({ path: [...fat, 'enumValues'], message: 'an enum field needs enumValues' });
      }
      if (field.visibility === 'withheld' && !field.withheldReason) {
        problems.push({ path: [...fat, 'withheldReason'], message: 'a withheld field must say why it is withheld' });
      }
      if (field.type === 'secret' && field.visibility !== 'withheld') {
        problems.push({ path: [...fat, 'visibility'], message: 'a secret field must be withheld' });
      }
      if (field.visibility === 'withheld' && field.correctable) {
        problems.push({ path: [...fat, 'correctable'], message: 'a withheld field cannot be corrected in the portal' });
      }
    });
  });
  profile.consentPurposes.forEach((purpose, p) =>
    purpose.recipients.forEach((r, i) => ref(['consentPurposes', p, 'recipients', i], 'recipient', r, recipients)),
  );
  profile.cookies.forEach((cookie, c) =>
    cookie.vendors.forEach((vendor, v) => {
      if (vendor.recipient) ref(['cookies', c, 'vendors', v, 'recipient'], 'recipient', vendor.recipient, recipients);
    }),
  );
  if (!profile.locale.languages.includes(profile.locale.defaultLanguage)) {
    problems.push({ path: ['locale', 'defaultLanguage'], message: 'the default language must be one of locale.languages' });
  }
  if (!profile.locale.languages.includes('en')) {
    problems.push({ path: ['locale', 'languages'], message: 'English must be offered (it is the fallback for every text)' });
  }
  return problems;
}

/** Every localized text must exist in each language the profile offers. */
function checkLanguages(profile: TProfile): Problem[] {
  const problems: Problem[] = [];
  const wanted = profile.locale.languages;
  const walk = (value: unknown, path: Problem['path']) => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, [...path, i]));
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    const isText = keys.includes('en') && keys.every((k) => (LANGUAGES as readonly string[]).includes(k));
    if (isText) {
      for (const language of wanted) {
        if (typeof record[language] !== 'string') problems.push({ path, message: `missing the "${language}" text` });
      }
      return;
    }
    for (const key of keys) walk(record[key], [...path, key]);
  };
  walk(profile, []);
  return problems;
}
