import { useEffect, useId, useRef, useState } from 'react';
import type { TErasureRequestView } from '@portal/shared/schemas/erasure.schema';
import { formatDate } from '../../../lib/i18n/format';
import type { TTranslate } from '../../../lib/i18n/catalog-types';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useCancelErasureRequest } from '../api/cancel-erasure-request';
import { erasureErrorMessage } from '../lib/erasure-error-message';
import { CertificatePanel } from './certificate-panel';
import { ErasureSteps } from './erasure-steps';

type TProps = {
  request: TErasureRequestView;
  focusOnMount: boolean;
  operator: string;
  certificateHref: (certificate: string) => string;
};

function headingOf(request: TErasureRequestView, t: TTranslate): string {
  if (request.status === 'scheduled') return t('erasure.status.scheduledHeading');
  if (request.status === 'completed') return t('erasure.status.completedHeading');
  if (request.status === 'needs-attention') return t('erasure.status.attentionHeading');
  return t('erasure.status.runningHeading');
}

/** The current erasure: when it starts (and cancel), its progress per system, or its result and certificate. */
export function ErasureStatus({ request, focusOnMount, operator, certificateHref }: TProps) {
  const { t, language } = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cancel = useCancelErasureRequest();
  const [cancelError, setCancelError] = useState<unknown>(null);
  const when = (value: string) => formatDate(value, language, { dateStyle: 'long', timeStyle: 'short' });

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  let text: string;
  if (request.status === 'scheduled') text = t('erasure.status.scheduled', { date: when(request.scheduledFor) });
  else if (request.status === 'completed') text = t('erasure.status.completed', { date: when(request.completedAt ?? request.scheduledFor) });
  else if (request.status === 'needs-attention') text = t('erasure.status.attention');
  else text = t('erasure.status.running');

  return (
    <section className={`erasure-panel erasure-panel--${request.status}`} aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {headingOf(request, t)}
      </h2>
      <p aria-live="polite">{text}</p>
      {request.status === 'scheduled' ? (
        <div className="form__actions">
          <button
            type="button"
            className="button"
            aria-disabled={cancel.isPending}
            onClick={() => {
              if (cancel.isPending) return;
              setCancelError(null);
              cancel.mutate(request.id, { onError: setCancelError });
            }}
          >
            {cancel.isPending ? t('erasure.banner.cancelling') : t('erasure.banner.cancel')}
          </button>
        </div>
      ) : null}
      {cancelError ? (
        <p className="field__error" role="alert">
          {t('erasure.banner.failed', { reason: erasureErrorMessage(cancelError, t) })}
        </p>
      ) : null}
      <ErasureSteps steps={request.steps} />
      {request.certificate ? <CertificatePanel certificate={request.certificate} reference={request.id} operator={operator} checkHref={certificateHref(request.certificate)} /> : null}
    </section>
  );
}
