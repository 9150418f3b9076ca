import { useId, useState, type FormEvent } from 'react';
import { correctionValueSchema, type TFieldValue } from '@portal/shared/inventory/field-value-schema';
import type { TFieldView } from '@portal/shared/schemas/personal-data.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { isConflict, useCorrectField } from '../api/correct-field';

type TProps = {
  category: string;
  store: 'account' | 'records';
  field: TFieldView;
  recordId: string;
  version: number;
  value: TFieldValue | undefined;
  onDone: (message: string) => void;
  onCancel: () => void;
};

const INPUT_TYPES: Partial<Record<TFieldView['type'], string>> = { email: 'email', phone: 'tel', date: 'date', number: 'number' };

/**
 * Corrects one field in place. The value is checked with the same schema the server uses, so most
 * mistakes are explained before anything is sent; the server's answer is the final word.
 */
export function CorrectFieldForm({ category, store, field, recordId, version, value, onDone, onCancel }: TProps) {
  const { t } = useI18n();
  const inputId = useId();
  const errorId = useId();
  const correct = useCorrectField(category);
  const [error, setError] = useState<string | null>(null);
  const initial = value === null || value === undefined ? '' : String(value);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (correct.isPending) return;
    const raw = String(new FormData(event.currentTarget).get('value') ?? '').trim();
    const checked = correctionValueSchema({ key: field.key, type: field.type, enumValues: field.enumValues ?? undefined }, store).safeParse(
      toCandidate(field, raw),
    );
    if (!checked.success) {
      setError(t('myData.correct.invalid', { field: field.label }));
      return;
    }
    setError(null);
    correct.mutate(
      { category, field: field.key, recordId, value: checked.data, version },
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

  return (
    <form className="correct-field" onSubmit={submit} noValidate>
      <label htmlFor={inputId}>{t('myData.correct.label', { field: field.label })}</label>
      {field.type === 'boolean' ? (
        <select id={inputId} name="value" defaultValue={initial} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
          <option value="true">{t('myData.yes')}</option>
          <option value="false">{t('myData.no')}</option>
        </select>
      ) : field.type === 'enum' && field.enumValues ? (
        <select id={inputId} name="value" defaultValue={initial} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
          {field.enumValues.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={inputId}
          name="value"
          type={INPUT_TYPES[field.type] ?? 'text'}
          defaultValue={initial}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
      )}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
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

/** The form's text as the value the field's schema expects: empty clears, numbers and yes/no convert. */
function toCandidate(field: TFieldView, raw: string): unknown {
  if (raw === '') return null;
  if (field.type === 'number') return Number(raw);
  if (field.type === 'boolean') return raw === 'true';
  return raw;
}
