import { errorMessage } from '../../../components/errors/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useVerifyAuditTrail } from '../api/audit-events';

/** Walks the whole chain on request and says whether it holds, or where it breaks. */
export function VerifyChain() {
  const { t } = useI18n();
  const verify = useVerifyAuditTrail();
  const result = verify.data;
  return (
    <section aria-labelledby="audit-verify-heading">
      <h2 id="audit-verify-heading">{t('auditLog.verify.heading')}</h2>
      <p>{t('auditLog.verify.intro')}</p>
      <button
        type="button"
        className="button"
        aria-disabled={verify.isPending}
        onClick={() => {
          if (!verify.isPending) verify.mutate();
        }}
      >
        {verify.isPending ? t('auditLog.verify.verifying') : t('auditLog.verify.button')}
      </button>
      <div role="status">
        {result?.ok ? (
          <p className="notice">{t('auditLog.verify.ok', { events: result.events, checkpoints: result.checkpoints, seq: result.lastSeq ?? 0 })}</p>
        ) : null}
        {result && !result.ok ? (
          <p className="notice notice--warning">
            {t('auditLog.verify.broken', {
              seq: result.firstBadSeq ?? 0,
              reason: result.reason ? t(`auditLog.verify.reasons.${result.reason}`) : '',
            })}
          </p>
        ) : null}
        {verify.isError ? <p className="notice notice--warning">{t('auditLog.verify.failed', { reason: errorMessage(verify.error, t) })}</p> : null}
      </div>
    </section>
  );
}
