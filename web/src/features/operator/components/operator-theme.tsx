import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { operatorProfileQueryOptions } from '../api/get-operator-profile';
import { applyCustomProperties, themeCustomProperties } from '../lib/theme';

/** Applies the operator's brand colours to the whole document once its profile has loaded. */
export function OperatorTheme() {
  const { data: theme } = useQuery({
    ...operatorProfileQueryOptions(),
    select: (profile) => profile.theme,
  });

  useEffect(() => {
    if (!theme) return;
    return applyCustomProperties(document.documentElement, themeCustomProperties(theme));
  }, [theme]);

  return null;
}
