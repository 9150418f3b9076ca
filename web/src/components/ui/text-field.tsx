import type { InputHTMLAttributes } from 'react';
import { useI18n } from '../../lib/i18n/use-i18n';
import './form.css';

type TProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'aria-invalid' | 'aria-describedby' | 'className'
> & {
  /** The input's id: the label, the hint, the error and the error summary's link point to it. */
  id: string;
  label: string;
  /** Help shown under the label, read out with the field. */
  hint?: string | undefined;
  /** The field's error; also read out with the field and marks it invalid. */
  error?: string | undefined;
};

/** A labelled input with an optional hint and its own error message (WCAG 1.3.1, 3.3.1, 3.3.2). */
export function TextField({ id, label, hint, error, ...input }: TProps) {
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
      <input
        id={id}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
    </div>
  );
}
