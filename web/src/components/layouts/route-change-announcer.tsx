import { useEffect, useRef, useState, type RefObject } from 'react';
import { useLocation } from 'react-router';

type TProps = {
  /** The `<main>` element; focus goes to its first `<h1>`, or to it when there is none. */
  mainRef: RefObject<HTMLElement | null>;
  /** The new page's document title, read out after each navigation. */
  title: string;
};

/**
 * After a client-side navigation, does what a page load does for screen reader and keyboard
 * users: moves focus to the new page's heading and announces its title in a polite live region.
 * The first render is left alone, so a fresh page load starts at the skip link.
 */
export function RouteChangeAnnouncer({ mainRef, title }: TProps) {
  const { pathname, search } = useLocation();
  const page = `${pathname}${search}`;
  const previousPage = useRef(page);
  const latestTitle = useRef(title);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    latestTitle.current = title;
  }, [title]);

  useEffect(() => {
    // Comparing with the previous page (not a "first render" flag) also keeps StrictMode's
    // double-run of effects from stealing focus on load.
    if (previousPage.current === page) return;
    previousPage.current = page;

    const main = mainRef.current;
    const heading = main?.querySelector('h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    } else {
      main?.focus();
    }
    setAnnouncement(latestTitle.current);
  }, [page, mainRef]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {announcement}
    </div>
  );
}
