import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_ROLES, staffRoleHas, type TStaffRole } from '@portal/shared/domain/permissions';
import { ZApiErrorSchema } from '@portal/shared/schemas/common.schema';
import { startTestApp, type TTestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import { signedInNewCustomer, signedInNewStaff } from '../../test/fixtures/sign-in.ts';
import type { TRoutePolicy } from './route-policy.ts';
import type { TRouteSpec } from './route-registry.ts';

/**
 * Issue 10's authorization matrix: every route of the server's route table, called as every kind of
 * principal. What each may get follows from the route's declared policy alone, so a new route is
 * covered the moment it is registered, and a route without a policy fails here.
 */
type TCaller = 'anonymous' | 'owner' | 'other-customer' | TStaffRole | 'support-agent-impersonating-owner';
const CALLERS: readonly TCaller[] = ['anonymous', 'owner', 'other-customer', ...STAFF_ROLES, 'support-agent-impersonating-owner'];
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

type TExpectation = 'unauthenticated' | 'forbidden' | 'allowed' | 'any';

function expectationFor(policy: TRoutePolicy, caller: TCaller): TExpectation {
  if (policy.kind === 'public') return 'any';
  if (caller === 'anonymous') return 'unauthenticated';
  if (caller === 'support-agent-impersonating-owner') {
    // security.md line 18: reads as the customer work, their changes, own credentials and nesting do not.
    if (policy.kind === 'customer') return policy.whileImpersonating === 'allowed' ? 'allowed' : 'forbidden';
    if (policy.whileImpersonating === 'forbidden') return 'forbidden';
    if (policy.kind === 'session') return 'allowed';
    return staffRoleHas('support-agent', policy.permission) ? 'allowed' : 'forbidden';
  }
  if (policy.kind === 'session') return 'allowed';
  const isCustomer = caller === 'owner' || caller === 'other-customer';
  if (policy.kind === 'customer') return isCustomer ? 'allowed' : 'forbidden';
  return !isCustomer && staffRoleHas(caller, policy.permission) ? 'allowed' : 'forbidden';
}

let app: TTestApp;
let ownerSessionId: string;
let ownerCustomerId: string;
const clients = new Map<TCaller, TestClient>();

/** A signed-in browser per caller, replaced when a route (sign-out, revoke) ended its session. */
async function clientFor(caller: Exclude<TCaller, 'anonymous'>): Promise<TestClient> {
  const existing = clients.get(caller);
  if (existing) {
    const state = (await existing.json<{ status: string; principal?: { impersonation?: unknown } }>(existing.get('/api/auth/session'))).body;
    const usable = state.status === 'signed-in' && (caller !== 'support-agent-impersonating-owner' || state.principal?.impersonation);
    if (usable) return existing;
  }
  await app.resetRateLimits();
  let client: TestClient;
  if (caller === 'owner' || caller === 'other-customer') {
    const created = await signedInNewCustomer(app);
    client = created.client;
    if (caller === 'owner') ownerCustomerId = created.customer.id;
  } else if (caller === 'support-agent-impersonating-owner') {
    client = (await signedInNewStaff(app, 'support-agent')).client;
    const started = await client.post('/api/impersonation', {
      customerId: ownerCustomerId,
      reasonCategory: 'customer-request',
      reason: 'The customer asked us on the phone to check their orders.',
      ticketReference: 'SUP-1001',
    });
    if (started.status !== 200) throw new Error(`impersonation answered ${started.status}: ${await started.text()}`);
  } else {
    client = (await signedInNewStaff(app, caller)).client;
  }
  clients.set(caller, client);
  if (caller === 'owner') {
    const sessions = await client.json<{ sessions: { id: string; current: boolean }[] }>(client.get('/api/auth/sessions'));
    ownerSessionId = sessions.body.sessions.find((s) => s.current)?.id ?? UNKNOWN_ID;
  }
  return client;
}

/** Path parameters: the owner's own resources where the route names one, else an id nobody has. */
function concretePath(path: string): string {
  if (path === '/api/auth/sessions/:id') return `/api/auth/sessions/${ownerSessionId}`;
  if (path.includes(':customerId')) return path.replace(':customerId', ownerCustomerId);
  return path.replace(/:([A-Za-z]+)/g, (_m, name: string) => (name === 'token' ? 'not-a-token' : UNKNOWN_ID));
}

async function call(caller: TCaller, route: TRouteSpec): Promise<{ status: number; code: string | undefined }> {
  const method = route.method.toUpperCase();
  const body = method === 'GET' || method === 'DELETE' ? undefined : {};
  let response: Response;
  if (caller === 'anonymous') {
    response = await app.request(concretePath(route.path), {
      method,
      headers: { 'x-requested-with': 'custodia', 'sec-fetch-site': 'same-origin', ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  } else {
    const client = await clientFor(caller);
    response = await client.call(method, concretePath(route.path), body);
  }
  const text = await response.text();
  let code: string | undefined;
  if (response.status >= 400 && (response.headers.get('content-type') ?? '').includes('json')) {
    code = ZApiErrorSchema.parse(JSON.parse(text)).code;
  }
  return { status: response.status, code };
}

beforeAll(async () => {
  app = await startTestApp({ profile: 'cocomo', smsWebhookSecret: 'x'.repeat(40) });
  app.clock.set(new Date('2026-11-02T09:00:00Z'));
  await clientFor('owner');
});
afterAll(async () => {
  await app.close();
});

describe('the route table', () => {
  it('declares a policy for every route, and a reason for every public one', () => {
    expect(app.routes.routes.length).toBeGreaterThan(20);
    for (const route of app.routes.routes) {
      expect(route.policy, `${route.method} ${route.path}`).toBeDefined();
      expect(['public', 'session', 'customer', 'staff']).toContain(route.policy.kind);
      if (route.policy.kind === 'public') expect(route.policy.why.length, route.path).toBeGreaterThan(10);
    }
  });
});

describe('every route as every caller', () => {
  it('answers as the policy says: 401 anonymous, 403 wrong kind or role, never 5xx, never another customer’s data', async () => {
    const failures: string[] = [];
    // Sign-out, revocations and the end of an impersonation end what the caller holds: run them last
    // so fewer sessions are rebuilt.
    const ending = /sign-out|revoke|sessions\/:id|impersonation\/stop|support-access/;
    const ordered = [...app.routes.routes].sort((a, b) => Number(ending.test(a.path)) - Number(ending.test(b.path)));
    for (const route of ordered) {
      for (const caller of CALLERS) {
        const expected = expectationFor(route.policy, caller);
        const { status, code } = await call(caller, route);
        const where = `${route.method.toUpperCase()} ${route.path} as ${caller}: ${status} ${code ?? ''}`;
        if (status >= 500) failures.push(`${where} (server error)`);
        else if (expected === 'unauthenticated' && status !== 401) failures.push(`${where} (expected 401)`);
        else if (expected === 'forbidden' && status !== 403) failures.push(`${where} (expected 403)`);
        else if (expected === 'allowed' && (code === 'unauthenticated' || code === 'forbidden')) failures.push(`${where} (expected access)`);
        // The owner's session id in the path: another customer must not reach it, whatever the policy.
        if (caller === 'other-customer' && route.path.includes('/sessions/:id') && status < 300) {
          failures.push(`${where} (reached the owner's resource)`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 360_000);
});
