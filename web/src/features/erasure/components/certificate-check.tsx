import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { QueryError } from '../../../components/errors/query-error';
import { formatDate } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { verifyCertificateQueryOptions } from '../api/verify-certificate';

/** What a certificate states, once the server checked its signature against the published key. */
function Verified({ certificate }: { certificate: string }) {
  const { t, language } = useI18n();
  const result = useQuery(verifyCertificateQueryOptions(certificate));
  if (result.isPending) return <p role="status">{t('erasure.verify.checking')}</p>;
  if (result.isError) return <QueryError error={result.error} onRetry={() => void result.refetch()} retrying={result.isFetching} />;
  if (!result.data.valid) {
    return (
      <p className="erasure-verdict erasure-verdict--invalid" role="alert">
        {t('erasure.verify.invalid')}
      </p>
    );
  }
  const c = result.data.certificate;
  return (
    <div className="erasure-verdict erasure-verdict--valid" role="status">
      <p>
        <strong>{t('erasure.verify.valid')}</strong>
      </p>
      <dl className="details">
        <dt>{t('erasure.verify.reference')}</dt>
        <dd>{c.reference}</dd>
        <dt>{t('erasure.verify.completedAt')}</dt>
        <dd>{formatDate(c.completedAt, language, { dateStyle: 'long', timeStyle: 'short' })}</dd>
        <dt>{t('erasure.verify.scope')}</dt>
        <dd>{t(c.scope === 'account' ? 'erasure.verify.scopeAccount' : 'erasure.verify.scopeCategories')}</dd>
        <dt>{t('erasure.verify.systems')}</dt>
        <dd>{c.systems.map((s) => `${s.system}: ${s.outcome}`).join(', ')}</dd>
        <dt>{t('erasure.verify.kept')}</dt>
        <dd>
          {c.kept.length === 0
            ? t('erasure.verify.nothingKept')
            : c.kept.map((k) => t('erasure.verify.keptItem', { category: k.category, date: k.purgeUntil ? formatDate(k.purgeUntil, language) : '—' })).join('; ')}
        </dd>
        <dt>{t('erasure.verify.keyId')}</dt>
        <dd>{c.keyId}</dd>
      </dl>
    </div>
  );
}

/** The public check: a certificate from the link's fragment, or pasted; the server verifies the signature. */
export function CertificateCheck({ initial }: { initial: string }) {
  const { t } = useI18n();
  const id = useId();
  const [checked, setChecked] = useState(initial);
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('certificate') ?? '').trim();
    setMissing(value === '');
    setChecked(value);
  };

  return (
    <>
      <form className="form" noValidate onSubmit={submit}>
        <div className={missing ? 'field field--error' : 'field'}>
          <label className="field__label" htmlFor={`${id}-certificate`}>
            {t('erasure.verify.label')}
          </label>
          <p id={`${id}-hint`} className="field__hint">
            {t('erasure.verify.hint')}
          </p>
          {missing ? (
            <p id={`${id}-error`} className="field__error" role="alert">
              {t('erasure.verify.required')}
            </p>
          ) : null}
          <textarea
            id={`${id}-certificate`}
            name="certificate"
            className="field__input erasure-certificate__input"
            defaultValue={initial}
            rows={6}
            aria-describedby={missing ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={missing}
            spellCheck={false}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button">
            {t('erasure.verify.submit')}
          </button>
        </div>
      </form>
      {checked ? <Verified certificate={checked} /> : null}
    </>
  );
}
