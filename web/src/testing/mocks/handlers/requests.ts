import { http, HttpResponse } from 'msw';
import type { TApiError } from '@portal/shared/schemas/common.schema';
import {
  ZAssignRequestSchema,
  ZCompleteRequestSchema,
  ZDecideHoldSchema,
  ZFileRequestSchema,
  ZIdDocumentUploadResponseSchema,
  ZIdDocumentUploadSchema,
  ZProposeHoldSchema,
  ZPublicRequestConfirmResponseSchema,
  ZPublicRequestConfirmSchema,
  ZPublicRequestStartResponseSchema,
  ZPublicRequestStartSchema,
  ZReasonBodySchema,
  ZRequestDeadlinesSchema,
  ZRequestListResponseSchema,
  ZRequestMessageBodySchema,
  ZRequestMetricsResponseSchema,
  ZRequestViewSchema,
  ZStaffRequestQueueResponseSchema,
  ZStaffRequestViewSchema,
  ZVerifyIdentitySchema,
  type TRequestDeadlines,
  type TRequestView,
  type TStaffRequestView,
} from '@portal/shared/schemas/requests.schema';
import { STAFF_ID } from './staff';

export const REQUEST_ID = 'a0b1c2d3-0000-4000-8000-000000000001';
export const HOLD_ID = 'a0b1c2d3-0000-4000-8000-0000000000a1';
export const VERIFICATION_ID = 'a0b1c2d3-0000-4000-8000-0000000000f1';
export const RIGHT_CODE = '123456';
const OTHER_OFFICER = { id: 'a0b1c2d3-0000-4000-8000-0000000000c1', displayName: 'Daan Smit' };

export function createDeadlines(overrides: Partial<TRequestDeadlines> = {}): TRequestDeadlines {
  return ZRequestDeadlinesSchema.parse({
    acknowledgeBy: null,
    answerBy: '2026-12-01T22:59:59.999Z',
    answerOn: '2026-12-01',
    firstAnswerBy: '2026-12-01T22:59:59.999Z',
    extendableTo: '2027-02-01T22:59:59.999Z',
    extension: 'available',
    source: 'operator-promise',
    citation: 'Cocomo privacy statement: within 4 weeks (GDPR Art. 12(3): 1 month)',
    timeZone: 'Europe/Amsterdam',
    daysLeft: 20,
    state: 'on-track',
    ...overrides,
  });
}

/** A customer's request as GET /api/requests/:id answers it, parsed so the mock cannot drift from the contract. */
export function createRequestView(overrides: Partial<TRequestView> = {}): TRequestView {
  return ZRequestViewSchema.parse({
    id: REQUEST_ID,
    reference: 'REQ-2026-000042',
    type: 'restriction',
    status: 'in-progress',
    origin: 'portal',
    receivedAt: '2026-11-03T09:00:00.000Z',
    closedAt: null,
    deadlines: createDeadlines(),
    details: 'Please stop using my order history for recommendations.',
    acknowledgedAt: '2026-11-03T10:00:00.000Z',
    outcomeReason: null,
    extensionReason: null,
    complaintTo: { name: 'Autoriteit Persoonsgegevens', url: 'https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-doorgeven' },
    results: [],
    timeline: [
      { at: '2026-11-03T09:00:00.000Z', kind: 'filed', status: 'received', actor: 'customer', note: null },
      { at: '2026-11-03T10:00:00.000Z', kind: 'status-changed', status: 'in-progress', actor: 'staff', note: null },
    ],
    messages: [{ id: 'a0b1c2d3-0000-4000-8000-0000000000e1', at: '2026-11-03T10:05:00.000Z', from: 'staff', body: 'We are looking into it.' }],
    cancellable: true,
    ...overrides,
  });
}

const summaryOf = ({ id, reference, type, status, origin, receivedAt, closedAt, deadlines }: TRequestView) => ({
  id,
  reference,
  type,
  status,
  origin,
  receivedAt,
  closedAt,
  deadlines,
});

