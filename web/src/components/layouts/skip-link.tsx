import type { MouseEvent } from 'react';
import { useI18n } from '../../lib/i18n/use-i18n';

/**
 * The first focusable element of every page (WCAG 2.4.1). Focus is moved by hand so the router
 * never sees a hash navigation.
 */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useI18n();

  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      {t('layout.skipToContent')}
    </a>
  );
}
