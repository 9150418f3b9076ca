import { useId, useState, type FormEvent } from 'react';
import { ZRectificationRequestRequestSchema, type TFieldView } from '@portal/shared/schemas/personal-data.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useRequestRectification } from '../api/request-rectification';

type TProps = { category: string; field: TFieldView; recordId: string | null; onDone: (message: string) => void; onCancel: () => void };

/** For fields the customer cannot change directly: tell the operator what is wrong (GDPR Art. 16). */
export function RectificationRequestForm({ category, field, recordId, onDone, onCancel }: TProps) {
  const { t } = useI18n();
  const noteId = useId();
  const proposedId = useId();
  const errorId = useId();
  const request = useRequestRectification();
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (request.isPending) return;
    const form = new FormData(event.currentTarget);
    const proposed = String(form.get('proposedValue') ?? '').trim();
    const parsed = ZRectificationRequestRequestSchema.safeParse({
      category,
      field: field.key,
      ...(recordId ? { recordId } : {}),
      ...(proposed ? { proposedValue: proposed } : {}),
      note: String(form.get('note') ?? ''),
    });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('myData.correct.invalid', { field: field.label }));
      return;
    }
    setError(null);
    request.mutate(parsed.data, {
      onSuccess: () => onDone(t('myData.correct.requestSent', { field: field.label })),
      onError: (failure) => setError(t('myData.correct.failed', { reason: errorMessage(failure, t) })),
    });
  };

  return (
    <form className="correct-field" onSubmit={submit} noValidate>
      <label htmlFor={proposedId}>{t('myData.correct.label', { field: field.label })}</label>
      <input id={proposedId} name="proposedValue" type="text" />
      <label htmlFor={noteId}>{t('myData.correct.request')}</label>
      <textarea id={noteId} name="note" rows={3} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} />
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="correct-field__actions">
        <button type="submit" aria-disabled={request.isPending}>
          {request.isPending ? t('myData.correct.saving') : t('myData.correct.request')}
        </button>
        <button type="button" className="button--secondary" onClick={onCancel}>
          {t('myData.correct.cancel')}
        </button>
      </div>
    </form>
  );
}