type TAnswer = { status: number; body: TApiError };
export const apiError = (code: TApiError['code'], message: string): TApiError => ({ code, message, requestId: 'req-test-9' });

/** The customer's requests API with state: filing adds to the list, messages add to the thread, cancel cancels. */
export function requestsApi(options: { requests?: TRequestView[] } = {}) {
  let requests = [...(options.requests ?? [])];
  const filed: unknown[] = [];
  const messages: unknown[] = [];
  const answers: TAnswer[] = [];
  const update = (id: string, change: (view: TRequestView) => TRequestView) => {
    requests = requests.map((r) => (r.id === id ? ZRequestViewSchema.parse(change(r)) : r));
    return requests.find((r) => r.id === id);
  };
  return {
    filed,
    messages,
    refuseNext: (status: number, body: TApiError) => answers.push({ status, body }),
    handlers: [
      http.get('/api/requests', () => HttpResponse.json(ZRequestListResponseSchema.parse({ requests: requests.map(summaryOf) }))),
      http.get('/api/requests/:id', ({ params }) => {
        const found = requests.find((r) => r.id === params.id);
        return found ? HttpResponse.json(found) : HttpResponse.json(apiError('not_found', 'No such request.'), { status: 404 });
      }),
      http.post('/api/requests', async ({ request }) => {
        const body = ZFileRequestSchema.parse(await request.json());
        filed.push(body);
        const refused = answers.shift();
        if (refused) return HttpResponse.json(refused.body, { status: refused.status });
        const view = createRequestView({
          id: `a0b1c2d3-0000-4000-8000-00000000010${filed.length}`,
          reference: `REQ-2026-00010${filed.length}`,
          type: body.type,
          status: 'received',
          details: body.details,
          acknowledgedAt: null,
          timeline: [{ at: '2026-11-04T09:00:00.000Z', kind: 'filed', status: 'received', actor: 'customer', note: null }],
          messages: [],
          deadlines: createDeadlines({ answerOn: '2026-11-19', answerBy: '2026-11-19T16:59:59.999Z', daysLeft: 15 }),
        });
        requests = [view, ...requests];
        return HttpResponse.json(view, { status: 201 });
      }),
      http.post('/api/requests/:id/messages', async ({ params, request }) => {
        const body = ZRequestMessageBodySchema.parse(await request.json());
        messages.push(body);
        return HttpResponse.json(
          update(String(params.id), (r) => ({
            ...r,
            messages: [...r.messages, { id: `a0b1c2d3-0000-4000-8000-0000000002${String(messages.length).padStart(2, '0')}`, at: '2026-11-04T12:00:00.000Z', from: 'customer', body: body.body }],
          })),
          { status: 201 },
        );
      }),
      http.post('/api/requests/:id/cancel', ({ params }) =>
        HttpResponse.json(update(String(params.id), (r) => ({ ...r, status: 'cancelled', cancellable: false, closedAt: '2026-11-04T12:00:00.000Z', deadlines: { ...r.deadlines, state: 'closed', daysLeft: null } }))),
      ),
    ],
  };
}

/** A request as a privacy officer sees it (GET /api/staff/requests/:id), parsed against the contract. */
export function createStaffRequestView(overrides: Partial<TStaffRequestView> = {}): TStaffRequestView {
  return ZStaffRequestViewSchema.parse({
    ...createRequestView(),
    customerNumber: 'COCOMO-010001',
    customerId: '6f1c1f0e-4a57-4c3e-9d0e-2b7a4c1d9e01',
    requester: null,
    assignedTo: null,
    identityVerifiedAt: null,
    holds: [],
    documents: [],
    actions: { acknowledge: false, verifyIdentity: true, extend: true, complete: true, reject: true, proposeHold: true, proposeLift: false },
    ...overrides,
  });
}

