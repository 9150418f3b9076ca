import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { customers } from '../../db/schema/customers.ts';
import { revokePrincipalSessions } from '../auth/session/session.repository.ts';

/**
 * Someone proved (emailed code and data points) that an account uses their identity: it is frozen
 * at once, pending review (no sign-in, sessions ended), so whoever opened it cannot go on using it.
 * Returns whether this call froze it.
 */
export async function freezeReportedAccount(tx: DbOrTx, customerId: string, at: Date): Promise<boolean> {
  const frozen = await tx
    .update(customers)
    .set({ status: 'frozen', updatedAt: at })
    .where(and(eq(customers.id, customerId), inArray(customers.status, ['active', 'restricted'])))
    .returning({ id: customers.id });
  if (frozen.length === 0) return false;
  await revokePrincipalSessions(tx, { kind: 'customer', id: customerId }, 'account-reported', at);
  return true;
}

/** The review found the report unfounded: the account works again. */
export async function unfreezeReportedAccount(tx: DbOrTx, customerId: string, at: Date): Promise<void> {
  await tx.update(customers).set({ status: 'active', updatedAt: at }).where(and(eq(customers.id, customerId), eq(customers.status, 'frozen')));
}
