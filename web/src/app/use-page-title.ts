import { useMatches } from 'react-router';
import { useI18n } from '../lib/i18n/use-i18n';
import { isRouteHandle } from './route-handle';

/** The title of the deepest matched route that declares one, in the UI language. */
export function usePageTitle(): string {
  const { t } = useI18n();
  const handle = useMatches()
    .map((match) => match.handle)
    .filter(isRouteHandle)
    .at(-1);
  return handle ? t(handle.titleKey) : t('app.name');
}
