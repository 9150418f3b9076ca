import { describe, expect, it } from 'vitest';
import { LEGAL_BASES } from '../domain/legal-bases.ts';
import { listProfileIds, loadProfile, PROFILE_INPUTS } from '../profiles/registry.ts';
import { validateProfile } from '../profiles/validate-profile.ts';
import { correctionValueSchema, needsContactConfirmation } from './field-value-schema.ts';

// Issue 4, "done when": every profile's inventory goes through the validator, and every field says
// why it is held, on what basis, where it came from and how long it is kept.
describe.each(listProfileIds())('inventory of %s', (id) => {
  const profile = loadProfile(id);

  it('when validated, then it has no problems', () => {
    expect(validateProfile(PROFILE_INPUTS[id])).toMatchObject({ ok: true });
  });

  it('when read field by field, then each has purposes, a legal basis, a source and a retention rule that exist', () => {
    const purposes = new Set(profile.purposes.map((p) => p.id));
    const rules = new Set(profile.retentionRules.map((r) => r.id));
    const recipients = new Set(profile.recipients.map((r) => r.id));
    for (const category of profile.categories) {
      for (const field of category.fields) {
        const at = `${category.id}.${field.key}`;
        expect(field.purposes.length, at).toBeGreaterThan(0);
        for (const purpose of field.purposes) expect(purposes.has(purpose), `${at} purpose ${purpose}`).toBe(true);
        expect(LEGAL_BASES, at).toContain(field.legalBasis);
        expect(['provided-by-you', 'observed', 'derived', 'partner'], at).toContain(field.source.kind);
        if (field.source.kind === 'partner') expect(recipients.has(field.source.partner), at).toBe(true);
        expect(rules.has(field.retention), `${at} retention ${field.retention}`).toBe(true);
        for (const recipient of field.recipients) expect(recipients.has(recipient), `${at} recipient ${recipient}`).toBe(true);
      }
    }
  });

  it('when a field is held but never shown, then it says why, and secrets are never shown', () => {
    for (const category of profile.categories) {
      for (const field of category.fields) {
        if (field.type === 'secret') expect(field.visibility, `${category.id}.${field.key}`).toBe('withheld');
        if (field.visibility === 'withheld') {
          expect(field.withheldReason?.en, `${category.id}.${field.key}`).toBeTruthy();
          expect(field.correctable, `${category.id}.${field.key}`).toBe(false);
        }
      }
    }
  });

  it('when a field is correctable, then a value schema can be built for it', () => {
    for (const category of profile.categories) {
      for (const field of category.fields.filter((f) => f.correctable)) {
        const schema = correctionValueSchema(field, category.store);
        expect(schema.safeParse(undefined).success, `${category.id}.${field.key}`).toBe(false);
        if (field.type === 'enum') expect(schema.safeParse(field.enumValues?.[0]).success).toBe(true);
        expect(typeof needsContactConfirmation(field, category.store)).toBe('boolean');
      }
    }
  });

  it('when the profile names http systems, then each says which environment variables reach it', () => {
    for (const system of profile.systems) {
      if (system.connector.kind !== 'http') continue;
      expect(system.connector.baseUrlEnv).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(system.connector.secretEnv).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(profile.categories.some((c) => c.system === system.id), system.id).toBe(true);
    }
  });
});
