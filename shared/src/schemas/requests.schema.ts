import { z } from 'zod';
import { ZLanguageSchema } from '../domain/languages.ts';
import { ZRequestTypeSchema } from '../domain/request-types.ts';
import { ZEmailSchema } from './auth.schema.ts';

/**
 * Requests and deadlines (issue 9): every right exercised becomes one request with a clock. The
 * customer follows theirs under "My requests"; privacy officers work the queue; people who cannot
 * sign in file one from the public pages and prove who they are with an emailed code.
 */

const ZInstantSchema = z.iso.datetime({ offset: true });
const ZDaySchema = z.iso.date();

/**
 * `received`: filed, nobody has started. `identity-pending`: waiting for proof of identity.
 * `in-progress`: acknowledged and being worked. `on-hold`: a legal hold stops it (two privacy
 * officers agreed). `extended`: the deadline was extended with notice. The last four are final.
 */
export const REQUEST_STATUSES = [
  'received',
  'identity-pending',
  'in-progress',
  'on-hold',
  'extended',
  'completed',
  'partially-completed',
  'rejected',
  'cancelled',
] as const;
export const ZRequestStatusSchema = z.enum(REQUEST_STATUSES);
export type TRequestStatus = z.infer<typeof ZRequestStatusSchema>;

export const FINAL_REQUEST_STATUSES = ['completed', 'partially-completed', 'rejected', 'cancelled'] as const satisfies readonly TRequestStatus[];
export function isFinalRequestStatus(status: TRequestStatus): boolean {
  return (FINAL_REQUEST_STATUSES as readonly TRequestStatus[]).includes(status);
}

/**
 * Where the request came from: a feature that acts at once and reports here (an export, an
 * erasure, a correction, a restriction of the account, a privacy choice), the customer's own
 * request form, the public pages, or staff on the customer's written request.
 */
export const REQUEST_ORIGINS = ['export', 'erasure', 'rectification', 'restriction', 'privacy-choice', 'portal', 'public', 'staff'] as const;
export const ZRequestOriginSchema = z.enum(REQUEST_ORIGINS);
export type TRequestOrigin = z.infer<typeof ZRequestOriginSchema>;

/** Request types a customer files through the form; the others are made by their features. */
export const FILEABLE_REQUEST_TYPES = [
  'access-categories',
  'restriction',
  'objection',
  'portability',
  'shine-the-light',
  'unauthorized-account',
  'child-data',
] as const satisfies readonly z.infer<typeof ZRequestTypeSchema>[];
export const ZFileableRequestTypeSchema = z.enum(FILEABLE_REQUEST_TYPES);

/** Request types people without an account file on the public pages. */
export const PUBLIC_REQUEST_TYPES = ['access', 'erasure', 'rectification', 'unauthorized-account', 'child-data'] as const;
export const ZPublicRequestTypeSchema = z.enum(PUBLIC_REQUEST_TYPES);
export type TPublicRequestType = z.infer<typeof ZPublicRequestTypeSchema>;

export const DEADLINE_STATES = ['on-track', 'due-soon', 'overdue', 'closed'] as const;
export const ZDeadlineStateSchema = z.enum(DEADLINE_STATES);

export const ZRequestDeadlinesSchema = z
  .object({
    acknowledgeBy: ZInstantSchema.nullable(),
    /** The deadline in force (the extended one once an extension is taken). */
    answerBy: ZInstantSchema,
    /** The operator's local date of `answerBy`, for display. */
    answerOn: ZDaySchema,
    firstAnswerBy: ZInstantSchema,
    /** The latest date an extension could reach; null when no law allows one. */
    extendableTo: ZInstantSchema.nullable(),
    extension: z.enum(['not-allowed', 'available', 'taken', 'notice-too-late']),
    /** What set the deadline: the law or the operator's promise, and the citation. */
    source: z.enum(['law', 'operator-promise']),
    citation: z.string(),
    timeZone: z.string(),
    /** Calendar days left in the operator's time zone (0 on the last day); null once closed. */
    daysLeft: z.number().int().nullable(),
    state: ZDeadlineStateSchema,
  })
  .strict();
export type TRequestDeadlines = z.infer<typeof ZRequestDeadlinesSchema>;

