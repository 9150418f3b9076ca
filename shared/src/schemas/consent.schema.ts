import { z } from 'zod';
import { ZConsentChannelSchema } from '../domain/consent-channels.ts';
import {
  LEDGER_ENTRY_KINDS,
  ZConsentMethodSchema,
  ZPrivacyChoiceSchema,
} from '../domain/consent-methods.ts';
import { ZLanguageSchema } from '../domain/languages.ts';
import { ZPaginationQuerySchema } from './common.schema.ts';

/** A consent purpose id from the operator profile (`newsletter`, `partner-offers`, …). */
export const ZConsentPurposeIdSchema = z
  .string()
  .max(64)
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be a purpose id such as newsletter');

const ZInstantSchema = z.iso.datetime({ offset: true });
const ZNoticeVersionSchema = z.string().trim().min(1).max(64);

// ---------------------------------------------------------------- preferences (GET /api/consent)

export const ZConsentPreferencesQuerySchema = z
  .object({
    /** The language of the explanations; defaults to the customer's own language. */
    language: ZLanguageSchema.optional(),
  })
  .strict();

/** One channel of one purpose: the fold of the ledger (last entry wins; no entry = not granted). */
export const ZConsentChannelStateSchema = z
  .object({
    channel: ZConsentChannelSchema,
    granted: z.boolean(),
    changedAt: ZInstantSchema.nullable(),
    method: ZConsentMethodSchema.nullable(),
  })
  .strict();
export type TConsentChannelState = z.infer<typeof ZConsentChannelStateSchema>;

export const ZConsentPurposeStateSchema = z
  .object({
    id: ZConsentPurposeIdSchema,
    name: z.string(),
    /** The plain-language sentence shown under the toggles, in the requested language. */
    description: z.string(),
    channels: z.array(ZConsentChannelStateSchema).min(1),
  })
  .strict();
export type TConsentPurposeState = z.infer<typeof ZConsentPurposeStateSchema>;

/**
 * Global Privacy Control: `applicable` when the operator honours it (profile setting), `signal` when
 * this request carried `Sec-GPC: 1`, `honoured` when the signal is present and the customer's
 * "do not sell or share" opt-out is in force.
 */
export const ZGpcStatusSchema = z
  .object({ applicable: z.boolean(), signal: z.boolean(), honoured: z.boolean() })
  .strict();
export type TGpcStatus = z.infer<typeof ZGpcStatusSchema>;

export const ZPrivacyChoiceStateSchema = z
  .object({
    id: ZPrivacyChoiceSchema,
    optedOut: z.boolean(),
    changedAt: ZInstantSchema.nullable(),
    method: ZConsentMethodSchema.nullable(),
  })
  .strict();
export type TPrivacyChoiceState = z.infer<typeof ZPrivacyChoiceStateSchema>;

/** Shine the Light disclosure: third parties that received the customer's data for their own marketing. */
export const ZShineTheLightDisclosureSchema = z
  .object({
    /** The previous calendar year, which the disclosure covers (Civ. Code §1798.83(a)). */
    year: z.number().int(),
    recipients: z.array(
      z
        .object({
          name: z.string(),
          address: z.string().nullable(),
          country: z.string(),
          role: z.string(),
        })
        .strict(),
    ),
  })
  .strict();
export type TShineTheLightDisclosure = z.infer<typeof ZShineTheLightDisclosureSchema>;

export const ZConsentPreferencesResponseSchema = z
  .object({
    language: ZLanguageSchema,
    notice: z.object({ version: z.string(), effectiveDate: z.string() }).strict(),
    /** "Messages about your orders and account keep coming", in the requested language. */
    transactionalNote: z.string(),
    purposes: z.array(ZConsentPurposeStateSchema),
    gpc: ZGpcStatusSchema,
    /** "Your Privacy Choices": only for operators whose profile offers them (CCPA). */
    privacyChoices: z
      .object({
        choices: z.array(ZPrivacyChoiceStateSchema),
        shineTheLight: ZShineTheLightDisclosureSchema.nullable(),
      })
      .strict()
      .nullable(),
  })
  .strict();
export type TConsentPreferencesResponse = z.infer<typeof ZConsentPreferencesResponseSchema>;

// ---------------------------------------------------------------- changes

export const ZConsentTargetParamsSchema = z
  .object({ purpose: ZConsentPurposeIdSchema, channel: ZConsentChannelSchema })
  .strict();

