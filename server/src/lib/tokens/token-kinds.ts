import { z } from 'zod';

type TTokenKindSpec = {
  /** JOSE `typ` header (RFC 8725 §3.11): a token of one kind can never pass as another. */
  typ: string;
  aud: string;
  /**
   * `required`: short-lived tickets, `exp` is mandatory. `none`: signed statements (receipts,
   * checkpoints) that must still verify years later, so they carry no `exp`.
   */
  expiry: 'required' | 'none';
  subject: 'required' | 'optional';
  /** The kind's own claims, all required; registered claims (iss, aud, exp, …) are set by the service. */
  claims: z.ZodObject;
};

const ZUuid = z.uuid().transform((id) => id.toLowerCase());
const ZCode = z.string().regex(/^[a-z0-9][a-z0-9._:-]{0,63}$/);
/** What an erasure kept: the category, the legal hold (if a law is the reason) and the last day it is kept. */
const ZKept = z.object({ category: ZCode, holdId: ZCode.nullable(), purgeUntil: z.iso.date().nullable() }).strict();

/** Every token the server issues; the one place to look up what a kind carries and who accepts it. */
export const TOKEN_KINDS = {
  'email-code': {
    typ: 'custodia-email-code+jwt',
    aud: 'custodia:email-code',
    expiry: 'required',
    subject: 'required',
    claims: z.object({ challengeId: ZUuid, purpose: ZCode }),
  },
  'password-reset': {
    typ: 'custodia-password-reset+jwt',
    aud: 'custodia:password-reset',
    expiry: 'required',
    subject: 'required',
    claims: z.object({ resetId: ZUuid }),
  },
  /** Lets a person who proved their email with a code add an ID document to that one request. */
  'request-document-upload': {
    typ: 'custodia-request-document-upload+jwt',
    aud: 'custodia:request-document-upload',
    expiry: 'required',
    subject: 'required',
    claims: z.object({}),
  },
  'email-verification': {
    typ: 'custodia-email-verification+jwt',
    aud: 'custodia:email-verification',
    expiry: 'required',
    subject: 'required',
    claims: z.object({ verificationId: ZUuid }),
  },
  'export-download': {
    typ: 'custodia-export-download+jwt',
    aud: 'custodia:export-download',
    expiry: 'required',
    subject: 'required',
    claims: z.object({ exportId: ZUuid }),
  },
  // One system's part of an erasure. `sub` is the erasure request id (a pseudonymous reference):
  // neither these nor certificates carry anything that names the person.
  'erasure-receipt': {
    typ: 'custodia-erasure-receipt+jwt',
    aud: 'custodia:erasure-receipt',
    expiry: 'none',
    subject: 'required',
    claims: z.object({
      erasureRequestId: ZUuid,
      system: ZCode,
      outcome: ZCode,
      confirmedAt: z.iso.datetime(),
      erasedRecords: z.number().int().min(0).nullable(),
      anonymisedRecords: z.number().int().min(0).nullable(),
      kept: z.array(ZKept).max(100),
    }),
  },
  // The whole erasure, once every system's step ended; each receipt is named by its SHA-256.
  'erasure-certificate': {
    typ: 'custodia-erasure-certificate+jwt',
    aud: 'custodia:erasure-certificate',
    expiry: 'none',
    subject: 'required',
    claims: z.object({
      erasureRequestId: ZUuid,
      scope: z.enum(['account', 'categories']),
      categories: z.array(ZCode).max(200),
      systems: z.array(z.object({ system: ZCode, outcome: ZCode, receipt: z.string().regex(/^[0-9a-f]{64}$/) }).strict()).max(50),
      kept: z.array(ZKept).max(100),
      completedAt: z.iso.datetime(),
    }),
  },
  'audit-checkpoint': {
    typ: 'custodia-audit-checkpoint+jwt',
    aud: 'custodia:audit-checkpoint',
    expiry: 'none',
    subject: 'optional',
    claims: z.object({
      seq: z.number().int().positive(),
      hash: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  },
  'impersonation-ticket': {
    typ: 'custodia-impersonation-ticket+jwt',
    aud: 'custodia:impersonation-ticket',
    expiry: 'required',
    subject: 'required',
    // RFC 8693 §4.1: the customer is `sub`, the staff member the actor.
    claims: z.object({ impersonationId: ZUuid, act: z.object({ sub: z.string().min(1) }) }),
  },
  unsubscribe: {
    typ: 'custodia-unsubscribe+jwt',
    aud: 'custodia:unsubscribe',
    expiry: 'required',
    subject: 'required',
    claims: z.object({ purpose: ZCode, channel: ZCode }),
  },
  'consent-receipt': {
    typ: 'custodia-consent-receipt+jwt',
    aud: 'custodia:consent-receipt',
    expiry: 'none',
    subject: 'required',
    claims: z.object({ ledgerSeq: z.number().int().positive() }),
  },
} as const satisfies Record<string, TTokenKindSpec>;

export type TTokenKind = keyof typeof TOKEN_KINDS;
export type TTokenKindOf<K extends TTokenKind> = (typeof TOKEN_KINDS)[K];
/** What `sign` takes for a kind. */
export type TTokenClaimsInput<K extends TTokenKind> = z.input<TTokenKindOf<K>['claims']>;
/** What `verify` returns for a kind, after its schema ran. */
export type TTokenClaims<K extends TTokenKind> = z.output<TTokenKindOf<K>['claims']>;
