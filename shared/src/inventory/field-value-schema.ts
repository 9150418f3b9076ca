import { z } from 'zod';
import { ACCOUNT_COLUMN_KEYS, type TField } from '../profiles/profile.schema.ts';

/** A field's value as the API carries it: inventory fields are scalars (money as a decimal string). */
export const ZFieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type TFieldValue = z.infer<typeof ZFieldValueSchema>;

/**
 * Account columns the portal cannot run without (sign-in, greeting, language, jurisdiction): a
 * correction may change them but never empty them.
 */
export const REQUIRED_ACCOUNT_KEYS: ReadonlySet<string> = new Set<string>(
  ACCOUNT_COLUMN_KEYS.filter((key) => key !== 'phone' && key !== 'birthDate'),
);

/**
 * Fields that identify the customer and receive their security messages: changing them needs a
 * code sent to the new address (product.md capability 3), so they are not corrected inline.
 */
export function needsContactConfirmation(
  field: Pick<TField, 'key' | 'type'>,
  store: 'account' | 'records',
): boolean {
  return store === 'account' && (field.type === 'email' || field.type === 'phone');
}

const text = (max: number) =>
  z.string().trim().min(1, 'Enter a value.').max(max, `Use at most ${max} characters.`);
const PHONE = /^\+?[0-9][0-9 ()./-]{4,22}[0-9]$/;
const MONEY = /^-?\d{1,12}(\.\d{1,4})?$/;

/**
 * The zod schema of one inventory field's value, by its type: the server validates corrections
 * with it and the web form uses the same one. Optional fields also accept `null` (cleared).
 */
export function fieldValueSchema(
  field: Pick<TField, 'key' | 'type' | 'enumValues'>,
  options: { required?: boolean } = {},
): z.ZodType<TFieldValue> {
  const base = baseSchema(field);
  return options.required ? base : base.nullable();
}

/** `fieldValueSchema` for a field of a category, with the category's rules about empty values. */
export function correctionValueSchema(
  field: Pick<TField, 'key' | 'type' | 'enumValues'>,
  store: 'account' | 'records',
): z.ZodType<TFieldValue> {
  return fieldValueSchema(field, {
    required: (store === 'account' && REQUIRED_ACCOUNT_KEYS.has(field.key)) || field.type === 'enum',
  });
}

function baseSchema(field: Pick<TField, 'type' | 'enumValues'>): z.ZodType<string | number | boolean> {
  switch (field.type) {
    case 'text':
    case 'reference':
      return text(200);
    case 'long-text':
      return text(2000);
    case 'email':
      return z.string().trim().max(254).pipe(z.email('Enter an email address like name@example.com.'));
    case 'phone':
      return z.string().trim().regex(PHONE, 'Enter a phone number like +31 6 1234 5678.');
    case 'date':
      return z.iso.date('Enter a date like 2024-05-31.');
    case 'datetime':
      return z.iso.datetime({ offset: true, message: 'Enter a date and time.' });
    case 'money':
      return z.string().trim().regex(MONEY, 'Enter an amount like 49.95.');
    case 'number':
      return z.number('Enter a number.').finite();
    case 'boolean':
      return z.boolean('Choose yes or no.');
    case 'enum': {
      const values = field.enumValues ?? [];
      return z.string().refine((value) => values.includes(value), 'Choose one of the options.');
    }
    case 'country':
      return z.string().trim().regex(/^[A-Z]{2}$/, 'Choose a country.');
    case 'ip-address':
      return z.union([z.ipv4(), z.ipv6()], 'Enter an IP address.');
    case 'secret':
      // Secrets are withheld: never shown, never corrected in the portal.
      return z.never('This value cannot be set here.');
  }
}
