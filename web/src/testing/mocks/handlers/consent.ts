import { http, HttpResponse } from 'msw';
import {
  GPC_OVERRIDE_REQUIRED_MESSAGE,
  ZConsentPreferencesResponseSchema,
  type TConsentHistoryEntry,
  type TConsentPreferencesResponse,
  type TUnsubscribePreviewResponse,
} from '@portal/shared/schemas/consent.schema';
import type { TApiError } from '@portal/shared/schemas/common.schema';

/** Preferences as GET /api/consent answers them: cocomo-like, nothing granted. */
export function createConsentPreferences(
  overrides: Partial<TConsentPreferencesResponse> = {},
): TConsentPreferencesResponse {
  return ZConsentPreferencesResponseSchema.parse({
    language: 'en',
    notice: { version: '2018-05-06', effectiveDate: '2018-05-06' },
    transactionalNote: 'Messages we have to send you continue.',
    purposes: [
      {
        id: 'newsletter',
        name: 'Newsletter',
        description: 'News and tips about hosting, about once a month.',
        channels: [{ channel: 'email', granted: false, changedAt: null, method: null }],
      },
      {
        id: 'promotions',
        name: 'Promotions',
        description: 'Special offers on our products and services.',
        channels: [
          { channel: 'email', granted: false, changedAt: null, method: null },
          { channel: 'sms', granted: false, changedAt: null, method: null },
        ],
      },
    ],
    gpc: { applicable: false, signal: false, honoured: false },
    privacyChoices: null,
    ...overrides,
  });
}

/** A coopt-like profile: GPC honoured, "Your Privacy Choices" offered. */
export function createUsPreferences(
  overrides: Partial<TConsentPreferencesResponse> = {},
): TConsentPreferencesResponse {
  return createConsentPreferences({
    gpc: { applicable: true, signal: false, honoured: false },
    privacyChoices: {
      choices: [
        { id: 'sale-or-sharing', optedOut: false, changedAt: null, method: null },
        { id: 'sensitive-data-use', optedOut: false, changedAt: null, method: null },
        { id: 'third-party-direct-marketing', optedOut: false, changedAt: null, method: null },
      ],
      shineTheLight: { year: 2025, recipients: [] },
    },
    ...overrides,
  });
}

export const apiError = (code: TApiError['code'], message = 'Refused.'): TApiError => ({
  code,
  message,
  requestId: 'req-consent-1',
});

/**
 * A small in-memory consent API: toggles change the state and append history, so a test sees
 * what the server would answer after a change. `calls` records what the page sent.
 */
