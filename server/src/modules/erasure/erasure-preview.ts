import { localize, type TLanguage } from '@portal/shared/domain/languages';
import { anonymisedFieldsOf, erasableAlone, erasureOutcome } from '@portal/shared/inventory/erasure-outcome';
import type { TCategory } from '@portal/shared/profiles/profile.schema';
import type { TAvailability } from '@portal/shared/schemas/personal-data.schema';
import type { TErasurePreviewResponse, TPreviewCategory } from '@portal/shared/schemas/erasure.schema';
import type { Db } from '../../db/client.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TConnectorRegistry } from '../connectors/connector-registry.ts';
import { LEDGER_CATEGORY_IDS } from '../../db/seed/seed-categories.ts';
import { accessSystems, type TCategoryAccessResult } from '../personal-data/access-systems.ts';
import type { TInventory } from '../personal-data/inventory.ts';
import type { TSubjectRow } from '../personal-data/personal-data.repository.ts';
import type { TConnectorSubject } from '../connectors/connector.ts';
import { categoryKeptUntilSql, closingAnchors, ledgerAnchors, rulesOf } from '../retention/retention-sql.ts';
import { keptLedgerEntries, keptRecords, type TKeptItems } from './kept-items.repository.ts';

export type TPreviewDeps = { db: Db; clock: TClock; inventory: TInventory; registry: TConnectorRegistry; graceDays: number };

const DAY_MS = 86_400_000;
const NO_ITEMS: TKeptItems = { items: [], total: 0, purgeFrom: null, purgeUntil: null };

/** The records a kept category would keep, each with its purge day, as if the account closed now. */
async function keptItemsOf(deps: TPreviewDeps, customerId: string, category: TCategory, at: Date): Promise<TKeptItems> {
  if (deps.registry.system(category.system)?.kind !== 'own-tables') return NO_ITEMS;
  const { timeZone } = deps.inventory.profile.locale;
  const rules = rulesOf(category, deps.inventory.rule);
  if (LEDGER_CATEGORY_IDS.has(category.id)) {
    return keptLedgerEntries(deps.db, customerId, categoryKeptUntilSql(rules, ledgerAnchors(at), timeZone));
  }
  return keptRecords(deps.db, customerId, category.id, categoryKeptUntilSql(rules, closingAnchors(at), timeZone));
}

async function previewCategory(
  deps: TPreviewDeps,
  subject: TConnectorSubject,
  category: TCategory,
  access: TCategoryAccessResult | undefined,
  language: TLanguage,
  at: Date,
): Promise<TPreviewCategory> {
  const outcome = erasureOutcome(category);
  const records = access?.access ? (access.access.total ?? access.access.records.length) : null;
  let kept: TPreviewCategory['kept'] = null;
  if (outcome === 'keep') {
    const hold = category.legalHold ? deps.inventory.hold(category.legalHold) : undefined;
    const rule = deps.inventory.rule(category.fields[0]?.retention ?? '');
    const items = await keptItemsOf(deps, subject.customerId, category, at);
    kept = {
      kind: hold ? 'legal-hold' : 'proof',
      holdId: hold?.id ?? null,
      reason: localize(hold?.reason ?? rule.description, language),
      law: hold?.law ?? rule.basis,
      purgeFrom: items.purgeFrom,
      purgeUntil: items.purgeUntil,
      items: items.items,
      more: Math.max(0, items.total - items.items.length),
    };
  }
  return {
    id: category.id,
    name: localize(category.name, language),
    outcome,
    selectable: erasableAlone(category),
    records,
    anonymisedFields: outcome === 'anonymise' ? anonymisedFieldsOf(category).map((f) => localize(f.label, language)) : [],
    kept,
  };
}

/**
 * "What happens if I delete my data", per system and category: erased, anonymised, or kept (the
 * legal hold or proof, the law, and the day each kept record would be purged if the erasure ran
 * now). Counts come live from each system; one that does not answer is shown as such.
 */
export async function buildErasurePreview(deps: TPreviewDeps, who: { row: TSubjectRow; subject: TConnectorSubject }, language: TLanguage): Promise<TErasurePreviewResponse> {
  const { inventory, registry } = deps;
  const now = deps.clock.now();
  const access = await accessSystems(registry, who.subject, inventory.categories, { limit: 1, count: true });
  const systems = [];
  for (const system of inventory.profile.systems) {
    const held = inventory.categories.filter((c) => c.system === system.id);
    if (held.length === 0) continue;
    const categories: TPreviewCategory[] = [];
    for (const category of held) categories.push(await previewCategory(deps, who.subject, category, access.get(category.id), language, now));
    const availability: TAvailability = access.get(held[0]?.id ?? '')?.availability ?? { status: 'unavailable', reason: 'unreachable' };
    systems.push({ id: system.id, name: system.name, kind: system.connector.kind, availability, categories });
  }
  return {
    language,
    generatedAt: now.toISOString(),
    graceDays: deps.graceDays,
    startsAt: new Date(now.getTime() + deps.graceDays * DAY_MS).toISOString(),
    systems,
  };
}