/** `customer`: the person themselves (signed in or verified by code); `system`: the portal. */
export const ZRequestActorSchema = z.enum(['customer', 'staff', 'system']);

export const REQUEST_EVENT_KINDS = [
  'filed',
  'status-changed',
  'identity-verified',
  'assigned',
  'extended',
  'hold-proposed',
  'hold-placed',
  'hold-lifted',
  'hold-declined',
  'message',
  'notified',
  'document-uploaded',
  'document-deleted',
] as const;
export const ZRequestEventKindSchema = z.enum(REQUEST_EVENT_KINDS);

export const ZRequestEventSchema = z
  .object({
    at: ZInstantSchema,
    kind: ZRequestEventKindSchema,
    /** The status after the event; null when it did not change the status. */
    status: ZRequestStatusSchema.nullable(),
    actor: ZRequestActorSchema,
    /** Why: the reason given with an extension, a rejection, a hold. */
    note: z.string().nullable(),
  })
  .strict();
export type TRequestEvent = z.infer<typeof ZRequestEventSchema>;

export const ZRequestMessageSchema = z
  .object({
    id: z.uuid(),
    at: ZInstantSchema,
    from: z.enum(['customer', 'staff', 'system']),
    body: z.string(),
  })
  .strict();
export type TRequestMessage = z.infer<typeof ZRequestMessageSchema>;

/** A download that belongs to the request, served by its feature's own (signed-in) endpoint. */
export const ZRequestResultSchema = z
  .object({
    kind: z.enum(['export', 'erasure-certificate', 'consent-receipt']),
    /** The API path the SPA opens (same-origin, behind sign-in). */
    href: z.string(),
  })
  .strict();

export const ZRequestSummarySchema = z
  .object({
    id: z.uuid(),
    /** Quoted in emails and on the phone: `REQ-2026-000042`. */
    reference: z.string(),
    type: ZRequestTypeSchema,
    status: ZRequestStatusSchema,
    origin: ZRequestOriginSchema,
    receivedAt: ZInstantSchema,
    closedAt: ZInstantSchema.nullable(),
    deadlines: ZRequestDeadlinesSchema,
  })
  .strict();
export type TRequestSummary = z.infer<typeof ZRequestSummarySchema>;

export const ZRequestViewSchema = ZRequestSummarySchema.extend({
  /** What the person wrote when filing; null for requests a feature made. */
  details: z.string().nullable(),
  acknowledgedAt: ZInstantSchema.nullable(),
  /** The reason given with a rejection or an extension, as sent to the customer. */
  outcomeReason: z.string().nullable(),
  extensionReason: z.string().nullable(),
  /** The supervisory authority the customer may complain to (shown with every rejection). */
  complaintTo: z.object({ name: z.string(), url: z.string() }).strict(),
  results: z.array(ZRequestResultSchema),
  timeline: z.array(ZRequestEventSchema),
  messages: z.array(ZRequestMessageSchema),
  /** The customer may still cancel it (a filed request nobody has completed). */
  cancellable: z.boolean(),
}).strict();
export type TRequestView = z.infer<typeof ZRequestViewSchema>;

export const ZRequestListResponseSchema = z.object({ requests: z.array(ZRequestSummarySchema) }).strict();
export type TRequestListResponse = z.infer<typeof ZRequestListResponseSchema>;

export const ZRequestIdParamsSchema = z.object({ id: z.uuid() }).strict();

const ZDetailsSchema = z
  .string()
  .trim()
  .min(10, 'Tell us in at least 10 characters what you are asking for.')
  .max(4000, 'Keep it under 4000 characters.');

export const ZFileRequestSchema = z
  .object({
    type: ZFileableRequestTypeSchema,
    details: ZDetailsSchema,
    /** Vietnam: a processor or third party must act too (20 days instead of 15). */
    processorsInvolved: z.boolean().optional(),
  })
  .strict();
export type TFileRequest = z.infer<typeof ZFileRequestSchema>;

export const ZRequestMessageBodySchema = z
  .object({ body: z.string().trim().min(1, 'Write a message.').max(4000, 'Keep it under 4000 characters.') })
  .strict();
export type TRequestMessageBody = z.infer<typeof ZRequestMessageBodySchema>;

// ------------------------------------------------------------------ the staff queue