export function consentApi(initial: TConsentPreferencesResponse = createConsentPreferences()) {
  let state = structuredClone(initial);
  const history: TConsentHistoryEntry[] = [];
  const calls: { method: string; path: string; body: unknown }[] = [];
  let seq = 0;
  const log = (
    entry: Omit<
      TConsentHistoryEntry,
      'seq' | 'occurredAt' | 'noticeVersion' | 'actor' | 'userAgentFamily' | 'deliveries'
    >,
  ) =>
    history.unshift({
      ...entry,
      seq: ++seq,
      occurredAt: '2026-11-02T09:00:00.000Z',
      noticeVersion: state.notice.version,
      actor: 'customer',
      userAgentFamily: 'Chrome',
      deliveries:
        entry.kind === 'consent'
          ? [
              {
                system: 'newsletter',
                systemName: 'Laposta',
                status: 'pending' as const,
                attempts: 0,
                updatedAt: '2026-11-02T09:00:00.000Z',
              },
            ]
          : [],
    });

  const handlers = [
    http.get('/api/consent', () => HttpResponse.json(state)),
    http.get('/api/consent/history', () => HttpResponse.json({ items: history, nextCursor: null })),
    http.put('/api/consent/:purpose/:channel', async ({ request, params }) => {
      const body = (await request.json()) as { granted: boolean };
      calls.push({
        method: 'PUT',
        path: `/api/consent/${String(params.purpose)}/${String(params.channel)}`,
        body,
      });
      state = {
        ...state,
        purposes: state.purposes.map((p) =>
          p.id !== params.purpose
            ? p
            : {
                ...p,
                channels: p.channels.map((c) =>
                  c.channel === params.channel
                    ? {
                        ...c,
                        granted: body.granted,
                        changedAt: '2026-11-02T09:00:00.000Z',
                        method: 'portal' as const,
                      }
                    : c,
                ),
              },
        ),
      };
      log({
        kind: 'consent',
        purpose: String(params.purpose),
        channel: params.channel as 'email',
        granted: body.granted,
        method: 'portal',
      });
      return HttpResponse.json({
        purpose: String(params.purpose),
        channel: params.channel,
        granted: body.granted,
        changed: true,
        changedAt: '2026-11-02T09:00:00.000Z',
        method: 'portal',
      });
    }),
    http.post('/api/consent/withdraw-all', async ({ request }) => {
      calls.push({ method: 'POST', path: '/api/consent/withdraw-all', body: await request.json() });
      let withdrawn = 0;
      state = {
        ...state,
        purposes: state.purposes.map((p) => ({
          ...p,
          channels: p.channels.map((c) => {
            if (!c.granted) return c;
            withdrawn += 1;
            log({
              kind: 'consent',
              purpose: p.id,
              channel: c.channel,
              granted: false,
              method: 'portal',
            });
            return {
              ...c,
              granted: false,
              changedAt: '2026-11-02T09:00:00.000Z',
              method: 'portal' as const,
            };
          }),
        })),
      };
      return HttpResponse.json({ withdrawn });
    }),
    http.post('/api/consent/gpc', () => {
      calls.push({ method: 'POST', path: '/api/consent/gpc', body: null });
      state = withChoice(state, 'sale-or-sharing', true, 'gpc');
      state = { ...state, gpc: { applicable: true, signal: true, honoured: true } };
      return HttpResponse.json(state);
    }),
    http.put('/api/privacy-choices/:choice', async ({ request, params }) => {
      const body = (await request.json()) as { optedOut: boolean; confirmOverrideGpc?: boolean };
      calls.push({ method: 'PUT', path: `/api/privacy-choices/${String(params.choice)}`, body });
      if (
        params.choice === 'sale-or-sharing' &&
        !body.optedOut &&
        state.gpc.signal &&
        !body.confirmOverrideGpc
      ) {
        return HttpResponse.json(apiError('conflict', GPC_OVERRIDE_REQUIRED_MESSAGE), {
          status: 409,
        });
      }
      state = withChoice(state, String(params.choice), body.optedOut, 'portal');
      return HttpResponse.json({
        choice: params.choice,
        optedOut: body.optedOut,
        changed: true,
        changedAt: '2026-11-02T09:00:00.000Z',
        method: 'portal',
      });
    }),
  ];
  return { handlers, calls, state: () => state };
}

function withChoice(
  state: TConsentPreferencesResponse,
  choice: string,
  optedOut: boolean,
  method: 'gpc' | 'portal',
): TConsentPreferencesResponse {
  if (!state.privacyChoices) return state;
  return {
    ...state,
    privacyChoices: {
      ...state.privacyChoices,
      choices: state.privacyChoices.choices.map((c) =>
        c.id === choice ? { ...c, optedOut, changedAt: '2026-11-02T09:00:00.000Z', method } : c,
      ),
    },
  };
}

/** GET and confirm for /api/unsubscribe/:token. */
export function unsubscribeApi(preview: Partial<TUnsubscribePreviewResponse> = {}) {
  let withdrawn = preview.alreadyWithdrawn ?? false;
  const calls: string[] = [];
  const base: TUnsubscribePreviewResponse = {
    operatorName: 'Cocomo Webbeheer',
    language: 'en',
    purpose: { id: 'newsletter', name: 'Newsletter' },
    channel: 'email',
    alreadyWithdrawn: false,
    ...preview,
  };
  const handlers = [
    http.get('/api/unsubscribe/:token', () => {
      calls.push('GET');
      return HttpResponse.json({ ...base, alreadyWithdrawn: withdrawn });
    }),
    http.post('/api/unsubscribe/:token/confirm', () => {
      calls.push('POST');
      const status = withdrawn ? 'already-unsubscribed' : 'unsubscribed';
      withdrawn = true;
      return HttpResponse.json({ status, purpose: base.purpose, channel: 'email' });
    }),
  ];
  return { handlers, calls };
}
