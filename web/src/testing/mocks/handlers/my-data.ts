import { http, HttpResponse } from 'msw';
import {
  ZCategoryRecordsResponseSchema,
  ZCorrectionsResponseSchema,
  type TCorrectionView,
  ZMyDataResponseSchema,
  type TFieldView,
  type TMyDataResponse,
} from '@portal/shared/schemas/personal-data.schema';

const RETENTION = {
  ruleId: 'account-life',
  description: 'while you have an account, then two years for questions and claims',
  basis: 'Art. 5(1)(e) GDPR',
  period: { amount: 2, unit: 'years' },
  from: 'account-closed',
  action: 'delete',
  keptUntil: null,
  waitingFor: 'account-closed',
} as const;

function field(overrides: Partial<TFieldView> & Pick<TFieldView, 'key' | 'label'>): TFieldView {
  return {
    type: 'text',
    enumValues: null,
    purposes: [{ id: 'account', name: 'Your account', description: 'To give you access to your account.' }],
    legalBasis: 'contract',
    source: { kind: 'provided-by-you', partner: null },
    recipients: [],
    retention: RETENTION,
    correctable: true,
    correction: 'inline',
    erasable: false,
    sensitive: false,
    visibility: 'shown',
    withheldReason: null,
    disputed: false,
    ...overrides,
  };
}

/** GET /api/my-data for a cocomo-like customer: account (single), orders (paged list), newsletter (unavailable). */
export function createMyData(): TMyDataResponse {
  return ZMyDataResponseSchema.parse({
    language: 'en',
    generatedAt: '2026-11-02T09:00:00.000Z',
    currency: 'EUR',
    rectificationRequests: [],
    categories: [
      {
        id: 'account',
        name: 'Account',
        description: 'Who you are and how we reach you.',
        ccpaCategory: 'identifiers',
        store: 'account',
        cardinality: 'single',
        paginated: false,
        system: { id: 'portal', name: 'Customer database' },
        availability: { status: 'available' },
        legalHold: null,
        recordCount: null,
        single: { recordId: 'c-1', version: 3, values: { givenName: 'Sanne', familyName: 'de Vries', email: 'sanne@example.nl', passwordHash: null } },
        fields: [
          field({ key: 'givenName', label: 'First name' }),
          field({ key: 'familyName', label: 'Last name' }),
          field({ key: 'email', label: 'Email address', type: 'email', correction: 'confirmation-required' }),
          field({
            key: 'passwordHash',
            label: 'Password',
            type: 'secret',
            correctable: false,
            correction: 'none',
            visibility: 'withheld',
            withheldReason: 'stored only as a one-way hash that nobody can read',
          }),
        ],
      },
      {
        id: 'orders',
        name: 'Orders',
        description: 'What you ordered and paid.',
        ccpaCategory: 'commercial-information',
        store: 'records',
        cardinality: 'list',
        paginated: true,
        system: { id: 'portal', name: 'Customer database' },
        availability: { status: 'available' },
        legalHold: { id: 'tax', reason: 'invoices are kept for the tax authority', law: 'AWR art. 52' },
        recordCount: 3,
        single: null,
        fields: [
          field({ key: 'orderNumber', label: 'Order number', type: 'reference', correctable: false, correction: 'none' }),
          field({ key: 'total', label: 'Total', type: 'money', correctable: false, correction: 'none' }),
        ],
      },
      {
        id: 'newsletter',
        name: 'Newsletter subscription',
        description: 'Your subscription with our newsletter provider.',
        ccpaCategory: 'identifiers',
        store: 'records',
        cardinality: 'single',
        paginated: false,
        system: { id: 'newsletter-provider', name: 'Newsletter provider' },
        availability: { status: 'unavailable', reason: 'unreachable' },
        legalHold: null,
        recordCount: null,
        single: null,
        fields: [field({ key: 'email', label: 'Email', type: 'email' })],
      },
    ],
  });
}

const ORDER_PAGES = [
  { items: [order('o-3', 'CO-1003', '89.95'), order('o-2', 'CO-1002', '12.50')], nextCursor: 'page-2' },
  { items: [order('o-1', 'CO-1001', '7.00')], nextCursor: null },
];

function order(id: string, orderNumber: string, total: string) {
  return { id, occurredAt: '2026-10-01T10:00:00.000Z', version: 1, keptUntil: '2033-12-31', values: { orderNumber, total } };
}

/** The my-data API as the page uses it; `corrections` records what PATCH received. */
export function myDataApi() {
  const data = createMyData();
  const corrections: unknown[] = [];
  const codesSent: unknown[] = [];
  const history: TCorrectionView[] = [];
  return {
    corrections,
    codesSent,
    handlers: [
      http.get('/api/my-data/corrections', () => HttpResponse.json(ZCorrectionsResponseSchema.parse({ items: history, nextCursor: null }))),
      http.post('/api/my-data/contact-changes', async ({ request }) => {
        codesSent.push(await request.json());
        return HttpResponse.json({ sentTo: 'n…@example.nl', channel: 'email', minutesValid: 10 }, { status: 202 });
      }),
      http.get('/api/my-data', () => HttpResponse.json(data)),
      http.get('/api/my-data/categories/:category/records', ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        const page = ORDER_PAGES[cursor === 'page-2' ? 1 : 0];
        return HttpResponse.json(ZCategoryRecordsResponseSchema.parse({ category: 'orders', ...page }));
      }),
      http.patch('/api/my-data/fields', async ({ request }) => {
        const body = (await request.json()) as { category: string; field: string; recordId: string; value: string; version: number };
        corrections.push(body);
        const account = data.categories[0];
        if (account?.single) {
          account.single.values[body.field] = body.value;
          account.single.version += 1;
        }
        const correction: TCorrectionView = {
          id: '5d1a3c9e-8f7b-4e2a-9c1d-0b2e3f4a5b6c',
          category: body.category,
          field: body.field,
          recordId: null,
          by: 'you',
          at: '2026-11-02T09:01:00.000Z',
          propagations: [
            { targetKind: 'system', targetId: 'portal', name: 'Customer database', status: 'done', updatedAt: '2026-11-02T09:01:00.000Z' },
            { targetKind: 'recipient', targetId: 'mailchimp', name: 'Mailchimp', status: 'pending', updatedAt: '2026-11-02T09:01:00.000Z' },
          ],
        };
        history.unshift(correction);
        return HttpResponse.json({
          category: body.category,
          field: body.field,
          recordId: body.recordId,
          value: body.value,
          version: body.version + 1,
          correction,
        });
      }),
    ],
  };
}