/** Nothing is pre-ticked: the customer sends the choice and the notice version they were shown. */
export const ZUpdateConsentRequestSchema = z
  .object({
    granted: z.boolean(),
    noticeVersion: ZNoticeVersionSchema,
    /** The language the explanation was shown in; recorded with the entry. Defaults to the customer's. */
    language: ZLanguageSchema.optional(),
  })
  .strict();
export type TUpdateConsentRequest = z.infer<typeof ZUpdateConsentRequestSchema>;

export const ZUpdateConsentResponseSchema = z
  .object({
    purpose: ZConsentPurposeIdSchema,
    channel: ZConsentChannelSchema,
    granted: z.boolean(),
    /** False when the choice was already in force (nothing new is recorded). */
    changed: z.boolean(),
    changedAt: ZInstantSchema.nullable(),
    method: ZConsentMethodSchema.nullable(),
  })
  .strict();
export type TUpdateConsentResponse = z.infer<typeof ZUpdateConsentResponseSchema>;

export const ZWithdrawAllConsentRequestSchema = z
  .object({ noticeVersion: ZNoticeVersionSchema, language: ZLanguageSchema.optional() })
  .strict();
export const ZWithdrawAllConsentResponseSchema = z
  .object({ withdrawn: z.number().int().min(0) })
  .strict();
export type TWithdrawAllConsentResponse = z.infer<typeof ZWithdrawAllConsentResponseSchema>;

export const ZPrivacyChoiceParamsSchema = z.object({ choice: ZPrivacyChoiceSchema }).strict();

export const ZUpdatePrivacyChoiceRequestSchema = z
  .object({
    optedOut: z.boolean(),
    noticeVersion: ZNoticeVersionSchema,
    /** Needed to allow sale or sharing while the browser sends Global Privacy Control (else 409). */
    confirmOverrideGpc: z.boolean().optional(),
    language: ZLanguageSchema.optional(),
  })
  .strict();
export type TUpdatePrivacyChoiceRequest = z.infer<typeof ZUpdatePrivacyChoiceRequestSchema>;

export const ZUpdatePrivacyChoiceResponseSchema = z
  .object({
    choice: ZPrivacyChoiceSchema,
    optedOut: z.boolean(),
    changed: z.boolean(),
    changedAt: ZInstantSchema.nullable(),
    method: ZConsentMethodSchema.nullable(),
  })
  .strict();
export type TUpdatePrivacyChoiceResponse = z.infer<typeof ZUpdatePrivacyChoiceResponseSchema>;

/** The API's `conflict` message when opting in to sale or sharing against a GPC signal. */
export const GPC_OVERRIDE_REQUIRED_MESSAGE =
  'Your browser sends a Global Privacy Control signal, which we treat as "do not sell or share". Confirm that you want to allow sale and sharing anyway.';

// ---------------------------------------------------------------- history

export const ZConsentHistoryQuerySchema = ZPaginationQuerySchema;

export const ZConsentHistoryEntrySchema = z
  .object({
    seq: z.number().int(),
    kind: z.enum(LEDGER_ENTRY_KINDS),
    /** A consent purpose id, or a privacy choice id for `privacy-choice` entries. */
    purpose: z.string(),
    channel: ZConsentChannelSchema.nullable(),
    granted: z.boolean(),
    noticeVersion: z.string(),
    method: ZConsentMethodSchema,
    occurredAt: ZInstantSchema,
    /** Who made the change: the customer, staff on the customer's request, or the system. */
    actor: z.enum(['customer', 'staff', 'system']),
    userAgentFamily: z.string().nullable(),
    /** The change pushed to each recipient system that uses it (connectors), with its status. */
    deliveries: z.array(
      z
        .object({
          system: z.string(),
          systemName: z.string(),
          status: z.enum(['pending', 'delivered', 'failed']),
          attempts: z.number().int().min(0),
          updatedAt: ZInstantSchema,
        })
        .strict(),
    ),
  })
  .strict();
export type TConsentHistoryEntry = z.infer<typeof ZConsentHistoryEntrySchema>;

export const ZConsentHistoryResponseSchema = z
  .object({
    items: z.array(ZConsentHistoryEntrySchema),
    /** Pass as `cursor` for the next (older) page; null on the last page. */
    nextCursor: z.string().nullable(),
  })
  .strict();
export type TConsentHistoryResponse = z.infer<typeof ZConsentHistoryResponseSchema>;

// ---------------------------------------------------------------- receipt

export const CONSENT_RECEIPT_VERSION = 'custodia-consent-receipt/1';

