import { http, HttpResponse } from 'msw';
import { STAFF_ROLE_PERMISSIONS, type TStaffRole } from '@portal/shared/domain/permissions';
import { ZSessionStateSchema, type TSessionState } from '@portal/shared/schemas/auth.schema';
import {
  ZAccessLogResponseSchema,
  ZAuditSearchResponseSchema,
  ZAuditVerificationSchema,
  type TAccessLogResponse,
  type TAuditEntry,
} from '@portal/shared/schemas/audit.schema';
import {
  ZStartImpersonationRequestSchema,
  ZSupportAccessResponseSchema,
  type TImpersonationState,
  type TSupportAccessResponse,
} from '@portal/shared/schemas/impersonation.schema';
import {
  ZCreateStaffMemberRequestSchema,
  ZCustomerSearchResponseSchema,
  ZStaffCustomerViewSchema,
  ZStaffMemberSchema,
  ZUpdateStaffMemberRequestSchema,
  type TStaffCustomerView,
  type TStaffMember,
} from '@portal/shared/schemas/staff.schema';
import { SESSION_URL } from './auth';

export const STAFF_ID = '7a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const CUSTOMER_ID = '6f1c1f0e-4a57-4c3e-9d0e-2b7a4c1d9e01';

/** A signed-in staff member as GET /api/auth/session answers it, optionally impersonating. */
export function createSignedInStaff(role: TStaffRole = 'support-agent', impersonation: TImpersonationState | null = null): TSessionState {
  return ZSessionStateSchema.parse({
    status: 'signed-in',
    principal: {
      kind: 'staff',
      id: STAFF_ID,
      displayName: 'Eva Jansen',
      role,
      permissions: [...STAFF_ROLE_PERMISSIONS[role]],
      impersonation,
    },
    session: {
      id: '0b8f5d0c-8f3e-4a43-9a8e-6d2c1e7f4a10',
      idleExpiresAt: '2099-01-01T00:10:00.000Z',
      absoluteExpiresAt: '2099-01-01T08:00:00.000Z',
      recentlyAuthenticatedUntil: null,
    },
  });
}

export function createStaffCustomerView(overrides: Partial<TStaffCustomerView> = {}): TStaffCustomerView {
  return ZStaffCustomerViewSchema.parse({
    id: CUSTOMER_ID,
    customerNumber: 'COCOMO-010001',
    displayName: 'Sanne de Vries',
    email: 'sanne@example.nl',
    phone: '+31 6 1234 5678',
    language: 'nl',
    status: 'active',
    customerSince: '2021-03-04T10:00:00.000Z',
    supportAccess: { required: false, grantedUntil: null },
    impersonation: { blockedBy: null, maxMinutes: 30 },
    ...overrides,
  });
}

/**
 * The staff console's API with state: searches, the customer, and an impersonation that changes the
 * session the app sees. `calls` records what the app sent.
 */
export function staffApi(options: { role?: TStaffRole; endsInMinutes?: number } = {}) {
  const role = options.role ?? 'support-agent';
  let session = createSignedInStaff(role);
  const calls: { method: string; path: string; body?: unknown }[] = [];
  const impersonation = (reason: string, ticketReference: string): TImpersonationState => ({
    id: '11111111-2222-4333-8444-555555555555',
    customerId: CUSTOMER_ID,
    customerDisplayName: 'Sanne de Vries',
    reasonCategory: 'customer-request',
    reason,
    ticketReference,
    startedAt: new Date().toISOString(),
    endsAt: new Date(Date.now() + (options.endsInMinutes ?? 30) * 60_000).toISOString(),
  });
  return {
    calls,
    handlers: [
      http.get(SESSION_URL, () => HttpResponse.json(session)),
      http.get('/api/staff/customers', ({ request }) => {
        const q = new URL(request.url).searchParams.get('q') ?? '';
        calls.push({ method: 'GET', path: `/api/staff/customers?q=${q}` });
        return HttpResponse.json(
          ZCustomerSearchResponseSchema.parse({
            results: q.toLowerCase().includes('sanne')
              ? [{ id: CUSTOMER_ID, customerNumber: 'COCOMO-010001', displayName: 'Sanne de Vries', emailHint: 's•••@example.nl', phoneHint: '••• 78', status: 'active' }]
              : [],
            truncated: false,
          }),
        );
      }),
      http.get('/api/staff/customers/:id', () => HttpResponse.json(createStaffCustomerView())),
      http.post('/api/impersonation', async ({ request }) => {
        const body = ZStartImpersonationRequestSchema.parse(await request.json());
        calls.push({ method: 'POST', path: '/api/impersonation', body });
        session = createSignedInStaff(role, impersonation(body.reason, body.ticketReference));
        return HttpResponse.json(session);
      }),
      http.post('/api/impersonation/stop', () => {
        calls.push({ method: 'POST', path: '/api/impersonation/stop' });
        session = createSignedInStaff(role);
        return HttpResponse.json(session);
      }),
    ],
  };
}

export function createStaffMember(overrides: Partial<TStaffMember> = {}): TStaffMember {
  return ZStaffMemberSchema.parse({
    id: '22222222-3333-4444-8555-666666666666',
    staffNumber: 'STAFF-002',
    email: 'privacy@cocomo.example',
    firstName: 'Daan',
    familyName: 'Smit',
    role: 'privacy-officer',
    status: 'active',
    secondFactorEnrolled: true,
    createdAt: '2024-01-10T09:00:00.000Z',
    ...overrides,
  });
}

