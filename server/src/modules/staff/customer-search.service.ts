import type { TCustomerSearchKind } from '@portal/shared/domain/audit-events';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { TCustomerSearchResponse, TStaffCustomerView } from '@portal/shared/schemas/staff.schema';
import type { Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { impersonationBlock, type TEligibilityDeps } from '../impersonation/impersonation-eligibility.ts';
import { findActiveGrant, findCustomer } from '../impersonation/impersonation.repository.ts';
import { presentCustomerView, presentSearchResult } from './staff.presenter.ts';
import { searchCustomers } from './staff.repository.ts';

const MAX_RESULTS = 20;

/** What the search box holds: an email, a customer number (`COCOMO-010001`), a phone number or a name. */
export function classifyCustomerQuery(query: string): TCustomerSearchKind {
  const q = query.trim();
  if (q.includes('@')) return 'email';
  if (/^[A-Za-z]{1,12}-[0-9A-Za-z]{3,}$/.test(q) && /\d/.test(q)) return 'customer-number';
  if (/^[0-9+()\-. ]+$/.test(q) && q.replace(/\D/g, '').length >= 4) return 'phone';
  return 'name';
}

/** Customer search and the customer summary of the staff console; every use is audited. */
export function createCustomerSearchService(deps: { db: Db; clock: TClock; profile: TProfile; audit: TAuditRecorder } & TEligibilityDeps) {
  const { db, audit } = deps;
  return {
    async search(ctx: TRequestContext, query: string): Promise<TCustomerSearchResponse> {
      const kind = classifyCustomerQuery(query);
      const rows = await searchCustomers(db, kind, query, MAX_RESULTS);
      const results = rows.slice(0, MAX_RESULTS);
      // The query itself is personal data: the trail keeps how staff searched and how much they saw.
      await audit(db, ctx, {
        action: 'staff.customers.searched',
        outcome: 'success',
        subjectCustomerId: results.length === 1 ? (results[0]?.id ?? null) : null,
        details: { queryKind: kind, resultCount: results.length },
      });
      return { results: results.map(presentSearchResult), truncated: rows.length > MAX_RESULTS };
    },

    async view(ctx: TRequestContext, customerId: string): Promise<TStaffCustomerView> {
      const customer = await findCustomer(db, customerId);
      if (!customer) throw new AppError('not_found', 'No such customer.');
      const now = deps.clock.now();
      const [block, grant] = await Promise.all([
        impersonationBlock(db, deps, customer, now),
        findActiveGrant(db, customer.id, now),
      ]);
      await audit(db, ctx, {
        action: 'staff.customer.viewed',
        outcome: 'success',
        subjectCustomerId: customer.id,
        targetType: 'customer',
        targetId: customer.id,
      });
      return presentCustomerView(customer, {
        block,
        maxMinutes: deps.profile.settings.impersonationMaxMinutes,
        grantRequired: deps.profile.settings.requireSupportGrant,
        grantedUntil: grant?.expiresAt ?? null,
      });
    },
  };
}

export type TCustomerSearchService = ReturnType<typeof createCustomerSearchService>;
