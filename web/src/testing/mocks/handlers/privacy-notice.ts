import { http, HttpResponse } from 'msw';
import type { TApiError } from '@portal/shared/schemas/common.schema';
import type { TCookiePreferencesResponse } from '@portal/shared/schemas/cookie-preferences.schema';
import {
  ZPublishPrivacyNoticeRequestSchema,
  ZPublishPrivacyNoticeResponseSchema,
  type TPrivacyNoticeResponse,
} from '@portal/shared/schemas/privacy-notice.schema';

export function createPrivacyNotice(overrides: Partial<TPrivacyNoticeResponse> = {}): TPrivacyNoticeResponse {
  return {
    language: 'en',
    current: {
      version: '2026-12-01',
      effectiveDate: '2026-12-01',
      textLanguage: 'nl',
      text: 'Privacyverklaring\n\nWij gebruiken uw gegevens alleen voor onze diensten.',
    },
    versions: [
      { version: '2027-01-15', effectiveDate: '2027-01-15', status: 'upcoming', summary: 'Analytics vendor named.', publishedAt: '2026-12-20T10:00:00.000Z' },
      { version: '2026-12-01', effectiveDate: '2026-12-01', status: 'in-force', summary: 'The newsletter service is named.', publishedAt: '2026-11-02T10:00:00.000Z' },
      { version: '2018-05-06', effectiveDate: '2018-05-06', status: 'superseded', summary: 'First version published by the operator.', publishedAt: '2018-05-06T00:00:00.000Z' },
    ],
    ...overrides,
  };
}

export function privacyNoticeHandler(notice: TPrivacyNoticeResponse = createPrivacyNotice()) {
  return http.get('/api/privacy-notice', () => HttpResponse.json(notice));
}

/**
 * The notice and the staff publish endpoint with state: a published version is listed (upcoming)
 * by the next GET. `published` keeps each POST body as sent, `reads` counts the GETs, and
 * `refuseNext` fails the next POST once.
 */
export function publishNoticeApi(initial: TPrivacyNoticeResponse = createPrivacyNotice()) {
  let notice = initial;
  const published: unknown[] = [];
  const refusals: { status: number; body: TApiError }[] = [];
  const api = {
    published,
    reads: 0,
    refuseNext: (status: number, body: TApiError) => refusals.push({ status, body }),
    handlers: [
      http.get('/api/privacy-notice', () => {
        api.reads += 1;
        return HttpResponse.json(notice);
      }),
      http.post('/api/staff/privacy-notice/versions', async ({ request }) => {
        const sent: unknown = await request.json();
        published.push(sent);
        const refused = refusals.shift();
        if (refused) return HttpResponse.json(refused.body, { status: refused.status });
        const body = ZPublishPrivacyNoticeRequestSchema.parse(sent);
        const version = { version: body.version, effectiveDate: body.effectiveDate, status: 'upcoming' as const, summary: body.summary.en, publishedAt: '2026-12-03T10:00:00.000Z' };
        notice = { ...notice, versions: [version, ...notice.versions] };
        return HttpResponse.json(
          ZPublishPrivacyNoticeResponseSchema.parse({ version: body.version, effectiveDate: body.effectiveDate, announcementQueued: true }),
          { status: 201 },
        );
      }),
    ],
  };
  return api;
}

export function createCookiePreferences(): TCookiePreferencesResponse {
  return {
    language: 'en',
    notice: { version: '2018-05-06', effectiveDate: '2018-05-06' },
    portalSetsOnlyNecessaryCookies: true,
    categories: [
      { id: 'strictly-necessary', description: 'Keep you signed in. Always on.', alwaysOn: true, granted: true, changedAt: null, method: null, vendors: [] },
      {
        id: 'analytics',
        description: 'Google Analytics, privacy-friendly.',
        alwaysOn: false,
        granted: false,
        changedAt: null,
        method: null,
        vendors: [{ name: 'Google Analytics', description: 'IP addresses anonymised.' }],
      },
    ],
  };
}

/** The cookie preferences API with state: a PUT changes what the next GET answers; calls are kept. */
export function cookiesApi(initial: TCookiePreferencesResponse = createCookiePreferences()) {
  let state = initial;
  const calls: { category: string; body: unknown }[] = [];
  return {
    calls,
    handlers: [
      http.get('/api/cookie-preferences', () => HttpResponse.json(state)),
      http.put('/api/cookie-preferences/:category', async ({ params, request }) => {
        const body = (await request.json()) as { granted: boolean };
        calls.push({ category: String(params.category), body });
        state = {
          ...state,
          categories: state.categories.map((c) =>
            c.id === params.category ? { ...c, granted: body.granted, changedAt: '2026-11-02T09:00:00.000Z', method: 'portal' as const } : c,
          ),
        };
        return HttpResponse.json({ category: String(params.category), granted: body.granted, changed: true, changedAt: '2026-11-02T09:00:00.000Z' });
      }),
    ],
  };
}
