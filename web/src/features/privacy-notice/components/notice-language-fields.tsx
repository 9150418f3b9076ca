import type { TLanguage } from '@portal/shared/domain/languages';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import type { TFieldErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import './privacy-notice.css';
import type { TPublishField } from '../lib/publish-form';

type TProps = {
  language: TLanguage;
  fieldId: (field: TPublishField) => string;
  errors: TFieldErrors<TPublishField>;
  required: (field: TPublishField) => boolean;
};

/** One language's full text and change summary, written in that language (lang for spelling and speech). */
export function NoticeLanguageFields({ language, fieldId, errors, required }: TProps) {
  const { t } = useI18n();
  const name = t(`notice.staff.languages.${language}`);
  const text = `texts.${language}` as const;
  const summary = `summary.${language}` as const;
  const label = (base: string, field: TPublishField) => (required(field) ? `${base} ${t('notice.staff.form.required')}` : base);
  return (
    <fieldset className="notice-language">
      <legend>{t('notice.staff.form.languageGroup', { language: name })}</legend>
      <TextAreaField
        id={fieldId(text)}
        name={text}
        lang={language}
        rows={10}
        required={required(text)}
        label={label(t('notice.staff.form.text', { language: name }), text)}
        hint={t('notice.staff.form.textHint')}
        error={errors[text]}
      />
      <TextField
        id={fieldId(summary)}
        name={summary}
        lang={language}
        autoComplete="off"
        required={required(summary)}
        label={label(t('notice.staff.form.summary', { language: name }), summary)}
        error={errors[summary]}
      />
    </fieldset>
  );
}
