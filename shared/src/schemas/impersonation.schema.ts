import { z } from 'zod';
import { ZTicketReferenceSchema } from '../domain/audit-events.ts';

/**
 * Impersonation (security.md line 18, RFC 8693: the customer is the subject, the staff member the
 * actor) and the customer's grant of support access.
 */

const ZInstantSchema = z.iso.datetime({ offset: true });

/** Why staff open an account, as a category the customer's email names; the free text says the rest. */
export const IMPERSONATION_REASON_CATEGORIES = [
  'customer-request',
  'account-problem',
  'privacy-request',
  'technical-issue',
  'other',
] as const;
export const ZImpersonationReasonCategorySchema = z.enum(IMPERSONATION_REASON_CATEGORIES);
export type TImpersonationReasonCategory = z.infer<typeof ZImpersonationReasonCategorySchema>;

export const IMPERSONATION_REASON_MIN_LENGTH = 10;

export const ZStartImpersonationRequestSchema = z
  .object({
    customerId: z.uuid(),
    reasonCategory: ZImpersonationReasonCategorySchema,
    reason: z
      .string()
      .trim()
      .min(IMPERSONATION_REASON_MIN_LENGTH, `Describe the reason in at least ${IMPERSONATION_REASON_MIN_LENGTH} characters.`)
      .max(500, 'Reasons are at most 500 characters.')
      .regex(/^[^\p{Cc}]*$/u, 'Reasons cannot contain control characters.'),
    ticketReference: ZTicketReferenceSchema,
  })
  .strict();
export type TStartImpersonationRequest = z.input<typeof ZStartImpersonationRequestSchema>;
export type TStartImpersonationInput = z.output<typeof ZStartImpersonationRequestSchema>;

/** What the staff member's session state says while they impersonate (the banner shows it). */
export const ZImpersonationStateSchema = z
  .object({
    id: z.uuid(),
    customerId: z.uuid(),
    customerDisplayName: z.string(),
    reasonCategory: ZImpersonationReasonCategorySchema,
    reason: z.string(),
    ticketReference: z.string(),
    startedAt: ZInstantSchema,
    /** Fixed at the start: impersonation is never extended. */
    endsAt: ZInstantSchema,
  })
  .strict();
export type TImpersonationState = z.infer<typeof ZImpersonationStateSchema>;

// ------------------------------------------------------------------ support access (customers)

export const SUPPORT_ACCESS_MAX_DAYS = 7;

export const ZGrantSupportAccessRequestSchema = z
  .object({
    days: z
      .number()
      .int('Choose a whole number of days.')
      .min(1, 'Choose at least 1 day.')
      .max(SUPPORT_ACCESS_MAX_DAYS, `Support access lasts at most ${SUPPORT_ACCESS_MAX_DAYS} days.`),
  })
  .strict();
export type TGrantSupportAccessRequest = z.input<typeof ZGrantSupportAccessRequestSchema>;

export const ZSupportAccessResponseSchema = z
  .object({
    /** The operator lets support open an account only while the customer allows it. */
    required: z.boolean(),
    grant: z.object({ grantedAt: ZInstantSchema, expiresAt: ZInstantSchema }).strict().nullable(),
    maxDays: z.number().int(),
  })
  .strict();
export type TSupportAccessResponse = z.infer<typeof ZSupportAccessResponseSchema>;
