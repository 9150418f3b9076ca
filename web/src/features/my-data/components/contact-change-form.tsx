import { useId, useState, type FormEvent } from 'react';
import { correctionValueSchema, type TFieldValue } from '@portal/shared/inventory/field-value-schema';
import type { TContactChangeStarted, TFieldView } from '@portal/shared/schemas/personal-data.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { isConflict, useCorrectField } from '../api/correct-field';
import { useStartContactChange } from '../api/start-contact-change';

type TProps = {
  category: string;
  field: TFieldView;
  recordId: string;
  version: number;
  value: TFieldValue | undefined;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** Email and phone: the new address first, then the code sent to it; only then is the change made. */
export function ContactChangeForm({ category, field, recordId, version, value, onDone, onCancel }: TProps) {
  const { t } = useI18n();
  const valueId = useId();
  const codeId = useId();
  const errorId = useId();
  const start = useStartContactChange();
  const correct = useCorrectField(category);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ value: string; started: TContactChangeStarted } | null>(null);
  const describedBy = error ? errorId : undefined;

  const sendCode = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (start.isPending) return;
    const raw = String(new FormData(event.currentTarget).get('value') ?? '').trim();
    const checked = correctionValueSchema({ key: field.key, type: field.type, enumValues: field.enumValues ?? undefined }, 'account').safeParse(raw);
    if (!checked.success || typeof checked.data !== 'string') {
      setError(t('myData.correct.invalid', { field: field.label }));
      return;
    }
    const newValue = checked.data;
    setError(null);
    start.mutate(
      { category, field: field.key, recordId, value: newValue, version },
      {
        onSuccess: (started) => setPending({ value: newValue, started }),
        onError: (failure) => setError(t('myData.correct.failed', { reason: errorMessage(failure, t) })),
      },
    );
  };

  const confirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending || correct.isPending) return;
    const code = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    if (!/^\d{6}$/.test(code)) {
      setError(t('auth.fields.code.invalid'));
      return;
    }
    setError(null);
    correct.mutate(
      { category, field: field.key, recordId, value: pending.value, version, confirmationCode: code },
      {
        onSuccess: () => onDone(t('myData.correct.saved', { field: field.label })),
        onError: (failure) =>
          setError(
            isConflict(failure)
              ? t('myData.correct.conflict', { field: field.label })
              : t('myData.correct.failed', { reason: errorMessage(failure, t) }),
          ),
      },
    );
  };

  const errorLine = error ? (
    <p id={errorId} className="field-error" role="alert">
      {error}
    </p>
  ) : null;

  if (!pending) {
    return (
      <form className="correct-field" onSubmit={sendCode} noValidate>
        <label htmlFor={valueId}>{t('myData.correct.label', { field: field.label })}</label>
        <input
          id={valueId}
          name="value"
          type={field.type === 'email' ? 'email' : 'tel'}
          defaultValue={value === null || value === undefined ? '' : String(value)}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <p className="field-note">{t(field.type === 'email' ? 'myData.correct.codeByEmail' : 'myData.correct.codeBySms')}</p>
        {errorLine}
        <div className="correct-field__actions">
          <button type="submit" aria-disabled={start.isPending}>
            {start.isPending ? t('auth.common.sending') : t('myData.correct.sendCode')}
          </button>
          <button type="button" className="button--secondary" onClick={onCancel}>
            {t('myData.correct.cancel')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <form className="correct-field" onSubmit={confirm} noValidate>
      <p role="status">{t('myData.correct.codeSent', { to: pending.started.sentTo, minutes: pending.started.minutesValid })}</p>
      <label htmlFor={codeId}>{t('auth.fields.code.label')}</label>
      <input id={codeId} name="code" inputMode="numeric" autoComplete="one-time-code" autoFocus aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      {errorLine}
      <div className="correct-field__actions">
        <button type="submit" aria-disabled={correct.isPending}>
          {correct.isPending ? t('myData.correct.saving') : t('myData.correct.save')}
        </button>
        <button type="button" className="button--secondary" onClick={onCancel}>
          {t('myData.correct.cancel')}
        </button>
      </div>
    </form>
  );
}
