import type { z } from 'zod';
import { ApiError } from './api-client';

/** One message per field, shown next to the field and in the form's error summary. */
export type TFieldErrors<TField extends string> = Partial<Record<TField, string>>;

/** Why a field failed, in words a translated message can be chosen for. */
export type TIssueKind = 'required' | 'too-short' | 'too-long' | 'invalid';

export type TFormValidation<TData, TField extends string> =
  | { ok: true; data: TData }
  | { ok: false; errors: TFieldErrors<TField> };

/**
 * Validates a form's raw values with the shared request schema (house style 6). The schema's
 * messages are English, so each field's first problem is reported as a kind, and `describe`
 * turns it into a message in the UI language.
 */
export function validateForm<TSchema extends z.ZodType, TField extends string>(
  schema: TSchema,
  values: Record<TField, string>,
  describe: (field: TField, kind: TIssueKind) => string,
): TFormValidation<z.output<TSchema>, TField> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: TFieldErrors<TField> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !Object.hasOwn(values, field)) continue;
    const name = field as TField;
    if (errors[name] !== undefined) continue;
    errors[name] = describe(name, kindOf(issue, values[name]));
  }
  return { ok: false, errors };
}

/** What went wrong with one field's value, for the form's own wording of the message. */
export function kindOf(issue: z.core.$ZodIssue, value: string): TIssueKind {
  if (value.trim() === '') return 'required';
  if (issue.code === 'too_small') return 'too-short';
  if (issue.code === 'too_big') return 'too-long';
  return 'invalid';
}

/**
 * The server's per-field messages for `fields`, keyed like the form (the validator keys them
 * "body.email", services by the bare name). `describe` may replace a known server message with a
 * translated one; otherwise the server's own message is shown.
 */
export function serverFieldErrors<TField extends string>(
  error: unknown,
  fields: readonly TField[],
  describe: (field: TField, serverMessage: string) => string = (_field, message) => message,
): TFieldErrors<TField> {
  const errors: TFieldErrors<TField> = {};
  if (!(error instanceof ApiError) || !error.fields) return errors;
  for (const [key, messages] of Object.entries(error.fields)) {
    const name = key.startsWith('body.') ? key.slice('body.'.length) : key;
    const field = fields.find((candidate) => candidate === name);
    const message = messages[0];
    if (field === undefined || message === undefined || errors[field] !== undefined) continue;
    errors[field] = describe(field, message);
  }
  return errors;
}
