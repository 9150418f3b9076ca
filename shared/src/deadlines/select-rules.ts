import type { TRequestType } from '../domain/request-types.ts';
import type { TDeadlineRule } from '../profiles/profile.schema.ts';
import { DeadlineError } from './deadline-errors.ts';
import type { TDeadlines } from './deadline-types.ts';
import { protects, type TResidence } from './residence.ts';

export interface TRuleSelection {
  readonly rules: readonly TDeadlineRule[];
  readonly selection: TDeadlines['selection'];
}

/**
 * The rules that govern a request. When we cannot tell which law protects the customer we apply
 * all of them: answering by the strictest date is never late under any of them.
 */
export function selectRules(
  rules: readonly TDeadlineRule[],
  requestType: TRequestType,
  residence: TResidence | undefined,
): TRuleSelection {
  const forType = rules.filter((rule) => rule.requestTypes.includes(requestType));
  if (forType.length === 0) {
    throw new DeadlineError(`the profile has no deadline rule for "${requestType}" requests`);
  }
  if (!residence) return { rules: forType, selection: 'strictest' };
  const protecting = forType.filter((rule) => protects(rule.residents, residence));
  if (protecting.length === 0) return { rules: forType, selection: 'strictest' };
  return { rules: protecting, selection: 'by-residence' };
}
