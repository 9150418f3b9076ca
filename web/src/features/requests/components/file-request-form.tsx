import { useId, useState, type FormEvent } from 'react';
import { ZFileRequestSchema } from '@portal/shared/schemas/requests.schema';
import type { FILEABLE_REQUEST_TYPES } from '@portal/shared/schemas/requests.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { ApiError } from '../../../lib/api-client';
import { serverFieldErrors, validateForm } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useFileRequest } from '../api/customer-request-mutations';
import './requests.css';

type TField = 'type' | 'details';
const FIELDS = ['type', 'details'] as const;

type TProps = {
  /** The fileable types the operator offers. */
  types: readonly (typeof FILEABLE_REQUEST_TYPES)[number][];
  /** Vietnam: a processor or third party acting too gives 20 days instead of 15. */
  offerProcessors: boolean;
};

/** "New request": a type with a sentence on what it does, what the customer asks, then send. */
export function FileRequestForm({ types, offerProcessors }: TProps) {
  const { t, formatDate } = useI18n();
  const file = useFileRequest();
  const { errors, show, clear } = useFormErrors<TField>();
  const [filed, setFiled] = useState<string | null>(null);
  const [chosen, setSelected] = useState(types[0]);
  const selected = chosen && types.includes(chosen) ? chosen : types[0];
  const id = useId();
  const fieldId = (field: TField) => `${id}-${field}`;

  if (!selected) return <p>{t('requests.form.noTypes')}</p>;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file.isPending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const values = { type: String(form.get('type') ?? ''), details: String(form.get('details') ?? '') };
    const result = validateForm(ZFileRequestSchema, values, (field, kind) => {
      if (field === 'type') return t('requests.form.errors.type');
      if (kind === 'required') return t('requests.form.errors.detailsRequired');
      if (kind === 'too-long') return t('requests.form.errors.detailsTooLong');
      return t('requests.form.errors.detailsTooShort');
    });
    if (!result.ok) return show(result.errors);
    clear();
    setFiled(null);
    const body = offerProcessors ? { ...result.data, processorsInvolved: form.get('processorsInvolved') === 'on' } : result.data;
    file.mutate(body, {
      onSuccess: (request) => {
        formElement.reset();
        setFiled(t('requests.form.filed', { reference: request.reference, date: formatDate(request.deadlines.answerOn) }));
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'conflict') return show({}, t('requests.form.conflict'));
        show(serverFieldErrors(error, FIELDS), t('requests.form.failed', { reason: errorMessage(error, t) }));
      },
    });
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="request-section">
      <h2 id={`${id}-heading`}>{t('requests.form.heading')}</h2>
      <ErrorSummary message={errors.form} items={summaryItems(errors.fields, fieldId, FIELDS)} attempt={errors.attempt} />
      <p role="status">{filed}</p>
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          id={fieldId('type')}
          name="type"
          label={t('requests.form.type')}
          hint={t(`requests.explanations.${selected}`)}
          error={errors.fields.type}
          value={selected}
          onChange={(event) => setSelected(event.currentTarget.value as typeof selected)}
          options={types.map((type) => ({ value: type, label: t(`requests.types.${type}`) }))}
        />
        <TextAreaField
          id={fieldId('details')}
          name="details"
          label={t('requests.form.details')}
          hint={t('requests.form.detailsHint')}
          error={errors.fields.details}
          maxLength={4000}
        />
        {offerProcessors ? (
          <div className="field">
            <div>
              <input type="checkbox" id={`${id}-processors`} name="processorsInvolved" aria-describedby={`${id}-processors-hint`} />{' '}
              <label htmlFor={`${id}-processors`}>{t('requests.form.processors')}</label>
            </div>
            <p id={`${id}-processors-hint`} className="field__hint">
              {t('requests.form.processorsHint')}
            </p>
          </div>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={file.isPending}>
            {file.isPending ? t('requests.form.submitting') : t('requests.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
