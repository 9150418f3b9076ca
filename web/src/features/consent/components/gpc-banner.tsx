import { useEffect, useRef } from 'react';
import type { TGpcStatus } from '@portal/shared/schemas/consent.schema';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { browserSendsGpc, useApplyBrowserGpc } from '../api/apply-browser-gpc';

type TProps = { gpc: TGpcStatus };

/**
 * "GPC signal honoured" when the operator honours Global Privacy Control and the opt-out is in
 * force. When the page sees `navigator.globalPrivacyControl` but the server got no `Sec-GPC`
 * header, the page passes the signal on itself, once.
 */
export function GpcBanner({ gpc }: TProps) {
  const { t, language } = useI18n();
  const apply = useApplyBrowserGpc(language);
  const sent = useRef(false);
  const { mutate } = apply;

  useEffect(() => {
    if (sent.current || !gpc.applicable || gpc.signal || !browserSendsGpc()) return;
    sent.current = true;
    mutate();
  }, [gpc.applicable, gpc.signal, mutate]);

  if (!gpc.honoured) return null;
  return (
    <div className="gpc-banner" role="status">
      <p className="gpc-banner__title">{t('consent.gpc.honoured')}</p>
      <p>{t('consent.gpc.body')}</p>
    </div>
  );
}
