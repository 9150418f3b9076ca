import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { registerStepUpPrompt, StepUpCancelledError } from '../../../lib/step-up';

// Loaded the first time someone has to confirm it is them; most visits never need it.
const StepUpDialog = lazy(async () => ({ default: (await import('./step-up-dialog')).StepUpDialog }));

type TPending = { resolve: () => void; reject: (error: Error) => void };

/**
 * Mounted once in the layout: registers itself as the prompt `withStepUp` (lib/step-up) asks,
 * and shows the re-authentication dialog while a call waits for it.
 */
export function StepUpDialogHost() {
  const [open, setOpen] = useState(false);
  const pending = useRef<TPending | null>(null);

  useEffect(() => {
    const unregister = registerStepUpPrompt(
      () =>
        new Promise<void>((resolve, reject) => {
          pending.current = { resolve, reject };
          setOpen(true);
        }),
    );
    return () => {
      unregister();
      pending.current?.reject(new StepUpCancelledError());
      pending.current = null;
    };
  }, []);

  const settle = (confirmed: boolean) => {
    const current = pending.current;
    pending.current = null;
    setOpen(false);
    if (confirmed) current?.resolve();
    else current?.reject(new StepUpCancelledError());
  };

  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <StepUpDialog onConfirmed={() => settle(true)} onCancel={() => settle(false)} />
    </Suspense>
  );
}
