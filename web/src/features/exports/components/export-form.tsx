import { useId, useState, type FormEvent } from 'react';
import type { TExportFormat } from '@portal/shared/schemas/export.schema';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/text-field';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { TCreateExportEvents } from '../api/create-export';
import { exportErrorMessage } from '../lib/export-error-message';
import { useExportSubmission } from '../lib/use-export-submission';
import { EXPORT_FIELDS, serverExportFieldErrors, validateExportRequest, type TExportField } from '../lib/validate-export-request';
import { CategoryChoices, categoryInputId, type TCategoryChoice } from './category-choices';
import { FormatChoices, OPTIONAL_FORMATS, type TOptionalFormat } from './format-choices';

type TProps = {
  /** The customer's categories, in the order the portal shows them. */
  categories: readonly TCategoryChoice[];
  events: TCreateExportEvents;
};

/** The choices for a new export: categories (all by default), an optional period, the formats. */
export function ExportForm({ categories, events }: TProps) {
  const { t } = useI18n();
  const id = useId();
  const headingId = useId();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(categories.map((c) => c.id)));
  const [formats, setFormats] = useState<ReadonlySet<TOptionalFormat>>(() => new Set(OPTIONAL_FORMATS));
  const { errors, show, clear } = useFormErrors<TExportField>();
  const submission = useExportSubmission(events);
  const fieldId = (field: TExportField) =>
    field === 'categories' ? categoryInputId(`${id}-category`, categories[0]?.id ?? '') : `${id}-${field}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submission.isPending) return;
    const form = new FormData(event.currentTarget);
    const from = String(form.get('from') ?? '').trim();
    const to = String(form.get('to') ?? '').trim();
    const chosenFormats: TExportFormat[] = ['json', ...OPTIONAL_FORMATS.filter((format) => formats.has(format))];
    const result = validateExportRequest(
      {
        categories: categories.filter((c) => selected.has(c.id)).map((c) => c.id),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        formats: chosenFormats,
      },
      t,
    );
    if (!result.ok) {
      show(result.errors);
      return;
    }
    clear();
    submission.submit(result.data, (error) => {
      const fields = serverExportFieldErrors(error, t);
      show(fields, Object.keys(fields).length > 0 ? null : exportErrorMessage(error, t, 'request'));
    });
  };

  return (
    <section className="export-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exports.form.heading')}</h2>
      <ErrorSummary message={errors.form} items={summaryItems(errors.fields, fieldId, EXPORT_FIELDS)} attempt={errors.attempt} />
      <form className="form export-form" noValidate onSubmit={submit} aria-labelledby={headingId}>
        <CategoryChoices
          categories={categories}
          selected={selected}
          onChange={setSelected}
          idPrefix={`${id}-category`}
          error={errors.fields.categories}
        />
        <fieldset className="export-group">
          <legend>{t('exports.form.periodLegend')}</legend>
          <p className="field__hint">{t('exports.form.periodHint')}</p>
          <div className="export-dates">
            <TextField id={fieldId('from')} name="from" type="date" label={t('exports.form.from')} error={errors.fields.from} />
            <TextField id={fieldId('to')} name="to" type="date" label={t('exports.form.to')} error={errors.fields.to} />
          </div>
        </fieldset>
        <FormatChoices selected={formats} onChange={setFormats} />
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={submission.isPending}>
            {submission.isPending ? t('exports.requesting') : t('exports.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
