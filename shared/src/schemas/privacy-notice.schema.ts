import { z } from 'zod';
import { ZLanguageSchema, ZLocalizedTextSchema } from '../domain/languages.ts';

/** A notice version id: short, URL-safe (dates like 2026-12-01 or 2026-12-01.2). */
export const ZNoticeVersionIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, dots, hyphens; at most 64');

// ---------------------------------------------------------------- GET /api/privacy-notice (public)

export const ZPrivacyNoticeQuerySchema = z
  .object({ language: ZLanguageSchema.optional() })
  .strict();

export const ZPrivacyNoticeVersionSchema = z
  .object({
    version: z.string(),
    effectiveDate: z.iso.date(),
    /** The version in force today; later versions are announced and not yet in force. */
    status: z.enum(['in-force', 'upcoming', 'superseded']),
    /** What changed against the previous version, in the language asked for (or the notice's own). */
    summary: z.string(),
    publishedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type TPrivacyNoticeVersion = z.infer<typeof ZPrivacyNoticeVersionSchema>;

export const ZPrivacyNoticeResponseSchema = z
  .object({
    language: ZLanguageSchema,
    current: z
      .object({
        version: z.string(),
        effectiveDate: z.iso.date(),
        /** The language `text` is written in: the one asked for, else the notice's original one. */
        textLanguage: ZLanguageSchema,
        text: z.string(),
      })
      .strict(),
    /** Newest first, including announced versions not yet in force. */
    versions: z.array(ZPrivacyNoticeVersionSchema),
  })
  .strict();
export type TPrivacyNoticeResponse = z.infer<typeof ZPrivacyNoticeResponseSchema>;

// ---------------------------------------------------------------- POST /api/staff/privacy-notice/versions

export const ZPublishPrivacyNoticeRequestSchema = z
  .object({
    version: ZNoticeVersionIdSchema,
    /** Today or later: a notice cannot take effect in the past. */
    effectiveDate: z.iso.date(),
    /** The full policy text per language; the profile's default language is required. */
    texts: z.partialRecord(ZLanguageSchema, z.string().trim().min(20).max(200_000)),
    summary: ZLocalizedTextSchema,
  })
  .strict();
export type TPublishPrivacyNoticeRequest = z.infer<typeof ZPublishPrivacyNoticeRequestSchema>;

export const ZPublishPrivacyNoticeResponseSchema = z
  .object({
    version: z.string(),
    effectiveDate: z.iso.date(),
    /** The announcement email job was queued (sent to every customer once). */
    announcementQueued: z.boolean(),
  })
  .strict();
export type TPublishPrivacyNoticeResponse = z.infer<typeof ZPublishPrivacyNoticeResponseSchema>;
