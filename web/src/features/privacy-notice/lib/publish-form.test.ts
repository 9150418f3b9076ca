import { describe, expect, it } from 'vitest';
import type { TTranslate } from '../../../lib/i18n/catalog-types';
import { todayIn, validatePublishForm } from './publish-form';

// The message keys are enough to tell which rule fired.
const t = ((key: string) => key) as TTranslate;
const NL_FIRST = { defaultLanguage: 'nl', languages: ['en', 'nl'], today: '2026-12-03' } as const;

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

describe('todayIn', () => {
  it('is the date where the operator is, not in UTC', () => {
    const lateEvening = new Date('2026-12-03T23:30:00.000Z');
    expect(todayIn('Europe/Amsterdam', lateEvening)).toBe('2026-12-04');
    expect(todayIn('America/New_York', lateEvening)).toBe('2026-12-03');
  });

  it('leaves the check to the server for a zone the browser does not know', () => {
    expect(todayIn('Nowhere/Atlantis')).toBeNull();
  });
});

describe('validatePublishForm', () => {
  it('asks for the default language’s text and summary and the English summary, and leaves blank languages out of the body', () => {
    expect(validatePublishForm(form({ version: '2027-01-15', effectiveDate: '2027-01-15', 'texts.en': 'An English text of enough length.' }), NL_FIRST, t)).toEqual({
      ok: false,
      errors: {
        'texts.nl': 'notice.staff.errors.textRequired',
        'summary.nl': 'notice.staff.errors.summaryRequired',
        'summary.en': 'notice.staff.errors.summaryRequired',
      },
    });

    expect(
      validatePublishForm(
        form({ version: '2027-01-15', effectiveDate: '2027-01-15', 'texts.nl': 'Een Nederlandse tekst van genoeg lengte.', 'texts.en': '  ', 'summary.nl': 'Nieuw.', 'summary.en': 'New.' }),
        NL_FIRST,
        t,
      ),
    ).toEqual({
      ok: true,
      data: { version: '2027-01-15', effectiveDate: '2027-01-15', texts: { nl: 'Een Nederlandse tekst van genoeg lengte.' }, summary: { nl: 'Nieuw.', en: 'New.' } },
    });
  });
});
