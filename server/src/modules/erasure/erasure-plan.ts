import { erasableAlone } from '@portal/shared/inventory/erasure-outcome';
import type { TCreateErasureRequest, TErasureScope } from '@portal/shared/schemas/erasure.schema';
import { AppError } from '../../lib/app-error.ts';
import type { TInventory } from '../personal-data/inventory.ts';

/** What one request erases: its scope and categories in profile order. */
export type TErasurePlanInput = { scope: TErasureScope; categories: string[] };

/**
 * The request in one canonical form (profile order, no repeats), so equal requests hash equal.
 * Per category, only categories the customer may erase on their own are accepted; the whole
 * account takes every category of the profile (what the law keeps is kept by the steps).
 */
export function normaliseErasureRequest(inventory: TInventory, body: TCreateErasureRequest): TErasurePlanInput {
  if (body.scope === 'account') return { scope: 'account', categories: inventory.categories.map((c) => c.id) };
  const unknown = body.categories.filter((id) => !inventory.category(id));
  if (unknown.length > 0) {
    throw new AppError('validation_failed', 'Some categories do not exist.', { fields: { 'body.categories': [`Unknown: ${unknown.slice(0, 5).join(', ')}`] } });
  }
  const refused = body.categories.filter((id) => {
    const category = inventory.category(id);
    return category !== undefined && !erasableAlone(category);
  });
  if (refused.length > 0) {
    throw new AppError('validation_failed', 'Some categories cannot be erased on their own: the law makes us keep them, or they go only with the whole account.', {
      fields: { 'body.categories': [`Not erasable on their own: ${refused.slice(0, 5).join(', ')}`] },
    });
  }
  const chosen = new Set(body.categories);
  return { scope: 'categories', categories: inventory.categories.filter((c) => chosen.has(c.id)).map((c) => c.id) };
}

/** The categories of the plan per system that holds them, in profile order of the systems. */
export function stepsOf(inventory: TInventory, plan: TErasurePlanInput): { system: string; categories: string[] }[] {
  const chosen = new Set(plan.categories);
  return inventory.profile.systems
    .map((system) => ({ system: system.id, categories: inventory.categories.filter((c) => c.system === system.id && chosen.has(c.id)).map((c) => c.id) }))
    .filter((step) => step.categories.length > 0);
}
