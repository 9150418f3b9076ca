import { useSearchParams } from 'react-router';
import { RequestMetrics } from '../../features/requests/components/request-metrics';
import { useI18n } from '../../lib/i18n/use-i18n';
import { useOperatorName } from './auth-page';

/** /request-metrics: the yearly request figures a CCPA operator publishes (public). */
export function RequestMetricsRoute() {
  const { t } = useI18n();
  const operator = useOperatorName() || t('app.name');
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('year'));
  const year = Number.isInteger(raw) && raw >= 2000 && raw <= 2100 ? raw : undefined;
  return (
    <>
      <div className="page-intro">
        <h1>{t('requests.metrics.title')}</h1>
        <p className="lead">{t('requests.metrics.intro', { operator })}</p>
      </div>
      <RequestMetrics year={year} operator={operator} onYear={(next) => setParams(next ? { year: String(next) } : {})} />
    </>
  );
}
