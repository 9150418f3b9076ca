import type { TCategory, TProfile, TRetentionRule } from '@portal/shared/profiles/profile.schema';
import type { TRetentionRuleCount } from '@portal/shared/schemas/retention.schema';
import { LEDGER_CATEGORY_IDS } from '../../db/seed/seed-categories.ts';
import { rulesOf } from './retention-sql.ts';

type TEffect = TRetentionRuleCount['effect'];

/**
 * One thing a retention run does, derived from the profile: a category's records whose period
 * ended, the account itself (its own categories' rule), the consent ledger, records whose legal
 * hold expired, the children's rule, and the empty shells erasure leaves behind.
 */
export type TRetentionApplication =
  | { kind: 'records'; rule: string; category: TCategory; rules: TRetentionRule[]; effect: Exclude<TEffect, 'erase-account'> }
  | { kind: 'account'; rule: string; rules: TRetentionRule[]; effect: 'erase-account' | 'archive' }
  | { kind: 'ledger'; rule: TRetentionRule; category: TCategory }
  | { kind: 'legal-hold-expired' }
  | { kind: 'minimum-age'; years: number }
  | { kind: 'erased-account-shell' };

/** `a+b` for a category governed by several rules (none of the shipped profiles has one). */
const ruleName = (rules: readonly TRetentionRule[]) => rules.map((r) => r.id).join('+');

/** Archive wins over anonymise over delete: the most conservative action among a category's rules. */
function effectOf(rules: readonly TRetentionRule[]): 'delete' | 'anonymise' | 'archive' {
  if (rules.some((r) => r.action === 'archive')) return 'archive';
  return rules.some((r) => r.action === 'anonymise') ? 'anonymise' : 'delete';
}

/**
 * The profile's retention schedule as applications, in the order a run takes them: children's rule
 * and whole accounts first (they go through the erasure saga), then records, the ledger, expired
 * holds, and last the shells that became empty. Only the portal's own tables are applied here: an
 * operator's system applies its own retention (and is reached when a whole account goes).
 */
export function retentionPlan(profile: TProfile): TRetentionApplication[] {
  const rule = (id: string) => {
    const found = profile.retentionRules.find((r) => r.id === id);
    // validateProfile guarantees every field's rule exists.
    if (!found) throw new Error(`retention rule ${id} is not in the profile`);
    return found;
  };
  const own = new Set(profile.systems.filter((s) => s.connector.kind === 'own-tables').map((s) => s.id));
  const held = profile.categories.filter((c) => own.has(c.system));
  const plan: TRetentionApplication[] = [];
  if (profile.settings.minimumAge !== undefined) plan.push({ kind: 'minimum-age', years: profile.settings.minimumAge });
  const account = held.find((c) => c.store === 'account');
  if (account) {
    const rules = rulesOf(account, rule);
    plan.push({ kind: 'account', rule: ruleName(rules), rules, effect: effectOf(rules) === 'archive' ? 'archive' : 'erase-account' });
  }
  for (const category of held) {
    if (category.store !== 'records') continue;
    const rules = rulesOf(category, rule);
    const first = rules[0];
    if (LEDGER_CATEGORY_IDS.has(category.id)) {
      // The append-only ledger can only lose entries past a fixed cutoff counted from their own date;
      // a rule counted from another event, or one that archives, leaves it as it is (it is proof).
      if (first && (first.from === 'record-date' || first.from === 'collected') && first.action !== 'archive') plan.push({ kind: 'ledger', rule: first, category });
      continue;
    }
    plan.push({ kind: 'records', rule: ruleName(rules), category, rules, effect: effectOf(rules) });
  }
  plan.push({ kind: 'legal-hold-expired' }, { kind: 'erased-account-shell' });
  return plan;
}
