import { useCallback, useState } from 'react';
import type { TFieldErrors } from './form-errors';

export type TFormErrors<TField extends string> = {
  /** Per-field messages (next to each field and linked from the summary). */
  fields: TFieldErrors<TField>;
  /** A message about the whole form (the server refused it for a reason no field explains). */
  form: string | null;
  /** Changes on every failed submit, so the error summary takes focus again. */
  attempt: number;
};

/** The errors of one form and the two ways to change them. */
export function useFormErrors<TField extends string>() {
  const [errors, setErrors] = useState<TFormErrors<TField>>({ fields: {}, form: null, attempt: 0 });
  const show = useCallback(
    (fields: TFieldErrors<TField>, form: string | null = null) =>
      setErrors((previous) => ({ fields, form, attempt: previous.attempt + 1 })),
    [],
  );
  const clear = useCallback(
    () => setErrors((previous) => ({ fields: {}, form: null, attempt: previous.attempt })),
    [],
  );
  return { errors, show, clear };
}
