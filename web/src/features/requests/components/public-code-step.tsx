import { useEffect, useId, useRef, type FormEvent } from 'react';
import { ZPublicRequestConfirmSchema } from '@portal/shared/schemas/requests.schema';
import type { z } from 'zod';
import type { ZPublicRequestConfirmResponseSchema } from '@portal/shared/schemas/requests.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/text-field';
import { ApiError } from '../../../lib/api-client';
import { validateForm } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useConfirmPublicRequest } from '../api/public-requests';

export type TPublicConfirmation = z.output<typeof ZPublicRequestConfirmResponseSchema>;

type TProps = {
  verificationId: string;
  sentTo: string;
  minutesValid: number;
  onConfirmed: (confirmation: TPublicConfirmation) => void;
  onStartAgain: () => void;
};

/** Step 2: the 6-digit code from the email; a wrong code may be tried again, an expired one needs a new start. */
export function PublicCodeStep({ verificationId, sentTo, minutesValid, onConfirmed, onStartAgain }: TProps) {
  const { t } = useI18n();
  const confirm = useConfirmPublicRequest();
  const { errors, show, clear } = useFormErrors<'code'>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const fieldId = `${id}-code`;
  const expired = confirm.error instanceof ApiError && confirm.error.status === 410;

  useEffect(() => headingRef.current?.focus(), []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending) return;
    const result = validateForm(ZPublicRequestConfirmSchema, { code: String(new FormData(event.currentTarget).get('code') ?? '') }, () => t('requests.public.code.required'));
    if (!result.ok) return show(result.errors);
    clear();
    confirm.mutate(
      { verificationId, code: result.data.code },
      {
        onSuccess: onConfirmed,
        onError: (error) => {
          if (error instanceof ApiError && error.status === 410) return show({}, t('requests.public.code.expired'));
          if (error instanceof ApiError && error.status === 400) return show({ code: t('requests.public.code.wrong') });
          show({}, t('requests.public.failed', { reason: errorMessage(error, t) }));
        },
      },
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('requests.public.code.heading')}
      </h2>
      <p>{t('requests.public.code.sent', { sentTo, minutes: minutesValid })}</p>
      <ErrorSummary message={errors.form} items={summaryItems(errors.fields, () => fieldId, ['code'] as const)} attempt={errors.attempt} />
      {expired ? (
        <button type="button" className="button" onClick={onStartAgain}>
          {t('requests.public.code.startAgain')}
        </button>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <TextField id={fieldId} name="code" label={t('requests.public.code.label')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} error={errors.fields.code} />
          <div className="form__actions">
            <button type="submit" className="button" aria-disabled={confirm.isPending}>
              {confirm.isPending ? t('requests.public.code.submitting') : t('requests.public.code.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
