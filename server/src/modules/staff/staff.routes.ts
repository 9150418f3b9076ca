import {
  ZCreateStaffMemberRequestSchema,
  ZCustomerIdParamsSchema,
  ZCustomerSearchQuerySchema,
  ZCustomerSearchResponseSchema,
  ZStaffCustomerViewSchema,
  ZStaffMemberListSchema,
  ZStaffMemberParamsSchema,
  ZStaffMemberSchema,
  ZUpdateStaffMemberRequestSchema,
} from '@portal/shared/schemas/staff.schema';
import { staffWith } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TCustomerSearchService } from './customer-search.service.ts';
import type { TStaffMembersService } from './staff-members.service.ts';

const tags = ['staff'];

/** The staff console: customer search and summary (support, privacy), staff accounts (admins). */
export function registerStaffRoutes(
  routes: RouteRegistry,
  services: { customers: TCustomerSearchService; members: TStaffMembersService },
): void {
  const { customers, members } = services;

  routes.add({
    method: 'get', path: '/api/staff/customers', tags,
    summary: 'Find customers by email, phone, customer number or name; each hit shows only enough to pick the right person. Audited.',
    policy: staffWith('search:customers:any'),
    request: { query: ZCustomerSearchQuerySchema },
    responses: { 200: { description: 'Up to 20 matches', schema: ZCustomerSearchResponseSchema } },
    handler: async ({ input, ctx, res }) => res.json(await customers.search(ctx, input.query.q)),
  });

  routes.add({
    method: 'get', path: '/api/staff/customers/:customerId', tags,
    summary: 'A customer’s summary for staff, with whether they can be impersonated now. Audited.',
    policy: staffWith('read:personal-data:any'),
    request: { params: ZCustomerIdParamsSchema },
    responses: { 200: { description: 'The customer', schema: ZStaffCustomerViewSchema }, 404: { description: 'No such customer' } },
    handler: async ({ input, ctx, res }) => res.json(await customers.view(ctx, input.params.customerId)),
  });

  routes.add({
    method: 'get', path: '/api/staff/members', tags,
    summary: 'Every staff account with its role and status.',
    policy: staffWith('manage:staff:any'),
    responses: { 200: { description: 'Staff accounts', schema: ZStaffMemberListSchema } },
    handler: async ({ res }) => res.json({ members: await members.list() }),
  });

  routes.add({
    method: 'post', path: '/api/staff/members', tags,
    summary: 'Add a staff account; the new member gets an email to choose a password, then enrols an authenticator app.',
    policy: staffWith('manage:staff:any', { stepUp: true }),
    request: { body: ZCreateStaffMemberRequestSchema },
    responses: { 201: { description: 'Created', schema: ZStaffMemberSchema }, 409: { description: 'The email address is taken' } },
    handler: async ({ input, ctx, res }) => res.status(201).json(await members.create(ctx, input.body)),
  });

  routes.add({
    method: 'patch', path: '/api/staff/members/:staffId', tags,
    summary: 'Change a staff member’s role, or disable (ends their sessions) or enable the account.',
    policy: staffWith('manage:staff:any', { stepUp: true }),
    request: { params: ZStaffMemberParamsSchema, body: ZUpdateStaffMemberRequestSchema },
    responses: {
      200: { description: 'The account after the change', schema: ZStaffMemberSchema },
      403: { description: 'Your own account' },
      404: { description: 'No such staff member' },
    },
    handler: async ({ input, ctx, res }) => res.json(await members.update(ctx, input.params.staffId, input.body)),
  });
}
