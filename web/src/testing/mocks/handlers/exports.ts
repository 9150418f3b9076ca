import { http, HttpResponse } from 'msw';
import type { TAppErrorCode } from '@portal/shared/errors/app-error-code';
import type { TApiError } from '@portal/shared/schemas/common.schema';
import {
  ZCreateExportRequestSchema,
  ZExportListResponseSchema,
  ZExportViewSchema,
  type TExportView,
} from '@portal/shared/schemas/export.schema';
import { ZCategoriesOnlyResponseSchema } from '@portal/shared/schemas/personal-data.schema';

export const CATEGORY_IDS = ['account', 'orders', 'newsletter'] as const;

/** GET /api/my-data/categories-only: the three categories the download form offers. */
export function categoriesOnlyHandler() {
  const names = { account: 'Account', orders: 'Orders', newsletter: 'Newsletter subscription' };
  const body = ZCategoriesOnlyResponseSchema.parse({
    language: 'en',
    categories: CATEGORY_IDS.map((id) => ({
      id,
      name: names[id],
      description: `${names[id]} held about you.`,
      ccpaCategory: 'identifiers',
      sensitive: false,
      sources: [{ kind: 'provided-by-you', partner: null }],
      purposes: [{ id: 'account', name: 'Your account', description: 'To give you access to your account.' }],
      recipients: [],
    })),
  });
  return http.get('/api/my-data/categories-only', () => HttpResponse.json(body));
}

/** An export as the API presents it, parsed so a contract change breaks the tests that use it. */
export function createExportView(overrides: Partial<TExportView> = {}): TExportView {
  return ZExportViewSchema.parse({
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    status: 'queued',
    categories: [...CATEGORY_IDS],
    dateRange: null,
    formats: ['json', 'csv', 'html'],
    progress: { categoriesDone: 0, categoriesTotal: 3, recordsWritten: 0, percent: 0 },
    createdAt: '2026-11-02T09:00:00.000Z',
    completedAt: null,
    expiresAt: null,
    fileSize: null,
    failure: null,
    ...overrides,
  });
}

export function apiError(code: TAppErrorCode, message = 'Refused.', fields?: Record<string, string[]>): TApiError {
  return { code, message, requestId: 'req-test-exports', ...(fields ? { fields } : {}) };
}

type TAnswer = { status: number; body: TApiError; then?: () => void };
export type TCreateCall = { idempotencyKey: string | null; body: unknown };

/**
 * The exports API as the download page uses it, with state: POST queues a new export that the
 * list and detail then return. `refuseNext*` makes the next call fail once; `update` moves an
 * export along (progress, ready) as the server's job would.
 */
export function exportsApi(initial: TExportView[] = []) {
  let exports = [...initial];
  const created: TCreateCall[] = [];
  const linkRequests: string[] = [];
  const createAnswers: TAnswer[] = [];
  const linkAnswers: TAnswer[] = [];
  const refuse = (answer: TAnswer | undefined) => {
    if (!answer) return null;
    answer.then?.();
    return HttpResponse.json(answer.body, { status: answer.status });
  };

  return {
    created,
    linkRequests,
    refuseNextCreate: (status: number, body: TApiError, then?: () => void) => createAnswers.push({ status, body, ...(then ? { then } : {}) }),
    refuseNextLink: (status: number, body: TApiError) => linkAnswers.push({ status, body }),
    add: (view: TExportView) => {
      exports = [view, ...exports];
    },
    update: (id: string, patch: Partial<TExportView>) => {
      exports = exports.map((view) => (view.id === id ? ZExportViewSchema.parse({ ...view, ...patch }) : view));
    },
    handlers: [
      http.get('/api/exports', () => HttpResponse.json(ZExportListResponseSchema.parse({ exports }))),
      http.get('/api/exports/:id', ({ params }) => {
        const view = exports.find((candidate) => candidate.id === params.id);
        return view ? HttpResponse.json(view) : HttpResponse.json(apiError('not_found'), { status: 404 });
      }),
      http.post('/api/exports', async ({ request }) => {
        const body: unknown = await request.json();
        created.push({ idempotencyKey: request.headers.get('Idempotency-Key'), body });
        const refused = refuse(createAnswers.shift());
        if (refused) return refused;
        const input = ZCreateExportRequestSchema.parse(body);
        const view = createExportView({
          id: `a1b2c3d4-0000-4000-8000-${String(100 + created.length).padStart(12, '0')}`,
          categories: input.categories ?? [...CATEGORY_IDS],
          dateRange: input.from || input.to ? { from: input.from ?? null, to: input.to ?? null } : null,
          formats: input.formats ?? ['json', 'csv', 'html'],
          createdAt: '2026-11-03T10:00:00.000Z',
        });
        exports = [view, ...exports];
        return HttpResponse.json(view, { status: 202 });
      }),
      http.post('/api/exports/:id/link', ({ params }) => {
        const id = String(params.id);
        linkRequests.push(id);
        const refused = refuse(linkAnswers.shift());
        if (refused) return refused;
        return HttpResponse.json({ url: `/api/exports/${id}/download?token=ticket-1`, expiresAt: '2026-11-03T10:05:00.000Z' });
      }),
    ],
  };
}

/** POST /api/auth/step-up: the re-authentication is accepted. */
export function stepUpHandler() {
  return http.post('/api/auth/step-up', () => new HttpResponse(null, { status: 204 }));
}