/**
 * A statement of the customer's consents at one moment, signed by the operator (detached JWS), so
 * the customer can later prove what they had agreed to and the operator what it had recorded.
 */
export const ZConsentReceiptSchema = z
  .object({
    version: z.literal(CONSENT_RECEIPT_VERSION),
    receiptId: z.uuid(),
    issuedAt: ZInstantSchema,
    language: ZLanguageSchema,
    controller: z
      .object({
        name: z.string(),
        legalName: z.string(),
        address: z.string(),
        privacyEmail: z.string(),
      })
      .strict(),
    subject: z.object({ customerId: z.uuid(), customerNumber: z.string() }).strict(),
    notice: z.object({ version: z.string(), effectiveDate: z.string() }).strict(),
    consents: z.array(
      z
        .object({
          purpose: z.string(),
          purposeName: z.string(),
          channel: ZConsentChannelSchema,
          granted: z.boolean(),
          changedAt: ZInstantSchema.nullable(),
          method: ZConsentMethodSchema.nullable(),
          noticeVersion: z.string().nullable(),
          ledgerSeq: z.number().int().nullable(),
        })
        .strict(),
    ),
    privacyChoices: z.array(
      z
        .object({
          choice: ZPrivacyChoiceSchema,
          optedOut: z.boolean(),
          changedAt: ZInstantSchema.nullable(),
          method: ZConsentMethodSchema.nullable(),
          ledgerSeq: z.number().int().nullable(),
        })
        .strict(),
    ),
    /** Binds the receipt to the whole history: SHA-256 over the customer's ledger entries in order. */
    ledger: z
      .object({
        entries: z.number().int().min(0),
        lastSeq: z.number().int().nullable(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      })
      .strict(),
  })
  .strict();
export type TConsentReceipt = z.infer<typeof ZConsentReceiptSchema>;

export const ZSignedConsentReceiptSchema = z
  .object({
    receipt: ZConsentReceiptSchema,
    /** Detached compact JWS (`header..signature`) over the canonical JSON of `receipt`. */
    signature: z.string().regex(/^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/),
  })
  .strict();
export type TSignedConsentReceipt = z.infer<typeof ZSignedConsentReceiptSchema>;

export const ZVerifyConsentReceiptRequestSchema = z
  .object({ receipt: z.record(z.string(), z.unknown()), signature: z.string().max(2000) })
  .strict();
export const ZVerifyConsentReceiptResponseSchema = z.object({ valid: z.boolean() }).strict();

// ---------------------------------------------------------------- unsubscribe (RFC 8058)

export const ZUnsubscribeParamsSchema = z
  .object({
    token: z
      .string()
      .min(20)
      .max(2048)
      .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'not an unsubscribe token'),
  })
  .strict();

/** RFC 8058 §3.1: the mail app POSTs exactly `List-Unsubscribe=One-Click`. */
export const ZOneClickUnsubscribeFormSchema = z
  .object({ 'List-Unsubscribe': z.literal('One-Click') })
  .strict();

export const ZUnsubscribePreviewResponseSchema = z
  .object({
    operatorName: z.string(),
    language: ZLanguageSchema,
    purpose: z.object({ id: ZConsentPurposeIdSchema, name: z.string() }).strict(),
    channel: z.literal('email'),
    /** True when this consent is already withdrawn; confirming again changes nothing. */
    alreadyWithdrawn: z.boolean(),
  })
  .strict();
export type TUnsubscribePreviewResponse = z.infer<typeof ZUnsubscribePreviewResponseSchema>;

export const ZUnsubscribeResultSchema = z
  .object({
    status: z.enum(['unsubscribed', 'already-unsubscribed']),
    purpose: z.object({ id: ZConsentPurposeIdSchema, name: z.string() }).strict(),
    channel: z.literal('email'),
  })
  .strict();
export type TUnsubscribeResult = z.infer<typeof ZUnsubscribeResultSchema>;

// ---------------------------------------------------------------- SMS STOP webhook

export const ZSmsInboundRequestSchema = z
  .object({
    /** The sender's number as the SMS provider reports it (E.164 or national). */
    from: z.string().trim().min(3).max(32),
    text: z.string().max(1600),
  })
  .strict();
export type TSmsInboundRequest = z.infer<typeof ZSmsInboundRequestSchema>;

/** The one text the provider sends back to the sender. */
export const ZSmsInboundResponseSchema = z.object({ reply: z.string() }).strict();
