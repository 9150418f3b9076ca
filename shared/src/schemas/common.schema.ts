import { z } from 'zod';
import { ZAppErrorCodeSchema } from '../errors/app-error-code.ts';

/** The one error envelope every failing API call returns. */
export const ZApiErrorSchema = z
  .object({
    code: ZAppErrorCodeSchema,
    message: z.string(),
    /** Per-field messages, keyed by the dotted path of the field in the request. */
    fields: z.record(z.string(), z.array(z.string())).optional(),
    requestId: z.string(),
  })
  .strict();
export type TApiError = z.infer<typeof ZApiErrorSchema>;

export const ZUuidSchema = z.uuid();

export const ZPaginationQuerySchema = z
  .object({
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
