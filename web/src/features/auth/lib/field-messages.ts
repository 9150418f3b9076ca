import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@portal/shared/schemas/auth.schema';
import type { TTranslate } from '../../../lib/i18n/catalog-types';
import type { TIssueKind } from '../../../lib/form-errors';

/** The kinds of field the auth forms have; each has its own words for each problem. */
export type TAuthFieldKind = 'email' | 'password' | 'newPassword' | 'code' | 'secondFactorCode';

/** A client-side validation problem as a message in the UI language. */
export function describeAuthIssue(t: TTranslate, field: TAuthFieldKind, kind: TIssueKind): string {
  switch (field) {
    case 'email':
      if (kind === 'required') return t('auth.fields.email.required');
      if (kind === 'too-long') return t('auth.fields.email.tooLong');
      return t('auth.fields.email.invalid');
    case 'password':
      if (kind === 'too-long') return t('auth.fields.password.tooLong', { max: PASSWORD_MAX_LENGTH });
      return t('auth.fields.password.required');
    case 'newPassword':
      if (kind === 'required') return t('auth.fields.newPassword.required');
      if (kind === 'too-long') return t('auth.fields.newPassword.tooLong', { max: PASSWORD_MAX_LENGTH });
      return t('auth.fields.newPassword.tooShort', { min: PASSWORD_MIN_LENGTH });
    case 'code':
      if (kind === 'required') return t('auth.fields.code.required');
      return t('auth.fields.code.invalid');
    case 'secondFactorCode':
      if (kind === 'required') return t('auth.secondFactor.codeRequired');
      return t('auth.secondFactor.codeInvalid');
  }
}

/**
 * A field error the server sent, in the UI language where we know what it means. A new password
 * that passed the length check here can only fail the server's common-password list; an emailed
 * code fails for one uniform reason (wrong, used or expired).
 */
export function describeServerFieldError(
  t: TTranslate,
  field: TAuthFieldKind,
  serverMessage: string,
): string {
  if (field === 'newPassword' && /common/i.test(serverMessage)) {
    return t('auth.fields.newPassword.common');
  }
  if (field === 'code') return t('auth.fields.code.rejected');
  return serverMessage;
}
