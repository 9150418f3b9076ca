import { z } from 'zod';

export const ZHealthResponseSchema = z.object({ status: z.literal('ok') }).strict();
export const ZReadyResponseSchema = z
  .object({ status: z.literal('ready'), database: z.literal('ok') })
  .strict();
