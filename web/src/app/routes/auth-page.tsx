import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { operatorProfileQueryOptions } from '../../features/operator/api/get-operator-profile';
import type { TPlainMessageKey } from '../../lib/i18n/catalog-types';
import { useI18n } from '../../lib/i18n/use-i18n';
import '../../features/auth/components/auth.css';

/** The frame of the signed-out pages: the page title, an optional intro, the form. */
export function AuthPage({ titleKey, intro, children }: { titleKey: TPlainMessageKey; intro?: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="auth-page">
      <h1>{t(titleKey)}</h1>
      {intro ? <p>{intro}</p> : null}
      {children}
    </div>
  );
}

/** The operator's name for intros ("… the data {operator} holds about you"); empty while loading. */
export function useOperatorName(): string {
  return useQuery(operatorProfileQueryOptions()).data?.company.name ?? '';
}
