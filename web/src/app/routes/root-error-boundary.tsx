import { useEffect } from 'react';
import { useRouteError } from 'react-router';
import { useI18n } from '../../lib/i18n/use-i18n';

/** Last resort when a page crashes while rendering: say so and offer a reload. */
export function RootErrorBoundary() {
  const error = useRouteError();
  const { t } = useI18n();
  const title = t('errors.title');

  useEffect(() => {
    document.title = title;
  }, [title]);

  useEffect(() => {
    // For developers; it never leaves the browser.
    console.error(error);
  }, [error]);

  return (
    <main id="main" className="error-page" tabIndex={-1}>
      <h1>{title}</h1>
      <p>{t('errors.unexpected')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </main>
  );
}
