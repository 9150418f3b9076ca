import { z } from 'zod';

/** The version of the export format (manifest and data files); the published JSON Schema is named after it. */
export const EXPORT_SCHEMA_VERSION = '1';

/** JSON is always in the package; CSV (tabular categories) and the readable HTML report are optional. */
export const EXPORT_FORMATS = ['json', 'csv', 'html'] as const;
export const ZExportFormatSchema = z.enum(EXPORT_FORMATS);
export type TExportFormat = z.infer<typeof ZExportFormatSchema>;

/** `cancelled`: stopped before it was built (the customer asked to erase their account meanwhile). */
export const EXPORT_STATUSES = ['queued', 'running', 'ready', 'failed', 'expired', 'cancelled'] as const;
export const ZExportStatusSchema = z.enum(EXPORT_STATUSES);
export type TExportStatus = z.infer<typeof ZExportStatusSchema>;

const ZCategoryIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'not a category id');
const ZDaySchema = z.iso.date();

/** The header every POST /api/exports carries: a client-chosen key that makes retries safe. */
export const ZIdempotencyKeySchema = z
  .string()
  .trim()
  .min(8, 'use at least 8 characters (a UUID is ideal)')
  .max(128)
  .regex(/^[\x21-\x7e]+$/, 'printable ASCII only');

export const ZCreateExportRequestSchema = z
  .object({
    /** Category ids of the operator's inventory; absent means every category. */
    categories: z.array(ZCategoryIdSchema).min(1).max(100).optional(),
    /** Only records that happened on or after this day (operator's time zone); single records are always included. */
    from: ZDaySchema.optional(),
    /** Only records that happened on or before this day. */
    to: ZDaySchema.optional(),
    /** `json` is always included, whether listed or not. Default: all three. */
    formats: z.array(ZExportFormatSchema).max(3).optional(),
  })
  .strict()
  .refine((b) => !b.from || !b.to || b.from <= b.to, { message: 'from must not be after to', path: ['from'] });
export type TCreateExportRequest = z.infer<typeof ZCreateExportRequestSchema>;

export const ZExportProgressSchema = z
  .object({
    categoriesDone: z.number().int().min(0),
    categoriesTotal: z.number().int().min(0),
    recordsWritten: z.number().int().min(0),
    /** 0–100, rounded down; 100 only when the file is ready. */
    percent: z.number().int().min(0).max(100),
  })
  .strict();

export const ZExportViewSchema = z
  .object({
    id: z.uuid(),
    status: ZExportStatusSchema,
    categories: z.array(z.string()),
    dateRange: z.object({ from: ZDaySchema.nullable(), to: ZDaySchema.nullable() }).strict().nullable(),
    formats: z.array(ZExportFormatSchema),
    progress: ZExportProgressSchema,
    createdAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
    /** When the file is deleted; a new export can be requested afterwards. */
    expiresAt: z.iso.datetime().nullable(),
    /** Bytes of the ZIP, once ready. */
    fileSize: z.number().int().nullable(),
    /** Why the export failed (a code), or null. */
    failure: z.string().nullable(),
  })
  .strict();
export type TExportView = z.infer<typeof ZExportViewSchema>;

export const ZExportListResponseSchema = z.object({ exports: z.array(ZExportViewSchema) }).strict();
export type TExportListResponse = z.infer<typeof ZExportListResponseSchema>;

export const ZExportIdParamsSchema = z.object({ id: z.uuid() }).strict();

export const ZExportLinkResponseSchema = z
  .object({
    /** Relative URL of the file, with a short-lived ticket; needs the same signed-in session. */
    url: z.string(),
    expiresAt: z.iso.datetime(),
  })
  .strict();
export type TExportLinkResponse = z.infer<typeof ZExportLinkResponseSchema>;

export const ZExportDownloadQuerySchema = z.object({ token: z.string().min(1).max(4096) }).strict();

export const ZExportSchemaParamsSchema = z.object({ version: z.string().max(32) }).strict();

/** One file of the package, as the manifest lists it. */
export const ZManifestFileSchema = z
  .object({
    path: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    size: z.number().int().min(0),
    mediaType: z.string(),
    /** Data files: the category and how many records the file holds. */
    category: z.string().nullable(),
    records: z.number().int().min(0).nullable(),
  })
  .strict();

export const ZExportManifestSchema = z
  .object({
    schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
    exportId: z.uuid(),
    requestId: z.string(),
    generatedAt: z.iso.datetime(),
    profile: z.object({ id: z.string(), controller: z.string(), privacyEmail: z.string() }).strict(),
    customerNumber: z.string(),
    language: z.string(),
    dateRange: z.object({ from: ZDaySchema.nullable(), to: ZDaySchema.nullable(), timeZone: z.string() }).strict().nullable(),
    formats: z.array(ZExportFormatSchema),
    categories: z.array(
      z
        .object({
          id: z.string(),
          status: z.enum(['complete', 'unavailable']),
          records: z.number().int().min(0),
        })
        .strict(),
    ),
    files: z.array(ZManifestFileSchema),
    /** Where to fetch the public keys that verify manifest.jws. */
    jwksUrl: z.string(),
    schemaUrl: z.string(),
  })
  .strict();
export type TExportManifest = z.infer<typeof ZExportManifestSchema>;
