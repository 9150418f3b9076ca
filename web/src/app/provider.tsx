import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { operatorProfileQueryOptions } from '../features/operator/api/get-operator-profile';
import { OperatorTheme } from '../features/operator/components/operator-theme';
import { I18nProvider } from '../lib/i18n/i18n-provider';

/** Feeds the operator's languages to i18n: its default and the list the switcher offers. */
function OperatorI18nProvider({ children }: { children: ReactNode }) {
  const { data: locale } = useQuery({
    ...operatorProfileQueryOptions(),
    select: (profile) => profile.locale,
  });
  return (
    <I18nProvider languages={locale?.languages} defaultLanguage={locale?.defaultLanguage}>
      {children}
    </I18nProvider>
  );
}

/** Everything around the router: server state, language, the operator's theme. */
export function AppProvider({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      {/* While the language's messages load (one small request) nothing can be said yet: a bare busy region. */}
      <Suspense fallback={<div className="app-loading" aria-busy="true" />}>
        <OperatorI18nProvider>
          <OperatorTheme />
          {children}
        </OperatorI18nProvider>
      </Suspense>
    </QueryClientProvider>
  );
}
