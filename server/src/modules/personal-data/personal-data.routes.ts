import {
  ZCategoriesOnlyResponseSchema,
  ZCategoryParamsSchema,
  ZCategoryRecordsQuerySchema,
  ZCategoryRecordsResponseSchema,
  ZContactChangeStartedSchema,
  ZCorrectFieldRequestSchema,
  ZStartContactChangeRequestSchema,
  ZCorrectFieldResponseSchema,
  ZCorrectionConflictSchema,
  ZCorrectionsQuerySchema,
  ZCorrectionsResponseSchema,
  ZMyDataQuerySchema,
  ZMyDataResponseSchema,
  ZRectificationRequestRequestSchema,
  ZRectificationRequestResponseSchema,
  ZRightsResponseSchema,
  type TCorrectionConflict,
} from '@portal/shared/schemas/personal-data.schema';
import { customerOnly, customerReads } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import { CorrectionConflictError, type TCorrectFieldService } from './correct-field.service.ts';
import type { TContactChangeService } from './contact-change.service.ts';
import type { TMyDataService } from './my-data.service.ts';
import type { TRectificationService } from './rectification.service.ts';

const tags = ['personal-data'];
const READ = customerReads('read:personal-data:own');
const CORRECT = customerOnly('update:personal-data:own');

/** Thin adapters (house style 2): the customer is always `ctx.subject`, never an id from the request. */
export function registerPersonalDataRoutes(
  routes: RouteRegistry,
  services: {
    myData: TMyDataService;
    corrections: TCorrectFieldService;
    rectification: TRectificationService;
    contactChanges: TContactChangeService;
  },
): void {
  const { myData, corrections, rectification, contactChanges } = services;

  routes.add({
    method: 'get', path: '/api/my-data', tags, policy: READ,
    summary: 'Every category of personal data the operator holds about you, with why, on what basis, from where, to whom, until when; the values of single-record categories.',
    request: { query: ZMyDataQuerySchema },
    responses: { 200: { description: 'The full access view (GDPR Art. 15)', schema: ZMyDataResponseSchema } },
    handler: async ({ input, ctx, res }) => res.json(await myData.overview(ctx, input.query.language)),
  });

  routes.add({
    method: 'get', path: '/api/my-data/categories/:category/records', tags, policy: READ,
    summary: 'The records of one category (orders, sign-ins …), newest first, a page at a time (keyset cursor).',
    request: { params: ZCategoryParamsSchema, query: ZCategoryRecordsQuerySchema },
    responses: {
      200: { description: 'A page of records', schema: ZCategoryRecordsResponseSchema },
      404: { description: 'No such category' },
      503: { description: 'The system holding the category is not reachable right now' },
    },
    handler: async ({ input, ctx, res }) => res.json(await myData.records(ctx, input.params.category, input.query)),
  });

  routes.add({
    method: 'get', path: '/api/my-data/categories-only', tags, policy: READ,
    summary: 'The categories of personal information held about you, their sources, purposes and recipients, without values (CCPA right to know categories).',
    request: { query: ZMyDataQuerySchema },
    responses: { 200: { description: 'Categories only', schema: ZCategoriesOnlyResponseSchema } },
    handler: async ({ input, ctx, res }) => res.json(await myData.categoriesOnly(ctx, input.query.language)),
  });

  routes.add({
    method: 'get', path: '/api/my-data/rights', tags, policy: READ,
    summary: 'Your rights, the supervisory authority, automated decision-making and transfer safeguards (GDPR Art. 15(1)(e)–(h) and 15(2)).',
    request: { query: ZMyDataQuerySchema },
    responses: { 200: { description: 'The Art. 15 extras', schema: ZRightsResponseSchema } },
    handler: async ({ input, ctx, res }) => res.json(await myData.rights(ctx, input.query.language)),
  });

  routes.add({
    method: 'patch', path: '/api/my-data/fields', tags, policy: CORRECT,
    summary: 'Correct one field you may correct, if it is still at the version you saw; passed on to the system and recipients holding it.',
    request: { body: ZCorrectFieldRequestSchema },
    responses: {
      200: { description: 'Corrected, with where it was passed on', schema: ZCorrectFieldResponseSchema },
      400: { description: 'Unknown category or field, or a value that does not fit the field' },
      403: { description: 'The field cannot be corrected here (send a rectification request)' },
      409: { description: 'Changed in the meantime: the current value and version', schema: ZCorrectionConflictSchema },
      422: { description: 'Email and phone changes need the code sent to the new address (POST /api/my-data/contact-changes)' },
      503: { description: 'The system holding the field is not reachable; nothing changed' },
    },
    handler: async ({ input, ctx, res }) => {
      try {
        res.json(await corrections.correct(ctx, input.body));
      } catch (error) {
        if (!(error instanceof CorrectionConflictError)) throw error;
        const body: TCorrectionConflict = { code: 'conflict', message: error.message, requestId: ctx.requestId, current: error.current };
        res.status(409).json(body);
      }
    },
  });

  routes.add({
    method: 'get', path: '/api/my-data/corrections', tags, policy: READ,
    summary: 'Your past corrections, newest first, each with where it was passed on and its status there.',
    request: { query: ZCorrectionsQuerySchema },
    responses: { 200: { description: 'A page of corrections', schema: ZCorrectionsResponseSchema } },
    handler: async ({ input, ctx, res }) => res.json(await rectification.corrections(ctx, input.query)),
  });

  routes.add({
    method: 'post', path: '/api/my-data/rectification-requests', tags, policy: CORRECT,
    summary: 'Ask for a correction of a field you cannot edit, with a note; optionally dispute it (its processing is restricted until resolved).',
    request: { body: ZRectificationRequestRequestSchema },
    responses: {
      201: { description: 'The request as received', schema: ZRectificationRequestResponseSchema },
      400: { description: 'Unknown category or field' },
      403: { description: 'A withheld field' },
      404: { description: 'No such record of yours' },
    },
    handler: async ({ input, ctx, res }) => res.status(201).json(await rectification.request(ctx, input.body)),
  });

  routes.add({
    method: 'post', path: '/api/my-data/contact-changes', tags, policy: CORRECT,
    summary: 'Start changing your email address or phone number: a code goes to the new address; send it with the correction.',
    request: { body: ZStartContactChangeRequestSchema },
    responses: {
      202: { description: 'A code was sent to the new address', schema: ZContactChangeStartedSchema },
      400: { description: 'Not an email or phone field, or not a valid address' },
      429: { description: 'Too many codes asked for; try again later' },
      503: { description: 'Phone numbers cannot be confirmed by text message on this installation' },
    },
    handler: async ({ input, ctx, res }) => res.status(202).json(await contactChanges.start(ctx, input.body)),
  });
}