export const ZStaffRequestQueueQuerySchema = z
  .object({
    status: z.enum(['open', 'closed', ...REQUEST_STATUSES]).optional(),
    type: ZRequestTypeSchema.optional(),
    due: z.enum(['due-soon', 'overdue']).optional(),
    assigned: z.enum(['me', 'nobody']).optional(),
  })
  .strict();
export type TStaffRequestQueueQuery = z.infer<typeof ZStaffRequestQueueQuerySchema>;

export const ZStaffRequestSummarySchema = ZRequestSummarySchema.extend({
  /** The customer's number, or null for a public request not matched to an account. */
  customerNumber: z.string().nullable(),
  assignedTo: z.object({ id: z.uuid(), displayName: z.string() }).strict().nullable(),
  identityVerified: z.boolean(),
}).strict();
export type TStaffRequestSummary = z.infer<typeof ZStaffRequestSummarySchema>;

export const ZStaffRequestQueueResponseSchema = z
  .object({
    requests: z.array(ZStaffRequestSummarySchema),
    /** Open requests due within `DUE_SOON_DAYS`, and overdue, whatever the filter. */
    counts: z.object({ open: z.number().int(), dueSoon: z.number().int(), overdue: z.number().int() }).strict(),
  })
  .strict();
export type TStaffRequestQueueResponse = z.infer<typeof ZStaffRequestQueueResponseSchema>;

export const ZRequestHoldSchema = z
  .object({
    id: z.uuid(),
    action: z.enum(['place', 'lift']),
    reason: z.string(),
    proposedBy: z.object({ id: z.uuid(), displayName: z.string() }).strict(),
    proposedAt: ZInstantSchema,
    /** The second privacy officer who confirmed (or declined); null while waiting. */
    decidedBy: z.object({ id: z.uuid(), displayName: z.string() }).strict().nullable(),
    decidedAt: ZInstantSchema.nullable(),
    decision: z.enum(['pending', 'approved', 'declined']),
    /** Whether the staff member looking may approve or decline: pending, and not their own proposal. */
    canDecide: z.boolean(),
  })
  .strict();
export type TRequestHold = z.infer<typeof ZRequestHoldSchema>;

export const ZRequestDocumentSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    uploadedAt: ZInstantSchema,
    /** Deleted when the request is verified or closed, and at the latest then. */
    deleteBy: ZInstantSchema,
  })
  .strict();

export const ZStaffRequestViewSchema = ZRequestViewSchema.extend({
  customerNumber: z.string().nullable(),
  customerId: z.uuid().nullable(),
  /** For public requests: the email the code went to and the data points given, as entered. */
  requester: z
    .object({
      email: z.string().nullable(),
      dataPoints: z.record(z.string(), z.string()),
      /** How many of the data points matched the account (public requests); null otherwise. */
      matchedDataPoints: z.number().int().nullable(),
      agent: z.object({ name: z.string(), email: z.string() }).strict().nullable(),
    })
    .strict()
    .nullable(),
  assignedTo: z.object({ id: z.uuid(), displayName: z.string() }).strict().nullable(),
  identityVerifiedAt: ZInstantSchema.nullable(),
  holds: z.array(ZRequestHoldSchema),
  documents: z.array(ZRequestDocumentSchema),
  /** What the signed-in privacy officer may do now. */
  actions: z
    .object({
      acknowledge: z.boolean(),
      verifyIdentity: z.boolean(),
      extend: z.boolean(),
      complete: z.boolean(),
      reject: z.boolean(),
      proposeHold: z.boolean(),
      proposeLift: z.boolean(),
    })
    .strict(),
}).strict();
export type TStaffRequestView = z.infer<typeof ZStaffRequestViewSchema>;

export const ZAssignRequestSchema = z.object({ to: z.enum(['me', 'nobody']) }).strict();
const ZReasonSchema = z
  .string()
  .trim()
  .min(10, 'Give the reason in at least 10 characters.')
  .max(2000, 'Keep it under 2000 characters.');
export const ZReasonBodySchema = z.object({ reason: ZReasonSchema }).strict();
export type TReasonBody = z.infer<typeof ZReasonBodySchema>;
export const ZVerifyIdentitySchema = z.object({ method: z.enum(['signed-in', 'email-code', 'data-points', 'document', 'agent-permission']), note: z.string().trim().max(500).optional() }).strict();
export const ZCompleteRequestSchema = z
  .object({ outcome: z.enum(['completed', 'partially-completed']), message: ZReasonSchema })
  .strict();
