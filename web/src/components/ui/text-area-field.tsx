import type { TextareaHTMLAttributes } from 'react';
import { useI18n } from '../../lib/i18n/use-i18n';
import './form.css';

type TProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'aria-invalid' | 'aria-describedby' | 'className'> & {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
};

/** A labelled multi-line input with an optional hint and its own error message, like TextField. */
export function TextAreaField({ id, label, hint, error, ...textarea }: TProps) {
  const { t } = useI18n();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('forms.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      <textarea id={id} className="field__input" rows={4} aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined} {...textarea} />
    </div>
  );
}
