import type { TRequestView } from '@portal/shared/schemas/requests.schema';
import { useI18n } from '../../../lib/i18n/use-i18n';

/** The extension notice, the answer, and with a rejection the right to complain to the authority. */
export function RequestOutcome({ request }: { request: Pick<TRequestView, 'status' | 'extensionReason' | 'outcomeReason' | 'complaintTo'> }) {
  const { t } = useI18n();
  const rejected = request.status === 'rejected';
  return (
    <>
      {request.extensionReason ? (
        <section className="notice request-section" aria-labelledby="request-extension-heading">
          <h2 id="request-extension-heading">{t('requests.detail.extensionHeading')}</h2>
          <p>{t('requests.detail.extensionReason', { reason: request.extensionReason })}</p>
        </section>
      ) : null}
      {rejected || request.outcomeReason ? (
        <section className="notice request-section" aria-labelledby="request-outcome-heading">
          <h2 id="request-outcome-heading">{rejected ? t('requests.detail.rejectionHeading') : t('requests.detail.outcomeHeading')}</h2>
          {request.outcomeReason ? <p>{request.outcomeReason}</p> : null}
          {rejected ? (
            <p>
              {t('requests.detail.complain', { authority: request.complaintTo.name })}{' '}
              <a href={request.complaintTo.url} rel="noreferrer" target="_blank">
                {t('requests.detail.complainLink', { authority: request.complaintTo.name })}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
