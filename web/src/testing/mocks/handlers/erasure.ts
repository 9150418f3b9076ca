import { http, HttpResponse } from 'msw';
import type { TApiError } from '@portal/shared/schemas/common.schema';
import {
  ZCreateErasureRequestSchema,
  ZErasurePreviewResponseSchema,
  ZErasureRequestViewSchema,
  ZRestrictionViewSchema,
  type TErasurePreviewResponse,
  type TErasureRequestView,
  type TRestrictionView,
  type TVerifyCertificateResponse,
} from '@portal/shared/schemas/erasure.schema';

export const GRACE_ENDS = '2026-11-16T09:00:00.000Z';

/** A cocomo-like preview: own tables (orders erased, visits anonymised, invoices kept 7 years) and the newsletter service. */
export function createErasurePreview(): TErasurePreviewResponse {
  return ZErasurePreviewResponseSchema.parse({
    language: 'en',
    generatedAt: '2026-11-02T09:00:00.000Z',
    graceDays: 14,
    startsAt: GRACE_ENDS,
    systems: [
      {
        id: 'own-tables',
        name: 'Customer panel',
        kind: 'own-tables',
        availability: { status: 'available' },
        categories: [
          { id: 'account', name: 'Account', outcome: 'erase', selectable: false, records: 1, anonymisedFields: [], kept: null },
          { id: 'orders', name: 'Orders', outcome: 'erase', selectable: true, records: 12, anonymisedFields: [], kept: null },
          { id: 'website-visits', name: 'Website visits', outcome: 'anonymise', selectable: true, records: 140, anonymisedFields: ['Page', 'Time on page'], kept: null },
          {
            id: 'invoices',
            name: 'Invoices',
            outcome: 'keep',
            selectable: false,
            records: 2,
            anonymisedFields: [],
            kept: {
              kind: 'legal-hold',
              holdId: 'fiscal-retention',
              reason: 'We must keep invoices for 7 years for the tax authority.',
              law: 'AWR art. 52 lid 4',
              purgeFrom: '2031-03-01',
              purgeUntil: '2033-08-16',
              items: [
                { recordId: 'inv-1', occurredAt: '2024-03-01T10:00:00.000Z', purgeOn: '2031-03-01' },
                { recordId: 'inv-2', occurredAt: '2026-08-16T10:00:00.000Z', purgeOn: '2033-08-16' },
              ],
              more: 0,
            },
          },
        ],
      },
      {
        id: 'newsletter',
        name: 'Newsletter service',
        kind: 'http',
        availability: { status: 'unavailable', reason: 'unreachable' },
        categories: [{ id: 'newsletter-subscription', name: 'Newsletter subscription', outcome: 'erase', selectable: true, records: null, anonymisedFields: [], kept: null }],
      },
    ],
  });
}

export function createErasureRequestView(overrides: Partial<TErasureRequestView> = {}): TErasureRequestView {
  return ZErasureRequestViewSchema.parse({
    id: 'e1b2c3d4-0000-4000-8000-000000000001',
    scope: 'account',
    categories: ['account', 'orders', 'website-visits', 'invoices', 'newsletter-subscription'],
    status: 'scheduled',
    createdAt: '2026-11-02T09:00:00.000Z',
    scheduledFor: GRACE_ENDS,
    cancelledAt: null,
    startedAt: null,
    completedAt: null,
    startedEarly: false,
    steps: [],
    certificate: null,
    ...overrides,
  });
}

export type TErasureCreateCall = { idempotencyKey: string | null; body: unknown };
type TAnswer = { status: number; body: TApiError };

/**
 * The erasure API as the page and the banner use it, with state: POST schedules a request that the
 * list then returns, cancel cancels it; `refuseNextCreate` fails the next POST once.
 */
export function erasureApi(options: { requests?: TErasureRequestView[]; restriction?: TRestrictionView['status']; verify?: TVerifyCertificateResponse } = {}) {
  let requests = [...(options.requests ?? [])];
  let restriction: TRestrictionView = { status: options.restriction ?? 'active', since: options.restriction === 'restricted' ? '2026-10-01T08:00:00.000Z' : null, systems: [] };
  const created: TErasureCreateCall[] = [];
  const cancelled: string[] = [];
  const verified: string[] = [];
  const createAnswers: TAnswer[] = [];

  return {
    created,
    cancelled,
    verified,
    refuseNextCreate: (status: number, body: TApiError) => createAnswers.push({ status, body }),
    handlers: [
      http.get('/api/erasure/preview', () => HttpResponse.json(createErasurePreview())),
      http.get('/api/erasure-requests', () => HttpResponse.json({ requests })),
      http.post('/api/erasure-requests', async ({ request }) => {
        const body = ZCreateErasureRequestSchema.parse(await request.json());
        created.push({ idempotencyKey: request.headers.get('idempotency-key'), body });
        const refused = createAnswers.shift();
        if (refused) return HttpResponse.json(refused.body, { status: refused.status });
        const view = createErasureRequestView({ id: `e1b2c3d4-0000-4000-8000-00000000000${created.length + 1}`, scope: body.scope, categories: body.scope === 'account' ? [] : body.categories });
        requests = [view, ...requests];
        return HttpResponse.json(view, { status: 202 });
      }),
      http.post('/api/erasure-requests/:id/cancel', ({ params }) => {
        const id = String(params.id);
        cancelled.push(id);
        requests = requests.map((r) => (r.id === id ? { ...r, status: 'cancelled' as const, cancelledAt: '2026-11-02T09:10:00.000Z' } : r));
        return HttpResponse.json(requests.find((r) => r.id === id));
      }),
      http.get('/api/processing-restriction', () => HttpResponse.json(ZRestrictionViewSchema.parse(restriction))),
      http.post('/api/processing-restriction', () => {
        restriction = { status: 'restricted', since: '2026-11-02T09:00:00.000Z', systems: [{ system: 'newsletter', name: 'Newsletter service', status: 'failed', reason: 'unreachable' }] };
        return HttpResponse.json(restriction);
      }),
      http.delete('/api/processing-restriction', () => {
        restriction = { status: 'active', since: null, systems: [] };
        return HttpResponse.json(restriction);
      }),
      http.post('/api/erasure-certificates/verify', async ({ request }) => {
        const { certificate } = (await request.json()) as { certificate: string };
        verified.push(certificate);
        return HttpResponse.json(options.verify ?? { valid: false });
      }),
    ],
  };
}

/** Signed-in pages show the grace banner when a request waits: by default, none does. */
export const erasureHandlers = [http.get('/api/erasure-requests', () => HttpResponse.json({ requests: [] }))];
