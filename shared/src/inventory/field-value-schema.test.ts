import { describe, expect, it } from 'vitest';
import { correctionValueSchema, fieldValueSchema, needsContactConfirmation } from './field-value-schema.ts';

describe('fieldValueSchema', () => {
  it.each([
    ['text', 'Sanne', true],
    ['text', '   ', false],
    ['text', 'x'.repeat(201), false],
    ['email', ' sanne@example.nl ', true],
    ['email', 'not an email', false],
    ['phone', '+31 6 1234 5678', true],
    ['phone', 'call me', false],
    ['date', '2024-02-29', true],
    ['date', '2023-02-29', false],
    ['money', '49.95', true],
    ['money', '49,95', false],
    ['country', 'NL', true],
    ['country', 'Netherlands', false],
    ['ip-address', '192.0.2.1', true],
    ['ip-address', '::1', true],
    ['ip-address', '999.1.1.1', false],
    ['number', 3, true],
    ['number', '3', false],
    ['boolean', true, true],
    ['secret', 'anything', false],
  ] as const)('when a %s field gets %j, then valid is %s', (type, value, valid) => {
    expect(fieldValueSchema({ key: 'x', type }, { required: true }).safeParse(value).success).toBe(valid);
  });

  it('when an enum field gets a value outside its list, then it is refused', () => {
    const schema = fieldValueSchema({ key: 'gender', type: 'enum', enumValues: ['female', 'male'] }, { required: true });
    expect(schema.safeParse('male').success).toBe(true);
    expect(schema.safeParse('other').success).toBe(false);
  });

  it('when a value is trimmed text, then the parsed value has no outer spaces', () => {
    expect(fieldValueSchema({ key: 'x', type: 'text' }).parse('  De Vries ')).toBe('De Vries');
  });
});

describe('correctionValueSchema', () => {
  it('when an optional account field is cleared, then null is accepted; a required one refuses it', () => {
    expect(correctionValueSchema({ key: 'companyName', type: 'text' }, 'account').safeParse(null).success).toBe(true);
    expect(correctionValueSchema({ key: 'givenName', type: 'text' }, 'account').safeParse(null).success).toBe(false);
  });
});

describe('needsContactConfirmation', () => {
  it('when the account email or phone changes, then a code is needed; a mailing-list address is not', () => {
    expect(needsContactConfirmation({ key: 'email', type: 'email' }, 'account')).toBe(true);
    expect(needsContactConfirmation({ key: 'phone', type: 'phone' }, 'account')).toBe(true);
    expect(needsContactConfirmation({ key: 'emailAddress', type: 'email' }, 'records')).toBe(false);
    expect(needsContactConfirmation({ key: 'givenName', type: 'text' }, 'account')).toBe(false);
  });
});