export type TCompleteRequest = z.infer<typeof ZCompleteRequestSchema>;
export const ZProposeHoldSchema = z.object({ action: z.enum(['place', 'lift']), reason: ZReasonSchema }).strict();
export const ZHoldParamsSchema = z.object({ id: z.uuid(), holdId: z.uuid() }).strict();
export const ZDecideHoldSchema = z.object({ decision: z.enum(['approved', 'declined']) }).strict();
export const ZDocumentParamsSchema = z.object({ id: z.uuid(), documentId: z.uuid() }).strict();

// ------------------------------------------------------------------ requests without an account

/** Facts the operator holds that the person gives to be matched (2 needed; 3 for specific pieces in coopt). */
export const DATA_POINTS = ['fullName', 'phone', 'postalCode', 'customerNumber', 'dateOfBirth', 'lastOrderNumber'] as const;
export const ZDataPointSchema = z.enum(DATA_POINTS);
export type TDataPoint = z.infer<typeof ZDataPointSchema>;

export const ZPublicRequestStartSchema = z
  .object({
    type: ZPublicRequestTypeSchema,
    email: ZEmailSchema,
    dataPoints: z.partialRecord(ZDataPointSchema, z.string().trim().min(1).max(200)),
    details: ZDetailsSchema,
    language: ZLanguageSchema.optional(),
    /** coopt: specific pieces of information need 3 data points and a signed declaration. */
    specificPieces: z.boolean().optional(),
    declaration: z.object({ signedName: z.string().trim().min(2).max(200), accepted: z.literal(true) }).strict().optional(),
    /** An authorized agent files for someone else with the person's signed permission. */
    agent: z
      .object({ name: z.string().trim().min(2).max(200), email: ZEmailSchema, permission: z.string().trim().min(20).max(4000) })
      .strict()
      .optional(),
  })
  .strict();
export type TPublicRequestStart = z.infer<typeof ZPublicRequestStartSchema>;

/** The same answer whether or not anyone with that email exists (no enumeration). */
export const ZPublicRequestStartResponseSchema = z
  .object({ verificationId: z.uuid(), minutesValid: z.number().int(), sentTo: z.string() })
  .strict();

export const ZPublicVerificationParamsSchema = z.object({ verificationId: z.uuid() }).strict();
export const ZPublicRequestConfirmSchema = z.object({ code: z.string().trim().regex(/^\d{6}$/, 'Enter the 6-digit code.') }).strict();
export const ZPublicRequestConfirmResponseSchema = z
  .object({
    reference: z.string(),
    type: ZPublicRequestTypeSchema,
    answerOn: ZDaySchema,
    /** Lets the person add an ID document as the last resort, for 30 minutes, nothing else. */
    uploadToken: z.string(),
  })
  .strict();

export const ID_DOCUMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const ID_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ZIdDocumentUploadSchema = z
  .object({
    uploadToken: z.string().min(10).max(2000),
    fileName: z.string().trim().min(1).max(200),
    contentType: z.enum(ID_DOCUMENT_TYPES),
    /** Base64 of the file, at most 5 MB decoded. */
    data: z.base64().max(Math.ceil((ID_DOCUMENT_MAX_BYTES * 4) / 3) + 4, 'The file is larger than 5 MB.'),
  })
  .strict();
export const ZIdDocumentUploadResponseSchema = z.object({ received: z.literal(true), deleteBy: ZInstantSchema }).strict();

// ------------------------------------------------------------------ metrics

export const ZRequestMetricsQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict();
export const ZRequestMetricsRowSchema = z
  .object({
    type: ZRequestTypeSchema,
    received: z.number().int(),
    completed: z.number().int(),
    /** Rejected, in whole or in part. */
    denied: z.number().int(),
    medianDaysToAnswer: z.number().nullable(),
    meanDaysToAnswer: z.number().nullable(),
  })
  .strict();
export const ZRequestMetricsResponseSchema = z
  .object({ year: z.number().int(), rows: z.array(ZRequestMetricsRowSchema), generatedAt: ZInstantSchema })
  .strict();
export type TRequestMetricsResponse = z.infer<typeof ZRequestMetricsResponseSchema>;
