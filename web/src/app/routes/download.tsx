import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { QueryError } from '../../components/errors/query-error';
import { Skeleton } from '../../components/ui/skeleton';
import type { TCreateExportEvents } from '../../features/exports/api/create-export';
import { isActiveExport } from '../../features/exports/api/export-view';
import { exportsQueryOptions } from '../../features/exports/api/get-exports';
import { CurrentExport } from '../../features/exports/components/current-export';
import { ExportContents } from '../../features/exports/components/export-contents';
import { ExportForm } from '../../features/exports/components/export-form';
import { ExportHistory } from '../../features/exports/components/export-history';
import '../../features/exports/components/exports.css';
import { categoriesOnlyQueryOptions } from '../../features/my-data/api/get-categories-only';
import { operatorProfileQueryOptions } from '../../features/operator/api/get-operator-profile';
import { useI18n } from '../../lib/i18n/use-i18n';
import { useOperatorName } from './auth-page';

/**
 * /download (the ready email links here): the newest export with its progress or download, the
 * form for a new one while none is being prepared, and the earlier ones. The categories come from
 * the my-data feature; the two features meet only here (house style 1).
 */
export function DownloadRoute() {
  const { t } = useI18n();
  const operator = useOperatorName();
  const list = useQuery(exportsQueryOptions());
  const profile = useQuery(operatorProfileQueryOptions());
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [alreadyRunning, setAlreadyRunning] = useState(false);
  const events = useMemo<TCreateExportEvents>(
    () => ({
      onCreated: (view) => {
        setAlreadyRunning(false);
        setCreatedId(view.id);
      },
      onAlreadyRunning: () => setAlreadyRunning(true),
    }),
    [],
  );

  let body;
  if (list.isPending) body = <Skeleton label={t('exports.loading')} lines={5} />;
  else if (list.isError) body = <QueryError error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />;
  else {
    const [latest, ...earlier] = list.data.exports;
    const active = latest ? isActiveExport(latest) : false;
    body = (
      <>
        {latest ? (
          <CurrentExport
            key={latest.id}
            initial={latest}
            focusOnMount={latest.id === createdId || alreadyRunning}
            alreadyRunning={alreadyRunning}
            events={events}
          />
        ) : null}
        <ExportContents linkDays={profile.data?.exportLinkDays} />
        {active ? null : <ExportChoices events={events} />}
        <ExportHistory exports={earlier} canRequest={!active} events={events} />
      </>
    );
  }

  return (
    <>
      <div className="page-intro">
        <h1>{t('exports.title')}</h1>
        <p className="lead">{t('exports.intro', { operator: operator || t('app.name') })}</p>
      </div>
      {body}
    </>
  );
}

function ExportChoices({ events }: { events: TCreateExportEvents }) {
  const { t, language } = useI18n();
  const categories = useQuery(categoriesOnlyQueryOptions(language));
  if (categories.isPending) return <Skeleton label={t('exports.form.categoriesLoading')} lines={4} />;
  if (categories.isError)
    return <QueryError error={categories.error} onRetry={() => void categories.refetch()} retrying={categories.isFetching} />;
  return <ExportForm categories={categories.data.categories.map(({ id, name }) => ({ id, name }))} events={events} />;
}
