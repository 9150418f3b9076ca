import type { SelectHTMLAttributes } from 'react';
import { useI18n } from '../../lib/i18n/use-i18n';
import './form.css';

type TProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'aria-invalid' | 'aria-describedby' | 'className'> & {
  id: string;
  label: string;
  options: readonly { value: string; label: string }[];
  hint?: string | undefined;
  error?: string | undefined;
};

/** A labelled select with an optional hint and its own error message, like TextField. */
export function SelectField({ id, label, options, hint, error, ...select }: TProps) {
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
      <select id={id} className="field__input" aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
