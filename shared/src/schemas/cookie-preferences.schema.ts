import { z } from 'zod';
import { ZConsentMethodSchema, ZCookieChoiceSchema } from '../domain/consent-methods.ts';
import { ZLanguageSchema } from '../domain/languages.ts';

// ---------------------------------------------------------------- GET /api/cookie-preferences

export const ZCookiePreferencesQuerySchema = z
  .object({ language: ZLanguageSchema.optional() })
  .strict();

export const ZCookieCategoryViewSchema = z
  .object({
    id: z.enum(['strictly-necessary', 'functional', 'analytics', 'advertising']),
    description: z.string(),
    /** Strictly necessary cookies need no consent: always on, not a choice. */
    alwaysOn: z.boolean(),
    /** Nothing pre-ticked: false until the customer allows it. */
    granted: z.boolean(),
    changedAt: z.iso.datetime({ offset: true }).nullable(),
    method: ZConsentMethodSchema.nullable(),
    vendors: z.array(z.object({ name: z.string(), description: z.string() }).strict()),
  })
  .strict();
export type TCookieCategoryView = z.infer<typeof ZCookieCategoryViewSchema>;

export const ZCookiePreferencesResponseSchema = z
  .object({
    language: ZLanguageSchema,
    notice: z.object({ version: z.string(), effectiveDate: z.string() }).strict(),
    /** The portal itself sets only strictly necessary cookies; the choices apply to the operator's sites. */
    portalSetsOnlyNecessaryCookies: z.literal(true),
    categories: z.array(ZCookieCategoryViewSchema),
  })
  .strict();
export type TCookiePreferencesResponse = z.infer<typeof ZCookiePreferencesResponseSchema>;

// ---------------------------------------------------------------- PUT /api/cookie-preferences/:category

export const ZCookieCategoryParamsSchema = z.object({ category: ZCookieChoiceSchema }).strict();

export const ZUpdateCookiePreferenceRequestSchema = z
  .object({
    granted: z.boolean(),
    noticeVersion: z.string().trim().min(1).max(64),
    language: ZLanguageSchema.optional(),
  })
  .strict();
export type TUpdateCookiePreferenceRequest = z.infer<typeof ZUpdateCookiePreferenceRequestSchema>;

export const ZUpdateCookiePreferenceResponseSchema = z
  .object({
    category: ZCookieChoiceSchema,
    granted: z.boolean(),
    changed: z.boolean(),
    changedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .strict();
export type TUpdateCookiePreferenceResponse = z.infer<typeof ZUpdateCookiePreferenceResponseSchema>;
