import { z } from 'zod';
import { STAFF_ROLES } from '../domain/permissions.ts';
import { ZEmailSchema } from './auth.schema.ts';

/**
 * The staff console API (product.md "Staff capabilities"): customer search with results that show
 * no more than needed to pick the right person, the customer summary, and staff management by admins.
 */

const ZInstantSchema = z.iso.datetime({ offset: true });

// ------------------------------------------------------------------ customer search

export const ZCustomerSearchQuerySchema = z
  .object({
    /** An email address, a phone number, a customer number or (part of) a name. */
    q: z
      .string()
      .trim()
      .min(2, 'Enter at least 2 characters.')
      .max(100, 'Searches are at most 100 characters.'),
  })
  .strict();

export const CUSTOMER_STATUSES = ['active', 'restricted', 'frozen', 'erased'] as const;
export const ZCustomerStatusSchema = z.enum(CUSTOMER_STATUSES);

/** One hit: the name, the number, and hints (masked) to tell namesakes apart. */
export const ZCustomerSearchResultSchema = z
  .object({
    id: z.uuid(),
    customerNumber: z.string(),
    displayName: z.string(),
    /** `s•••@example.nl`: enough to confirm with the caller, not enough to copy. */
    emailHint: z.string(),
    /** The last two digits, `•• •• 78`; null when no phone is held. */
    phoneHint: z.string().nullable(),
    status: ZCustomerStatusSchema,
  })
  .strict();
export type TCustomerSearchResult = z.infer<typeof ZCustomerSearchResultSchema>;

export const ZCustomerSearchResponseSchema = z
  .object({
    results: z.array(ZCustomerSearchResultSchema),
    /** More matched than are shown: the search should be narrower. */
    truncated: z.boolean(),
  })
  .strict();
export type TCustomerSearchResponse = z.infer<typeof ZCustomerSearchResponseSchema>;

export const ZCustomerIdParamsSchema = z.object({ customerId: z.uuid() }).strict();

/** Why a customer cannot be impersonated (security.md line 18); null when they can. */
export const IMPERSONATION_BLOCKS = [
  'staff-account',
  'locked',
  'pending-erasure',
  'erased',
  'grant-required',
] as const;
export const ZImpersonationBlockSchema = z.enum(IMPERSONATION_BLOCKS);
export type TImpersonationBlock = z.infer<typeof ZImpersonationBlockSchema>;

export const ZStaffCustomerViewSchema = z
  .object({
    id: z.uuid(),
    customerNumber: z.string(),
    displayName: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    language: z.string(),
    status: ZCustomerStatusSchema,
    customerSince: ZInstantSchema,
    supportAccess: z
      .object({
        /** The profile allows impersonation only while the customer has granted support access. */
        required: z.boolean(),
        grantedUntil: ZInstantSchema.nullable(),
      })
      .strict(),
    impersonation: z
      .object({
        blockedBy: ZImpersonationBlockSchema.nullable(),
        maxMinutes: z.number().int().min(1).max(30),
      })
      .strict(),
  })
  .strict();
export type TStaffCustomerView = z.infer<typeof ZStaffCustomerViewSchema>;

// ------------------------------------------------------------------ staff management

export const STAFF_STATUSES = ['active', 'disabled'] as const;
export const ZStaffRoleSchema = z.enum(STAFF_ROLES);

const ZPersonNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(80, 'Names are at most 80 characters.')
  .regex(/^[^\p{Cc}]*$/u, 'Names cannot contain control characters.');

export const ZStaffMemberSchema = z
  .object({
    id: z.uuid(),
    staffNumber: z.string(),
    email: z.string(),
    firstName: z.string(),
    familyName: z.string(),
    role: ZStaffRoleSchema,
    status: z.enum(STAFF_STATUSES),
    secondFactorEnrolled: z.boolean(),
    createdAt: ZInstantSchema,
  })
  .strict();
export type TStaffMember = z.infer<typeof ZStaffMemberSchema>;

export const ZStaffMemberListSchema = z.object({ members: z.array(ZStaffMemberSchema) }).strict();

export const ZCreateStaffMemberRequestSchema = z
  .object({
    email: ZEmailSchema,
    firstName: ZPersonNameSchema,
    familyName: ZPersonNameSchema,
    role: ZStaffRoleSchema,
  })
  .strict();
export type TCreateStaffMemberRequest = z.input<typeof ZCreateStaffMemberRequestSchema>;

/** One change at a time, so each is audited as what it is. */
export const ZUpdateStaffMemberRequestSchema = z.union([
  z.object({ role: ZStaffRoleSchema }).strict(),
  z.object({ status: z.enum(STAFF_STATUSES) }).strict(),
]);
export type TUpdateStaffMemberRequest = z.input<typeof ZUpdateStaffMemberRequestSchema>;

export const ZStaffMemberParamsSchema = z.object({ staffId: z.uuid() }).strict();
