import { z } from 'zod';
import { ZLanguageSchema, ZLocalizedTextSchema } from '../domain/languages.ts';
import { ZRequestTypeSchema } from '../domain/request-types.ts';
import { ZRightSchema } from '../domain/rights.ts';
import {
  ZAddressSchema,
  ZProfileIdSchema,
  ZSupervisoryAuthoritySchema,
  ZThemeSchema,
} from '../profiles/profile.schema.ts';

/** The parts of an operator profile anyone may read: branding, contacts, rights. */
export const ZPublicProfileResponseSchema = z
  .object({
    id: ZProfileIdSchema,
    company: z
      .object({
        name: z.string(),
        legalName: z.string(),
        address: ZAddressSchema,
        website: z.string(),
        privacyEmail: z.string(),
        phone: z.string().nullable(),
        tollFreePhone: z.string().nullable(),
        dpoEmail: z.string().nullable(),
      })
      .strict(),
    supervisoryAuthority: ZSupervisoryAuthoritySchema,
    locale: z
      .object({
        defaultLanguage: ZLanguageSchema,
        languages: z.array(ZLanguageSchema),
        country: z.string(),
        timeZone: z.string(),
        currency: z.string(),
      })
      .strict(),
    theme: ZThemeSchema,
    rights: z.array(ZRightSchema),
    notice: z.object({ version: z.string(), effectiveDate: z.string() }).strict(),
    automatedDecisionMaking: ZLocalizedTextSchema,
    /** Days an export can be downloaded before the file is deleted. */
    exportLinkDays: z.number().int().min(1),
    /** The request types the operator handles (issue 9); the SPA offers only these. Absent from older servers. */
    requestTypes: z.array(ZRequestTypeSchema).optional(),
  })
  .strict();
export type TPublicProfileResponse = z.infer<typeof ZPublicProfileResponseSchema>;
