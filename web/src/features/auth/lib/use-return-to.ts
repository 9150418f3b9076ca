import { useSearchParams } from 'react-router';
import { safeReturnTo } from './return-to';

/** The page's `?returnTo=`, already checked (null when absent or unsafe). */
export function useReturnTo(): string | null {
  const [params] = useSearchParams();
  return safeReturnTo(params.get('returnTo'));
}
