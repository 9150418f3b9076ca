import { LANGUAGES, type TLanguage } from '@portal/shared/domain/languages';
import { needsContactConfirmation } from '@portal/shared/inventory/field-value-schema';
import type { TCategory, TField, TProfile, TRecipient, TRetentionRule } from '@portal/shared/profiles/profile.schema';
import type { TCorrectionMode } from '@portal/shared/schemas/personal-data.schema';

/** The profile's inventory, indexed once for the requests that read it. */
export type TInventory = {
  profile: TProfile;
  categories: readonly TCategory[];
  category: (id: string) => TCategory | undefined;
  purpose: (id: string) => TProfile['purposes'][number] | undefined;
  recipient: (id: string) => TRecipient | undefined;
  rule: (id: string) => TRetentionRule;
  hold: (id: string) => TProfile['legalHolds'][number] | undefined;
  systemName: (id: string) => string;
};

export function buildInventory(profile: TProfile): TInventory {
  const index = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const categories = index(profile.categories);
  const purposes = index(profile.purposes);
  const recipients = index(profile.recipients);
  const rules = index(profile.retentionRules);
  const holds = index(profile.legalHolds);
  const systems = index(profile.systems);
  return {
    profile,
    categories: profile.categories,
    category: (id) => categories.get(id),
    purpose: (id) => purposes.get(id),
    recipient: (id) => recipients.get(id),
    rule: (id) => {
      const rule = rules.get(id);
      // validateProfile guarantees every field's rule exists.
      if (!rule) throw new Error(`retention rule ${id} is not in the profile`);
      return rule;
    },
    hold: (id) => holds.get(id),
    systemName: (id) => systems.get(id)?.name ?? id,
  };
}

/** How the customer changes this field in the portal (see ZFieldViewSchema.correction). */
export function correctionModeOf(field: TField, category: TCategory): TCorrectionMode {
  if (field.visibility === 'withheld') return 'none';
  if (!field.correctable) return 'request';
  if (needsContactConfirmation(field, category.store)) return 'confirmation-required';
  return 'inline';
}

const isLanguage = (value: string | undefined): value is TLanguage => LANGUAGES.includes(value as TLanguage);

/** The language asked for, else the customer's (if the operator offers it), else the operator's default. */
export function resolveLanguage(profile: TProfile, requested: TLanguage | undefined, customerLanguage: string): TLanguage {
  if (requested) return requested;
  if (isLanguage(customerLanguage) && profile.locale.languages.includes(customerLanguage)) return customerLanguage;
  return profile.locale.defaultLanguage;
}