const staffSummaryOf = (view: TStaffRequestView) => ({
  ...summaryOf(view),
  customerNumber: view.customerNumber,
  assignedTo: view.assignedTo,
  identityVerified: view.identityVerifiedAt !== null,
});

/** The staff queue and actions with state; `calls` records each action's path and body; `refuseNext` fails the next action once. */
export function staffRequestsApi(options: { requests?: TStaffRequestView[] } = {}) {
  let requests = [...(options.requests ?? [createStaffRequestView()])];
  const queries: string[] = [];
  const calls: { action: string; body: unknown }[] = [];
  const answers: TAnswer[] = [];
  const parsers: Record<string, (body: unknown) => unknown> = {
    assign: (b) => ZAssignRequestSchema.parse(b),
    acknowledge: () => ({}),
    'verify-identity': (b) => ZVerifyIdentitySchema.parse(b),
    extend: (b) => ZReasonBodySchema.parse(b),
    complete: (b) => ZCompleteRequestSchema.parse(b),
    reject: (b) => ZReasonBodySchema.parse(b),
    messages: (b) => ZRequestMessageBodySchema.parse(b),
    holds: (b) => ZProposeHoldSchema.parse(b),
  };
  const apply = (view: TStaffRequestView, action: string, body: Record<string, string>): TStaffRequestView => {
    switch (action) {
      case 'assign':
        return { ...view, assignedTo: body.to === 'me' ? { id: STAFF_ID, displayName: 'Eva Jansen' } : null };
      case 'extend':
        return {
          ...view,
          status: 'extended',
          extensionReason: body.reason ?? null,
          deadlines: { ...view.deadlines, answerOn: '2027-02-01', extension: 'taken' },
          actions: { ...view.actions, extend: false },
          timeline: [...view.timeline, { at: '2026-11-05T09:00:00.000Z', kind: 'extended', status: 'extended', actor: 'staff', note: body.reason ?? null }],
        };
      case 'messages':
        return { ...view, messages: [...view.messages, { id: 'a0b1c2d3-0000-4000-8000-0000000003e1', at: '2026-11-05T09:00:00.000Z', from: 'staff', body: body.body ?? '' }] };
      case 'holds':
        return {
          ...view,
          holds: [
            ...view.holds,
            { id: HOLD_ID, action: 'place', reason: body.reason ?? '', proposedBy: { id: STAFF_ID, displayName: 'Eva Jansen' }, proposedAt: '2026-11-05T09:00:00.000Z', decidedBy: null, decidedAt: null, decision: 'pending', canDecide: false },
          ],
        };
      default:
        return view;
    }
  };
  return {
    queries,
    calls,
    refuseNext: (status: number, body: TApiError) => answers.push({ status, body }),
    handlers: [
      http.get('/api/staff/requests', ({ request }) => {
        const search = new URL(request.url).searchParams;
        queries.push(search.toString());
        const due = search.get('due');
        const shown = requests.filter((r) => !due || r.deadlines.state === due);
        const open = requests.filter((r) => r.deadlines.state !== 'closed');
        return HttpResponse.json(
          ZStaffRequestQueueResponseSchema.parse({
            requests: shown.map(staffSummaryOf),
            counts: { open: open.length, dueSoon: open.filter((r) => r.deadlines.state === 'due-soon').length, overdue: open.filter((r) => r.deadlines.state === 'overdue').length },
          }),
        );
      }),
      http.get('/api/staff/requests/:id', ({ params }) => {
        const found = requests.find((r) => r.id === params.id);
        return found ? HttpResponse.json(found) : HttpResponse.json(apiError('not_found', 'No such request.'), { status: 404 });
      }),
      http.post('/api/staff/requests/:id/holds/:holdId/decision', async ({ request, params }) => {
        const body = ZDecideHoldSchema.parse(await request.json());
        calls.push({ action: 'decide-hold', body });
        const refused = answers.shift();
        if (refused) return HttpResponse.json(refused.body, { status: refused.status });
        requests = requests.map((r) =>
          r.id === params.id
            ? { ...r, holds: r.holds.map((h) => (h.id === params.holdId ? { ...h, decision: body.decision, decidedBy: OTHER_OFFICER, decidedAt: '2026-11-05T10:00:00.000Z', canDecide: false } : h)) }
            : r,
        );
        return HttpResponse.json(ZStaffRequestViewSchema.parse(requests.find((r) => r.id === params.id)));
      }),
      http.post('/api/staff/requests/:id/:action', async ({ request, params }) => {
        const action = String(params.action);
        const parse = parsers[action];
        if (!parse) return HttpResponse.json(apiError('not_found', 'No such action.'), { status: 404 });
        const text = await request.text();
        const body = parse(text ? JSON.parse(text) : {});
        calls.push({ action, body });
        const refused = answers.shift();
        if (refused) return HttpResponse.json(refused.body, { status: refused.status });
        requests = requests.map((r) => (r.id === params.id ? ZStaffRequestViewSchema.parse(apply(r, action, body as Record<string, string>)) : r));
        return HttpResponse.json(requests.find((r) => r.id === params.id));
      }),
    ],
  };
}

