import type { TCategory, TField } from '../profiles/profile.schema.ts';
import type { TErasureOutcome } from '../schemas/erasure.schema.ts';

/** Categories whose data is how the customer signs in: they go only with the whole account. */
const ACCOUNT_ONLY_CATEGORIES: ReadonlySet<string> = new Set(['sign-in-credentials']);

/**
 * What erasure does with a category (product.md "Delete"): kept when a legal hold covers it or none
 * of its fields may be erased (proof such as the consent ledger); anonymised when the inventory
 * marks fields to keep without any link to the person (`onErasure: 'anonymise'`); otherwise erased.
 */
export function erasureOutcome(category: TCategory): TErasureOutcome {
  if (category.legalHold || category.fields.every((f) => !f.erasable)) return 'keep';
  return anonymisedFieldsOf(category).length > 0 ? 'anonymise' : 'erase';
}

/** The fields kept, unlinked, when a record of the category is anonymised. */
export function anonymisedFieldsOf(category: TCategory): TField[] {
  return category.fields.filter((f) => f.erasable && f.onErasure === 'anonymise' && f.visibility === 'shown');
}

/**
 * Whether the customer may erase the category on its own while keeping the account: not kept by
 * law, not the account record itself, not what they sign in with.
 */
export function erasableAlone(category: TCategory): boolean {
  return erasureOutcome(category) !== 'keep' && category.store === 'records' && !ACCOUNT_ONLY_CATEGORIES.has(category.id);
}
