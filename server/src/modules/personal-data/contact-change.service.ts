import { localize } from '@portal/shared/domain/languages';
import { correctionValueSchema, needsContactConfirmation } from '@portal/shared/inventory/field-value-schema';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { TContactChangeStarted, TStartContactChangeRequest } from '@portal/shared/schemas/personal-data.schema';
import type { Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { TRateLimiter } from '../../http/rate-limiter.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { EMAIL_CODE_TTL_MS, type TSecondFactorService } from '../auth/second-factor.service.ts';
import type { TInventory } from './inventory.ts';
import { loadSubject } from './my-data.service.ts';

/** How a confirmation code reaches the new address; `sms` is null when no SMS channel exists. */
export type TContactCodeSenders = {
  email: (message: { to: string; language: string; code: string; minutesValid: number }) => void;
  sms: ((message: { to: string; language: string; code: string; minutesValid: number }) => Promise<void>) | null;
};

const MINUTES_VALID = EMAIL_CODE_TTL_MS / 60_000;
const STARTS_PER_CUSTOMER = { limit: 5, windowSeconds: 3600 };
export const CONTACT_CODE_REJECTED = 'That code is not valid for this change or has expired. Ask for a new one.';

/** `s…@example.nl`, `…5678`: enough to recognise, not enough to read off a shoulder. */
function masked(channel: 'email' | 'sms', value: string): string {
  if (channel === 'sms') return `…${value.replace(/\D/g, '').slice(-4)}`;
  const [local = '', domain = ''] = value.split('@');
  return `${local.slice(0, 1)}…@${domain}`;
}

/**
 * Email and phone changes (product.md capability 3): a code goes to the NEW address and the
 * correction is applied only with it, so nobody can point an account at an address they do not
 * hold. The code is bound to the field and a keyed hash of the new value.
 */
export function createContactChangeService(deps: {
  db: Db;
  profile: TProfile;
  inventory: TInventory;
  secret: TServerSecret;
  codes: Pick<TSecondFactorService, 'issueEmailCode' | 'consumeEmailCode'>;
  senders: TContactCodeSenders;
  rateLimiter: TRateLimiter;
  audit: TAuditRecorder;
}) {
  const purposeOf = (category: string, field: string, value: string) =>
    `contact-change:${category}.${field}:${deps.secret.hmac('contact-change', value.trim().toLowerCase())}` as const;

  function contactField(categoryId: string, fieldKey: string) {
    const category = deps.inventory.category(categoryId);
    const field = category?.fields.find((f) => f.key === fieldKey);
    if (!category || !field || !needsContactConfirmation(field, category.store)) {
      throw new AppError('validation_failed', 'Only an email address or phone number is changed with a code.', {
        fields: { 'body.field': ['Only an email address or phone number is changed with a code.'] },
      });
    }
    return { category, field, channel: field.type === 'email' ? ('email' as const) : ('sms' as const) };
  }

  return {
    needsCode: (categoryId: string, fieldKey: string): boolean => {
      const category = deps.inventory.category(categoryId);
      const field = category?.fields.find((f) => f.key === fieldKey);
      return Boolean(category && field && needsContactConfirmation(field, category.store));
    },

    async start(ctx: TRequestContext, input: TStartContactChangeRequest): Promise<TContactChangeStarted> {
      const { category, field, channel } = contactField(input.category, input.field);
      const parsed = correctionValueSchema(field, category.store).safeParse(input.value);
      if (!parsed.success || typeof parsed.data !== 'string') {
        const message = parsed.success ? 'Enter the new address.' : (parsed.error.issues[0]?.message ?? 'This value is not valid.');
        throw new AppError('validation_failed', message, { fields: { 'body.value': [message] } });
      }
      const sendSms = deps.senders.sms;
      if (channel === 'sms' && !sendSms) {
        throw new AppError('unavailable', 'Phone numbers cannot be confirmed by text message here yet. Send a rectification request instead.');
      }
      const { row, subject } = await loadSubject(deps.db, ctx);
      await deps.rateLimiter.hit(`contact-change:${subject.customerId}`, STARTS_PER_CUSTOMER);
      const value = parsed.data;
      const code = await deps.codes.issueEmailCode({ kind: 'customer', id: subject.customerId }, purposeOf(category.id, field.key, value));
      const message = { to: value, language: row.language, code, minutesValid: MINUTES_VALID };
      if (channel === 'email') deps.senders.email(message);
      else await sendSms?.(message);
      await deps.audit(deps.db, ctx, {
        action: 'personal-data.contact-change.code-sent',
        outcome: 'success',
        subjectCustomerId: subject.customerId,
        targetType: 'personal-data-field',
        targetId: `${category.id}.${field.key}`,
        details: { channel, field: field.key, label: localize(field.label, 'en') },
      });
      return { sentTo: masked(channel, value), channel, minutesValid: MINUTES_VALID };
    },

    /** True when `code` was sent for exactly this change; it is used up either way after five tries. */
    async verify(customerId: string, categoryId: string, fieldKey: string, value: string, code: string): Promise<boolean> {
      return deps.codes.consumeEmailCode({ kind: 'customer', id: customerId }, purposeOf(categoryId, fieldKey, value), code);
    },
  };
}

export type TContactChangeService = ReturnType<typeof createContactChangeService>;
