import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/use-i18n';
import './form.css';

export type TErrorSummaryItem = { fieldId: string; message: string };

type TProps = {
  /** What went wrong with the form as a whole, if anything. */
  message?: string | null | undefined;
  /** One link per field error, in the order of the fields. */
  items: readonly TErrorSummaryItem[];
  /** Changes on every failed submit: focus moves to the summary so it is read out at once. */
  attempt: number;
  /** More help under the message, such as a link to the way out. */
  children?: ReactNode;
};

/**
 * The list of a form's problems above it (GOV.UK error summary pattern): focused after a failed
 * submit, each item a link that moves focus to its field.
 */
export function ErrorSummary({ message, items, attempt, children }: TProps) {
  const { t } = useI18n();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const visible = Boolean(message) || items.length > 0;

  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);

  if (!visible) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {t('forms.errorSummaryTitle')}
      </h2>
      {message ? <p className="error-summary__message">{message}</p> : null}
      {items.length > 0 ? (
        <ul className="error-summary__list">
          {items.map((item) => (
            <li key={item.fieldId}>
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  const field = document.getElementById(item.fieldId);
                  if (!field) return;
                  event.preventDefault();
                  field.focus();
                }}
              >
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}

/** Summary items for the fields that have an error, in the order given. */
export function summaryItems<TField extends string>(
  fields: Partial<Record<TField, string>>,
  idOf: (field: TField) => string,
  order: readonly TField[],
): TErrorSummaryItem[] {
  return order.flatMap((field) => {
    const message = fields[field];
    return message ? [{ fieldId: idOf(field), message }] : [];
  });
}
