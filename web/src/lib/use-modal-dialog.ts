import { useEffect, useRef } from 'react';

/**
 * Shows a native `<dialog>` modally while the component is mounted (the page behind is inert) and
 * gives the focus back to where it was when it unmounts. `initialFocus` picks the element that
 * takes the focus on open; without it the browser's default applies.
 */
export function useModalDialog(initialFocus?: (dialog: HTMLDialogElement) => HTMLElement | null | undefined) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  // Read once on open: later renders must not move the focus.
  const focusOnOpen = useRef(initialFocus);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom (tests) has no showModal(); the open attribute shows the dialog there.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    focusOnOpen.current?.(dialog)?.focus();
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      previouslyFocused?.focus();
    };
  }, []);

  return dialogRef;
}
