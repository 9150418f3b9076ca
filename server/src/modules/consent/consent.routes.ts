import type { Request } from 'express';
import {
  ZConsentHistoryQuerySchema,
  ZConsentHistoryResponseSchema,
  ZConsentPreferencesQuerySchema,
  ZConsentPreferencesResponseSchema,
  ZConsentTargetParamsSchema,
  ZPrivacyChoiceParamsSchema,
  ZSignedConsentReceiptSchema,
  ZUpdateConsentRequestSchema,
  ZUpdateConsentResponseSchema,
  ZUpdatePrivacyChoiceRequestSchema,
  ZUpdatePrivacyChoiceResponseSchema,
  ZVerifyConsentReceiptRequestSchema,
  ZVerifyConsentReceiptResponseSchema,
  ZWithdrawAllConsentRequestSchema,
  ZWithdrawAllConsentResponseSchema,
} from '@portal/shared/schemas/consent.schema';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import { customerOnly, customerReads, publicRoute } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TConsentRecordsService } from './consent-records.service.ts';
import type { TConsentService } from './consent.service.ts';
import { renderReceiptHtml } from './receipt-html.ts';

const tags = ['consent'];
/** Global Privacy Control: browsers with it on send `Sec-GPC: 1` with every request. */
const gpcSignalOf = (req: Request) => req.get('sec-gpc')?.trim() === '1';

export function registerConsentRoutes(
  routes: RouteRegistry,
  deps: { consent: TConsentService; records: TConsentRecordsService; profile: TProfile },
): void {
  const { consent, records } = deps;
  const preferences = {
    200: {
      description: 'Consents per purpose and channel, privacy choices, GPC',
      schema: ZConsentPreferencesResponseSchema,
    },
  };

  routes.add({
    method: 'get',
    path: '/api/consent',
    tags,
    summary:
      'Your consents per purpose and channel. With Sec-GPC: 1, applies "do not sell or share" once where the operator honours GPC.',
    policy: customerReads('manage:consent:own'),
    request: { query: ZConsentPreferencesQuerySchema },
    responses: preferences,
    handler: async ({ input, ctx, req, res }) =>
      res.json(
        await consent.getPreferences(ctx, {
          language: input.query.language,
          gpcSignal: gpcSignalOf(req),
        }),
      ),
  });

  routes.add({
    method: 'post',
    path: '/api/consent/gpc',
    tags,
    summary:
      "Apply the browser's Global Privacy Control signal read by the page (navigator.globalPrivacyControl).",
    policy: customerOnly('manage:consent:own'),
    request: { query: ZConsentPreferencesQuerySchema },
    responses: preferences,
    handler: async ({ input, ctx, res }) =>
      res.json(await consent.applyBrowserGpc(ctx, input.query.language)),
  });

  routes.add({
    method: 'post',
    path: '/api/consent/withdraw-all',
    tags,
    summary: 'Withdraw every consent with one click (privacy choices stay as they are).',
    policy: customerOnly('manage:consent:own'),
    request: { body: ZWithdrawAllConsentRequestSchema },
    responses: {
      200: {
        description: 'How many consents were withdrawn',
        schema: ZWithdrawAllConsentResponseSchema,
      },
    },
    handler: async ({ input, ctx, req, res }) =>
      res.json(await consent.withdrawAll(ctx, { ...input.body, gpcSignal: gpcSignalOf(req) })),
  });

  routes.add({
    method: 'get',
    path: '/api/consent/history',
    tags,
    summary: 'Every consent change recorded for you, newest first.',
    policy: customerReads('manage:consent:own'),
    request: { query: ZConsentHistoryQuerySchema },
    responses: {
      200: { description: 'A page of the consent ledger', schema: ZConsentHistoryResponseSchema },
    },
    handler: async ({ input, ctx, res }) => res.json(await records.history(ctx, input.query)),
  });

  // Receipts are downloads for the customer: never issued to staff impersonating them.
  routes.add({
    method: 'get',
    path: '/api/consent/receipt',
    tags,
    summary: 'A consent receipt (JSON) signed with a detached JWS.',
    policy: customerOnly('manage:consent:own'),
    request: { query: ZConsentPreferencesQuerySchema },
    responses: {
      200: { description: 'The receipt and its signature', schema: ZSignedConsentReceiptSchema },
    },
    handler: async ({ input, ctx, res }) => {
      const signed = await records.issueReceipt(ctx, input.query.language);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="consent-receipt-${signed.receipt.issuedAt.slice(0, 10)}.json"`,
      );
      res.json(signed);
    },
  });

  routes.add({
    method: 'get',
    path: '/api/consent/receipt.html',
    tags,
    summary: 'The same receipt as a readable, self-contained HTML file in your language.',
    policy: customerOnly('manage:consent:own'),
    request: { query: ZConsentPreferencesQuerySchema },
    responses: { 200: { description: 'An HTML document', contentType: 'text/html' } },
    handler: async ({ input, ctx, res }) => {
      const signed = await records.issueReceipt(ctx, input.query.language);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="consent-receipt-${signed.receipt.issuedAt.slice(0, 10)}.html"`,
      );
      res.type('html').send(renderReceiptHtml(signed, { timeZone: deps.profile.locale.timeZone }));
    },
  });

  routes.add({
    method: 'post',
    path: '/api/consent/receipt/verify',
    tags,
    summary: 'Check that a consent receipt was issued by this portal and has not been changed.',
    policy: publicRoute(
      'anyone holding a receipt (the customer, an authority) may check it; it reveals nothing',
    ),
    request: { body: ZVerifyConsentReceiptRequestSchema },
    responses: {
      200: {
        description: 'Whether the signature matches',
        schema: ZVerifyConsentReceiptResponseSchema,
      },
    },
    handler: async ({ input, res }) =>
      res.json({ valid: await records.verifyReceipt(input.body.receipt, input.body.signature) }),
  });

  routes.add({
    method: 'put',
    path: '/api/privacy-choices/:choice',
    tags,
    summary:
      'Your Privacy Choices: opt out of (or back in to) sale or sharing, sensitive data use, Shine the Light.',
    policy: customerOnly('manage:consent:own'),
    request: { params: ZPrivacyChoiceParamsSchema, body: ZUpdatePrivacyChoiceRequestSchema },
    responses: {
      200: { description: 'The choice now in force', schema: ZUpdatePrivacyChoiceResponseSchema },
      409: {
        description:
          'Opting in to sale or sharing against a GPC signal needs confirmOverrideGpc; or the notice changed',
      },
    },
    handler: async ({ input, ctx, req, res }) =>
      res.json(
        await consent.updatePrivacyChoice(ctx, input.params.choice, {
          ...input.body,
          gpcSignal: gpcSignalOf(req),
        }),
      ),
  });

  routes.add({
    method: 'put',
    path: '/api/consent/:purpose/:channel',
    tags,
    summary:
      'Give or withdraw one consent (purpose × channel); recorded in the ledger with the notice version.',
    policy: customerOnly('manage:consent:own'),
    request: { params: ZConsentTargetParamsSchema, body: ZUpdateConsentRequestSchema },
    responses: {
      200: { description: 'The consent now in force', schema: ZUpdateConsentResponseSchema },
      404: { description: 'No such purpose or channel for this operator' },
      409: { description: 'The privacy notice changed since the page was loaded' },
    },
    handler: async ({ input, ctx, req, res }) =>
      res.json(
        await consent.updateConsent(ctx, input.params, {
          ...input.body,
          gpcSignal: gpcSignalOf(req),
        }),
      ),
  });
}