/** GET/POST/PATCH /api/staff/members over an in-memory list. */
export function staffMembersApi() {
  let members: TStaffMember[] = [
    createStaffMember({ id: STAFF_ID, staffNumber: 'STAFF-001', email: 'admin@cocomo.example', firstName: 'Eva', familyName: 'Jansen', role: 'admin' }),
    createStaffMember(),
  ];
  const calls: { method: string; body: unknown }[] = [];
  return {
    calls,
    handlers: [
      http.get('/api/staff/members', () => HttpResponse.json({ members })),
      http.post('/api/staff/members', async ({ request }) => {
        const body = ZCreateStaffMemberRequestSchema.parse(await request.json());
        calls.push({ method: 'POST', body });
        const member = createStaffMember({ ...body, id: '33333333-4444-4555-8666-777777777777', staffNumber: 'STAFF-003', secondFactorEnrolled: false });
        members = [...members, member];
        return HttpResponse.json(member, { status: 201 });
      }),
      http.patch('/api/staff/members/:id', async ({ request, params }) => {
        const change = ZUpdateStaffMemberRequestSchema.parse(await request.json());
        calls.push({ method: 'PATCH', body: change });
        members = members.map((m) => (m.id === params.id ? { ...m, ...change } : m));
        return HttpResponse.json(members.find((m) => m.id === params.id));
      }),
    ],
  };
}

export function createAuditEntry(overrides: Partial<TAuditEntry> = {}): TAuditEntry {
  return {
    seq: 42,
    occurredAt: '2026-11-02T09:00:00.000Z',
    action: 'impersonation.started',
    outcome: 'success',
    actor: 'staff STAFF-001 (support-agent)',
    actorId: STAFF_ID,
    customer: 'COCOMO-010001',
    customerId: CUSTOMER_ID,
    impersonationId: '11111111-2222-4333-8444-555555555555',
    target: 'impersonation:11111111-2222-4333-8444-555555555555',
    details: '{"reasonCategory":"customer-request","ticketReference":"SUP-2041"}',
    hash: 'ab'.repeat(32),
    ...overrides,
  };
}

/** The audit viewer's API: two pages of entries and a verification that finds seq 7 broken. */
export function auditApi() {
  const requests: string[] = [];
  return {
    requests,
    handlers: [
      http.get('/api/staff/audit/events', ({ request }) => {
        const url = new URL(request.url);
        requests.push(url.search);
        const cursor = url.searchParams.get('cursor');
        return HttpResponse.json(
          ZAuditSearchResponseSchema.parse(
            cursor
              ? { entries: [createAuditEntry({ seq: 7, action: 'staff.customer.viewed', details: '{}' })], nextCursor: null }
              : { entries: [createAuditEntry()], nextCursor: 42 },
          ),
        );
      }),
      http.post('/api/staff/audit/verify', () =>
        HttpResponse.json(
          ZAuditVerificationSchema.parse({
            ok: false,
            firstBadSeq: 7,
            reason: 'hash-mismatch',
            events: 6,
            checkpoints: 0,
            lastSeq: null,
            lastCheckpointSeq: null,
            checkedAt: '2026-11-02T09:05:00.000Z',
          }),
        ),
      ),
    ],
  };
}

/** "Who touched my data" and support access, for a customer. */
export function accessLogApi(log: Partial<TAccessLogResponse> = {}) {
  let access: TSupportAccessResponse = { required: false, grant: null, maxDays: 7 };
  const changes: unknown[] = [];
  return {
    changes,
    handlers: [
      http.get('/api/my-data/access-log', () =>
        HttpResponse.json(
          ZAccessLogResponseSchema.parse({
            entries: [
              {
                kind: 'impersonation',
                id: '11111111-2222-4333-8444-555555555555',
                seq: 40,
                at: '2026-11-02T09:00:00.000Z',
                staff: { role: 'support-agent', firstName: 'Eva' },
                reasonCategory: 'customer-request',
                reason: 'The customer called about a missing invoice.',
                ticketReference: 'SUP-2041',
                endedAt: '2026-11-02T09:12:00.000Z',
                endReason: 'stopped',
                viewed: [{ view: 'overview', category: null, categoryLabel: null, at: '2026-11-02T09:01:00.000Z' }],
                refused: 1,
                verified: true,
              },
              { kind: 'staff-access', seq: 39, at: '2026-11-02T08:59:00.000Z', staff: { role: 'support-agent', firstName: 'Eva' }, action: 'staff.customer.viewed', verified: true },
            ],
            nextCursor: null,
            chain: { verified: true, signedUpToSeq: 41, checkedAt: '2026-11-02T09:30:00.000Z' },
            ...log,
          }),
        ),
      ),
      http.get('/api/support-access', () => HttpResponse.json(ZSupportAccessResponseSchema.parse(access))),
      http.put('/api/support-access', async ({ request }) => {
        const body = (await request.json()) as { days: number };
        changes.push(body);
        access = { ...access, grant: { grantedAt: '2026-11-02T09:00:00.000Z', expiresAt: `2026-11-0${2 + body.days}T09:00:00.000Z` } };
        return HttpResponse.json(access);
      }),
      http.delete('/api/support-access', () => {
        changes.push('withdraw');
        access = { ...access, grant: null };
        return HttpResponse.json(access);
      }),
    ],
  };
}
