import type { TCategory, TProfile } from '@portal/shared/profiles/profile.schema';

/**
 * Records-stored categories that have a table of their own, so customer_records never holds a
 * second, drifting copy: the consent ledger is consent_ledger (append-only proof, Art. 7(1)).
 */
export const LEDGER_CATEGORY_IDS: ReadonlySet<string> = new Set(['consents']);

/**
 * The inventory categories the portal's own tables hold: `account` ones live on the customer row,
 * `records` ones in customer_records (except LEDGER_CATEGORY_IDS). Categories of http-connected
 * systems (a newsletter provider) live in the operator's service and are not seeded here.
 */
export function ownTableCategories(profile: TProfile): {
  account: TCategory[];
  records: TCategory[];
} {
  const own = new Set(
    profile.systems.filter((s) => s.connector.kind === 'own-tables').map((s) => s.id),
  );
  const held = profile.categories.filter((c) => own.has(c.system));
  return {
    account: held.filter((c) => c.store === 'account'),
    records: held.filter((c) => c.store === 'records' && !LEDGER_CATEGORY_IDS.has(c.id)),
  };
}

/** The category a very active customer fills fastest: `activity` (sign-in history) or else the first paginated one. */
export function activityCategory(profile: TProfile, id?: string): TCategory {
  const { records } = ownTableCategories(profile);
  const found = id
    ? records.find((c) => c.id === id)
    : (records.find((c) => c.id === 'activity' && c.paginated) ?? records.find((c) => c.paginated));
  if (!found) {
    throw new Error(
      id
        ? `profile ${profile.id} has no records category "${id}" in its own tables`
        : `profile ${profile.id} has no paginated records category in its own tables`,
    );
  }
  return found;
}

export function customerNumberFor(profile: TProfile, index: number): string {
  return `${profile.id.toUpperCase()}-${String(index + 10001).padStart(6, '0')}`;
}
