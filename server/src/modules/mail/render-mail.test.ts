import { LANGUAGES } from '@portal/shared/domain/languages';
import { describe, expect, it } from 'vitest';
import { MAIL_TEMPLATE_NAMES, type TMailParamsByTemplate } from './mail-catalogue.ts';
import { renderMail } from './render-mail.ts';

const HOSTILE = '<b onmouseover="x">Evil & Co</b>';
const OPERATOR = { companyName: HOSTILE, privacyEmail: 'privacy@example.com' };

// One valid set of parameters per template, with hostile text wherever free text is allowed.
const SAMPLE_PARAMS: TMailParamsByTemplate = {
  'sign-in-code': { code: '123456', minutesValid: 10 },
  'email-verification': { link: 'https://portal.example/verify?t=1', minutesValid: 30 },
  'password-reset': { code: '654321', link: 'https://portal.example/reset?t=1', minutesValid: 30 },
  'account-claim': { code: '777777', minutesValid: 10 },
  'new-sign-in': { device: HOSTILE, at: new Date('2025-03-05T14:30:00Z') },
  'export-ready': {
    portalUrl: 'https://portal.example/data',
    expiresAt: new Date('2025-03-12T09:00:00Z'),
  },
  'erasure-scheduled': {
    scheduledFor: '2025-04-01',
    cancelUrl: 'https://portal.example/erasure/cancel',
  },
  'erasure-completed': { scope: 'account', reference: HOSTILE, certificateUrl: 'https://portal.example/erasure-certificate#eyJ' },
  'impersonation-started': {
    staffFirstName: HOSTILE,
    staffRole: 'support-agent',
    reasonCategory: 'customer-request',
    startedAt: new Date(),
  },
  'request-received': {
    requestType: 'access',
    reference: 'REQ-2025-0042',
    dueDate: '2025-04-04',
    portalUrl: 'https://portal.example/requests',
  },
  'request-completed': { requestType: 'erasure', reference: 'REQ-2025-0042' },
  'privacy-notice-updated': {
    version: '2026-12-01',
    effectiveDate: '2026-12-01',
    summary: HOSTILE,
    noticeUrl: 'https://portal.example/privacy-notice',
  },
  'request-update': {
    kind: 'rejected',
    requestType: 'restriction',
    reference: 'REQ-2025-0042',
    dueDate: '2025-04-04',
    text: HOSTILE,
    complaintTo: { name: HOSTILE, url: 'https://authority.example/complaints' },
  },
  'marketing-sample': { unsubscribeUrl: 'https://portal.example/unsubscribe?t=1' },
};

describe('renderMail', () => {
  it('when any template renders in any language, then subject, text and escaped HTML are all present', () => {
    for (const name of MAIL_TEMPLATE_NAMES) {
      for (const language of LANGUAGES) {
        const mail = renderMail(name, {
          language,
          operator: OPERATOR,
          params: SAMPLE_PARAMS[name],
        });

        expect(mail.subject, `${name}/${language}`).not.toBe('');
        expect(mail.text).toContain(HOSTILE);
        expect(mail.html).not.toContain('<b ');
        expect(mail.html).toContain('&lt;b onmouseover=&quot;x&quot;&gt;Evil &amp; Co&lt;/b&gt;');
        expect(mail.html).not.toMatch(/(src|href)="(?!https:|mailto:)/);
      }
    }
  });

  it('when English, Dutch and Vietnamese differ, then each template has its own subject per language', () => {
    for (const name of MAIL_TEMPLATE_NAMES) {
      const subjects = LANGUAGES.map(
        (language) =>
          renderMail(name, { language, operator: OPERATOR, params: SAMPLE_PARAMS[name] }).subject,
      );
      expect(new Set(subjects).size, name).toBe(3);
    }
  });

  it('when a day is shown, then it is formatted with Intl in the language and never shifts a day', () => {
    const params = SAMPLE_PARAMS['erasure-scheduled'];
    const operator = { companyName: 'Acme', privacyEmail: 'p@acme.example' };

    expect(
      renderMail('erasure-scheduled', {
        language: 'en',
        operator,
        params,
        timeZone: 'America/Los_Angeles',
      }).subject,
    ).toBe('Your account will be deleted on April 1, 2025');
    expect(renderMail('erasure-scheduled', { language: 'nl', operator, params }).subject).toBe(
      'Uw account wordt verwijderd op 1 april 2025',
    );
    expect(renderMail('erasure-scheduled', { language: 'vi', operator, params }).subject).toBe(
      'Tài khoản của bạn sẽ bị xóa vào 1 tháng 4, 2025',
    );
  });

  it('when a link is not http(s), then rendering refuses it', () => {
    expect(() =>
      renderMail('export-ready', {
        language: 'en',
        operator: OPERATOR,
        params: { portalUrl: 'javascript:alert(1)', expiresAt: new Date() },
      }),
    ).toThrow(/http\(s\)/);
  });

  it('when a parameter carries a line break into the subject, then the subject stays one line', () => {
    const mail = renderMail('request-received', {
      language: 'en',
      operator: OPERATOR,
      params: {
        requestType: 'access',
        reference: 'R1\r\nBcc: x@example.com',
        dueDate: '2025-01-01',
      },
    });
    expect(mail.subject).toBe('We received your request (R1 Bcc: x@example.com)');
  });

  it('when the marketing sample renders, then it exposes its unsubscribe URL and other templates do not', () => {
    expect(
      renderMail('marketing-sample', {
        language: 'en',
        operator: OPERATOR,
        params: SAMPLE_PARAMS['marketing-sample'],
      }).unsubscribeUrl,
    ).toBe('https://portal.example/unsubscribe?t=1');
    expect(
      renderMail('sign-in-code', {
        language: 'en',
        operator: OPERATOR,
        params: SAMPLE_PARAMS['sign-in-code'],
      }).unsubscribeUrl,
    ).toBeNull();
  });
});
