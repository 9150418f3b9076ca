import type { TPlainMessageKey } from '../lib/i18n/catalog-types';

/** What a route tells the layout about itself, through react-router's `handle`. */
export type TRouteHandle = {
  /** The page's title (document title and route announcement). */
  titleKey: TPlainMessageKey;
};

export function isRouteHandle(handle: unknown): handle is TRouteHandle {
  return (
    typeof handle === 'object' &&
    handle !== null &&
    typeof (handle as TRouteHandle).titleKey === 'string'
  );
}
