import type { TCategory } from '@portal/shared/profiles/profile.schema';
import type { TAvailability } from '@portal/shared/schemas/personal-data.schema';
import type { TAccessOptions, TCategoryAccess, TConnectorSubject } from '../connectors/connector.ts';
import type { TConnectorRegistry } from '../connectors/connector-registry.ts';

export type TCategoryAccessResult = { availability: TAvailability; access: TCategoryAccess | null };

const NOT_CONFIGURED: TAvailability = { status: 'unavailable', reason: 'not-configured' };
const UNREACHABLE: TAvailability = { status: 'unavailable', reason: 'unreachable' };

/**
 * Asks every system holding some of `categories` for them at once. A system that is not
 * configured, does not answer or fails marks its own categories unavailable; the others still
 * answer (product.md: one failing system never blocks the others).
 */
export async function accessSystems(
  registry: TConnectorRegistry,
  subject: TConnectorSubject,
  categories: readonly TCategory[],
  options: TAccessOptions,
): Promise<Map<string, TCategoryAccessResult>> {
  const bySystem = new Map<string, TCategory[]>();
  for (const category of categories) bySystem.set(category.system, [...(bySystem.get(category.system) ?? []), category]);
  const results = new Map<string, TCategoryAccessResult>();
  await Promise.all(
    [...bySystem].map(async ([systemId, held]) => {
      const connector = registry.connector(systemId);
      if (!connector) {
        for (const category of held) results.set(category.id, { availability: NOT_CONFIGURED, access: null });
        return;
      }
      const call = connector.access(subject, held.map((c) => c.id), options);
      // A remote system's trouble stays its own; our own database failing is the page failing.
      const answer = registry.system(systemId)?.kind === 'http' ? await call.catch(() => null) : await call;
      const byCategory = new Map((answer?.categories ?? []).map((c) => [c.category, c]));
      for (const category of held) {
        const access = byCategory.get(category.id);
        results.set(
          category.id,
          answer?.receipt.status === 'done'
            ? { availability: { status: 'available' }, access: access ?? { category: category.id, records: [], nextCursor: null, total: 0 } }
            : { availability: UNREACHABLE, access: null },
        );
      }
    }),
  );
  return results;
}