/** The public request pages' API: start answers the same whatever the email, the code is RIGHT_CODE, `expire()` makes it 410. */
export function publicRequestsApi(options: { metrics?: 'published' | 'none' } = {}) {
  const started: unknown[] = [];
  const codes: string[] = [];
  const uploads: { fileName: string; contentType: string; bytes: number }[] = [];
  let expired = false;
  return {
    started,
    codes,
    uploads,
    expire: () => {
      expired = true;
    },
    handlers: [
      http.post('/api/public-requests', async ({ request }) => {
        const body = ZPublicRequestStartSchema.parse(await request.json());
        started.push(body);
        return HttpResponse.json(ZPublicRequestStartResponseSchema.parse({ verificationId: VERIFICATION_ID, minutesValid: 15, sentTo: body.email }), { status: 201 });
      }),
      http.post('/api/public-requests/id-document', async ({ request }) => {
        const body = ZIdDocumentUploadSchema.parse(await request.json());
        uploads.push({ fileName: body.fileName, contentType: body.contentType, bytes: atob(body.data).length });
        return HttpResponse.json(ZIdDocumentUploadResponseSchema.parse({ received: true, deleteBy: '2026-12-03T09:00:00.000Z' }), { status: 201 });
      }),
      http.post('/api/public-requests/:verificationId/confirm', async ({ request }) => {
        const { code } = ZPublicRequestConfirmSchema.parse(await request.json());
        codes.push(code);
        if (expired) return HttpResponse.json(apiError('gone', 'The code expired.'), { status: 410 });
        if (code !== RIGHT_CODE) return HttpResponse.json(apiError('bad_request', 'Wrong code.'), { status: 400 });
        return HttpResponse.json(ZPublicRequestConfirmResponseSchema.parse({ reference: 'REQ-2026-000077', type: 'erasure', answerOn: '2026-12-18', uploadToken: 'upload-token-abcdef' }));
      }),
      http.get('/api/public/request-metrics', ({ request }) => {
        if (options.metrics === 'none') return HttpResponse.json(apiError('not_found', 'No metrics.'), { status: 404 });
        const year = Number(new URL(request.url).searchParams.get('year') ?? 2025);
        return HttpResponse.json(
          ZRequestMetricsResponseSchema.parse({
            year,
            rows: [
              { type: 'access', received: 120, completed: 110, denied: 4, medianDaysToAnswer: 12, meanDaysToAnswer: 14.5 },
              { type: 'erasure', received: 40, completed: 38, denied: 1, medianDaysToAnswer: null, meanDaysToAnswer: null },
            ],
            generatedAt: '2026-01-02T08:00:00.000Z',
          }),
        );
      }),
    ],
  };
}
