import { useId, useRef, useState, type FormEvent } from 'react';
import type { TPublishPrivacyNoticeRequest } from '@portal/shared/schemas/privacy-notice.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/text-field';
import { ApiError } from '../../../lib/api-client';
import { serverFieldErrors } from '../../../lib/form-errors';
import type { TTranslate } from '../../../lib/i18n/catalog-types';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { usePublishPrivacyNotice } from '../api/publish-privacy-notice';
import {
  formLanguages,
  isRequired,
  publishFields,
  todayIn,
  validatePublishForm,
  type TPublishField,
  type TPublishLocale,
} from '../lib/publish-form';
import { NoticeLanguageFields } from './notice-language-fields';
import { PublishConfirmDialog } from './publish-confirm-dialog';

type TProps = { locale: TPublishLocale & { timeZone: string } };

/** Why the server refused, in the UI language; a taken id and a refused date or text have their own words. */
function refusal(error: unknown, t: TTranslate, locale: TPublishLocale): string {
  if (error instanceof ApiError && error.code === 'conflict') return t('notice.staff.form.conflict');
  if (error instanceof ApiError && error.code === 'validation_failed' && !error.fields) {
    return t('notice.staff.form.refused', { language: t(`notice.staff.languages.${locale.defaultLanguage}`) });
  }
  return t('notice.staff.form.failed', { reason: errorMessage(error, t) });
}

/** A new notice version, checked with the shared schema, confirmed, then published. */
export function PublishNoticeForm({ locale }: TProps) {
  const { t, formatDate } = useI18n();
  const publish = usePublishPrivacyNotice();
  const { errors, show, clear } = useFormErrors<TPublishField>();
  const [confirming, setConfirming] = useState<TPublishPrivacyNoticeRequest | null>(null);
  const [published, setPublished] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const fieldId = (field: TPublishField) => `${id}-${field.replace('.', '-')}`;
  const fields = publishFields(locale);
  const required = (field: TPublishField) => isRequired(field, locale);
  const today = todayIn(locale.timeZone);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (publish.isPending) return;
    setPublished(null);
    const result = validatePublishForm(new FormData(event.currentTarget), { ...locale, today }, t);
    if (!result.ok) return show(result.errors, Object.keys(result.errors).length > 0 ? null : t('errors.codes.validation_failed'));
    clear();
    setConfirming(result.data);
  };

  const confirm = (body: TPublishPrivacyNoticeRequest) => {
    setConfirming(null);
    publish.mutate(body, {
      onSuccess: (answer) => {
        formRef.current?.reset();
        setPublished(t('notice.staff.form.published', { version: answer.version, date: formatDate(answer.effectiveDate, { dateStyle: 'long' }) }));
      },
      // The typed input stays in the form, so a taken id is fixed without retyping the text.
      onError: (error) => show(serverFieldErrors(error, fields), refusal(error, t, locale)),
    });
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('notice.staff.form.heading')}</h2>
      <ErrorSummary message={errors.form} items={summaryItems(errors.fields, fieldId, fields)} attempt={errors.attempt} />
      <p role="status">{published}</p>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <TextField
          id={fieldId('version')}
          name="version"
          autoComplete="off"
          required
          label={`${t('notice.staff.form.version')} ${t('notice.staff.form.required')}`}
          hint={t('notice.staff.form.versionHint')}
          error={errors.fields.version}
        />
        <TextField
          id={fieldId('effectiveDate')}
          name="effectiveDate"
          type="date"
          min={today ?? undefined}
          required
          label={`${t('notice.staff.form.effectiveDate')} ${t('notice.staff.form.required')}`}
          hint={t('notice.staff.form.effectiveDateHint')}
          error={errors.fields.effectiveDate}
        />
        {formLanguages(locale).map((language) => (
          <NoticeLanguageFields key={language} language={language} fieldId={fieldId} errors={errors.fields} required={required} />
        ))}
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={publish.isPending}>
            {publish.isPending ? t('notice.staff.form.publishing') : t('notice.staff.form.submit')}
          </button>
        </div>
      </form>
      {confirming ? (
        <PublishConfirmDialog
          version={confirming.version}
          effectiveDate={confirming.effectiveDate}
          onConfirm={() => confirm(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </section>
  );
}
