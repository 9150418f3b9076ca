import { ZErasureStepReceiptSchema, type TErasureRequestView } from '@portal/shared/schemas/erasure.schema';
import type { TInventory } from '../personal-data/inventory.ts';
import type { TErasureRequestRow } from './erasure-requests.repository.ts';
import type { TErasureStepRow } from './erasure-steps.repository.ts';

/**
 * The request as the customer sees it: status, dates, each system's step with its receipt, the
 * certificate. Never the sealed subject, the fences, the staff member or their reference.
 */
export function presentErasureRequest(inventory: TInventory, row: TErasureRequestRow, steps: readonly TErasureStepRow[]): TErasureRequestView {
  const order = inventory.profile.systems.map((s) => s.id);
  const inOrder = [...steps].sort((a, b) => order.indexOf(a.system) - order.indexOf(b.system));
  return {
    id: row.id,
    scope: row.scope,
    categories: [...row.categories],
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    scheduledFor: row.scheduledFor.toISOString(),
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    startedAt: row.startedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    startedEarly: row.startedEarlyBy !== null,
    steps: inOrder.map((step) => ({
      system: step.system,
      name: inventory.systemName(step.system),
      status: step.status,
      categories: [...step.categories],
      // Re-parsed: the stored receipt passes to the customer only in the published shape.
      receipt: step.status === 'done' && step.receipt ? ZErasureStepReceiptSchema.parse(step.receipt) : null,
      signedReceipt: step.status === 'done' ? step.receiptJws : null,
    })),
    certificate: row.status === 'completed' ? row.certificate : null,
  };
}
