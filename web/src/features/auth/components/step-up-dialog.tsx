import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ZStepUpRequestSchema } from '@portal/shared/schemas/auth.schema';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/text-field';
import { ApiError } from '../../../lib/api-client';
import { validateForm } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useModalDialog } from '../../../lib/use-modal-dialog';
import { sessionQueryOptions } from '../api/get-session';
import { useRequestStepUpCode, useStepUp } from '../api/step-up';
import { authErrorMessage } from '../lib/auth-error-message';
import { describeAuthIssue } from '../lib/field-messages';
import './auth.css';

type TMethod = 'password' | 'totp' | 'email-code';
type TField = 'password' | 'code';
const FIELDS = ['password', 'code'] as const;

type TProps = {
  /** The server accepted the re-authentication; the waiting call is repeated. */
  onConfirmed: () => void;
  /** Closed without confirming; the waiting call fails with `StepUpCancelledError`. */
  onCancel: () => void;
};

/**
 * "Confirm it is you": a modal dialog asking for the password, or a code from the authenticator
 * app, or an emailed code. A native `<dialog>` shown with `showModal()`, so the page behind is
 * inert, Escape cancels and focus returns to where it was.
 */
export function StepUpDialog({ onConfirmed, onCancel }: TProps) {
  const { t, language } = useI18n();
  const session = useQuery(sessionQueryOptions());
  const principal = session.data?.status === 'signed-in' ? session.data.principal : null;
  const canUseTotp =
    principal?.kind === 'staff' || (principal?.kind === 'customer' && principal.secondFactorEnabled);
  const stepUp = useStepUp();
  const requestCode = useRequestStepUpCode();
  const [method, setMethod] = useState<TMethod>('password');
  const [codeSent, setCodeSent] = useState(false);
  const { errors, show, clear } = useFormErrors<TField>();
  const dialogRef = useModalDialog();
  const titleId = useId();
  const introId = useId();
  const id = useId();
  const fieldId = (field: TField) => `${id}-${field}`;

  // Signed out meanwhile (the session ended): nothing left to confirm.
  const signedOut = session.data !== undefined && session.data.status !== 'signed-in';
  useEffect(() => {
    if (signedOut) onCancel();
  }, [signedOut, onCancel]);

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [dialogRef, method, codeSent]);

  const choose = (next: TMethod) => {
    clear();
    setMethod(next);
    if (next === 'email-code' && !codeSent) {
      requestCode.mutate(undefined, {
        onSuccess: () => setCodeSent(true),
        onError: (error) => show({}, authErrorMessage(error, t, language)),
      });
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (stepUp.isPending) return;
    const form = new FormData(event.currentTarget);
    const field: TField = method === 'password' ? 'password' : 'code';
    const value = String(form.get(field) ?? '');
    const result =
      method === 'password'
        ? validateForm(ZStepUpRequestSchema, { method, password: value }, (_name, kind) =>
            describeAuthIssue(t, 'password', kind),
          )
        : validateForm(ZStepUpRequestSchema, { method, code: value }, (_name, kind) =>
            describeAuthIssue(t, 'code', kind),
          );
    if (!result.ok) {
      show(pickFields(result.errors));
      return;
    }
    clear();
    stepUp.mutate(result.data, {
      onSuccess: onConfirmed,
      onError: (error) => {
        // The server answers a wrong password or code with 401 `unauthenticated`.
        if (error instanceof ApiError && (error.code === 'unauthenticated' || error.code === 'validation_failed')) {
          show({ [field]: t('auth.stepUp.rejected') });
        } else {
          show({}, authErrorMessage(error, t, language));
        }
      },
    });
  };

  const alternatives: { method: TMethod; label: string }[] = [
    { method: 'password', label: t('auth.stepUp.usePassword') },
    ...(canUseTotp ? [{ method: 'totp' as const, label: t('auth.stepUp.useTotp') }] : []),
    { method: 'email-code', label: t('auth.stepUp.useEmailCode') },
  ];

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={introId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{t('auth.stepUp.title')}</h2>
      <p id={introId}>{t('auth.stepUp.intro')}</p>
      <ErrorSummary message={errors.form} items={summaryItems(errors.fields, fieldId, FIELDS)} attempt={errors.attempt} />
      {method === 'email-code' ? (
        <p role="status">{codeSent ? t('auth.stepUp.emailCodeSent') : requestCode.isPending ? t('auth.common.sending') : null}</p>
      ) : null}
      <form className="form" noValidate onSubmit={submit}>
        {method === 'password' ? (
          <TextField
            key="password"
            id={fieldId('password')}
            name="password"
            type="password"
            label={t('auth.stepUp.passwordLabel')}
            autoComplete="current-password"
            required
            error={errors.fields.password}
          />
        ) : (
          <TextField
            key={method}
            id={fieldId('code')}
            name="code"
            label={method === 'totp' ? t('auth.stepUp.totpLabel') : t('auth.fields.code.label')}
            autoComplete="one-time-code"
            inputMode="numeric"
            spellCheck={false}
            required
            error={errors.fields.code}
          />
        )}
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={stepUp.isPending}>
            {stepUp.isPending ? t('auth.common.checking') : t('auth.stepUp.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('auth.stepUp.cancel')}
          </button>
        </div>
      </form>
      <ul className="auth-alternatives">
        {alternatives
          .filter((alternative) => alternative.method !== method)
          .map((alternative) => (
            <li key={alternative.method}>
              <button type="button" className="button--link" onClick={() => choose(alternative.method)}>
                {alternative.label}
              </button>
            </li>
          ))}
        {method === 'email-code' && codeSent ? (
          <li>
            <button
              type="button"
              className="button--link"
              aria-disabled={requestCode.isPending}
              onClick={() => {
                if (!requestCode.isPending) requestCode.mutate();
              }}
            >
              {t('auth.common.resend')}
            </button>
          </li>
        ) : null}
      </ul>
    </dialog>
  );
}

/** The discriminated union reports issues under `password` or `code`; keep those two. */
function pickFields(errors: Partial<Record<string, string>>): Partial<Record<TField, string>> {
  return { password: errors.password, code: errors.code };
}
