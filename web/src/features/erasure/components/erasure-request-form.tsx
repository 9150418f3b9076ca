import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { TCreateErasureRequest, TErasurePreviewResponse, TErasureScope } from '@portal/shared/schemas/erasure.schema';
import { formatDate } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { erasureErrorMessage } from '../lib/erasure-error-message';
import { useErasureSubmission } from '../lib/use-erasure-submission';

type TProps = {
  preview: TErasurePreviewResponse;
  /** The request was scheduled: the page shows its status instead. */
  onScheduled: () => void;
};

/**
 * Two steps (house style 20): choose the whole account or some categories, then a confirmation
 * that names what happens, when, and what is kept; only that sends the request.
 */
export function ErasureRequestForm({ preview, onScheduled }: TProps) {
  const { t, language } = useI18n();
  const id = useId();
  const [stage, setStage] = useState<'choose' | 'confirm'>('choose');
  const [scope, setScope] = useState<TErasureScope>('account');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submission = useErasureSubmission();
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const categories = preview.systems.flatMap((s) => s.categories);
  const selectable = categories.filter((c) => c.selectable);
  const kept = categories.filter((c) => c.kept && (c.records ?? 0) > 0);
  const date = formatDate(preview.startsAt, language, { dateStyle: 'long' });

  useEffect(() => {
    if (stage === 'confirm') confirmRef.current?.focus();
  }, [stage]);

  const body = (): TCreateErasureRequest =>
    scope === 'account' ? { scope: 'account' } : { scope: 'categories', categories: selectable.filter((c) => selected.has(c.id)).map((c) => c.id) };

  const next = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (scope === 'categories' && selected.size === 0) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setStage('confirm');
  };

  if (stage === 'confirm') {
    const chosen = selectable.filter((c) => selected.has(c.id)).map((c) => c.name);
    return (
      <section className="erasure-section erasure-confirm" aria-labelledby={`${id}-confirm`}>
        <h2 id={`${id}-confirm`} ref={confirmRef} tabIndex={-1}>
          {t('erasure.confirm.heading')}
        </h2>
        <p>{scope === 'account' ? t('erasure.confirm.account', { date }) : t('erasure.confirm.categories', { date, categories: chosen.join(', ') })}</p>
        {scope === 'account' && kept.length > 0 ? (
          <p>
            {t('erasure.confirm.kept', {
              categories: kept.map((c) => (c.kept?.purgeUntil ? t('erasure.verify.keptItem', { category: c.name, date: formatDate(c.kept.purgeUntil, language) }) : c.name)).join('; '),
            })}
          </p>
        ) : null}
        <p>{t('erasure.confirm.grace')}</p>
        {error ? (
          <p className="field__error" role="alert">
            {erasureErrorMessage(error, t)}
          </p>
        ) : null}
        <div className="form__actions">
          <button
            type="button"
            className="button button--danger"
            aria-disabled={submission.isPending}
            onClick={() => {
              setError(null);
              submission.submit(body(), { onSuccess: onScheduled, onError: setError });
            }}
          >
            {submission.isPending ? t('erasure.confirm.submitting') : t('erasure.confirm.submit', { date })}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setStage('choose')}>
            {t('erasure.confirm.back')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="erasure-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('erasure.form.heading')}</h2>
      <form className="form" noValidate onSubmit={next}>
        <fieldset className="erasure-group">
          <legend>{t('erasure.form.scopeLegend')}</legend>
          {(['account', 'categories'] as const).map((value) => (
            <div key={value} className="erasure-choice">
              <input id={`${id}-${value}`} type="radio" name="scope" value={value} checked={scope === value} onChange={() => setScope(value)} aria-describedby={`${id}-${value}-hint`} />
              <label htmlFor={`${id}-${value}`}>{t(value === 'account' ? 'erasure.form.account' : 'erasure.form.categories')}</label>
              <p id={`${id}-${value}-hint`} className="field__hint">
                {t(value === 'account' ? 'erasure.form.accountHint' : 'erasure.form.categoriesHint')}
              </p>
            </div>
          ))}
        </fieldset>
        {scope === 'categories' ? (
          <fieldset className={missing ? 'erasure-group erasure-group--error' : 'erasure-group'} aria-describedby={missing ? `${id}-missing` : undefined}>
            <legend>{t('erasure.form.categoriesLegend')}</legend>
            {missing ? (
              <p id={`${id}-missing`} className="field__error" role="alert">
                {t('erasure.form.categoriesRequired')}
              </p>
            ) : null}
            {selectable.map((category) => (
              <div key={category.id} className="erasure-choice">
                <input
                  id={`${id}-c-${category.id}`}
                  type="checkbox"
                  checked={selected.has(category.id)}
                  onChange={(event) => {
                    const nextSet = new Set(selected);
                    if (event.target.checked) nextSet.add(category.id);
                    else nextSet.delete(category.id);
                    setSelected(nextSet);
                  }}
                />
                <label htmlFor={`${id}-c-${category.id}`}>{category.name}</label>
              </div>
            ))}
          </fieldset>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button">
            {t('erasure.form.continue')}
          </button>
        </div>
      </form>
    </section>
  );
}
