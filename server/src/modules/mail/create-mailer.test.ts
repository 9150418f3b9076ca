import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../lib/logger.ts';
import { createMailer, type TMailer } from './create-mailer.ts';

// A real SMTP server on loopback: the test covers nodemailer's encoding and the wire, not a mock.
async function startCatcher() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    received,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function rawHeader(mail: ParsedMail, key: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === key)?.line;
  return line?.slice(line.indexOf(':') + 1).trim();
}

const OPERATOR = {
  companyName: 'Công ty Cổ phần Ánh Dương',
  privacyEmail: 'privacy@anhduong.example',
};
const RECIPIENT = 'nguyen.thi.huong@customer.example';

describe('createMailer over SMTP_URL', () => {
  let catcher: Awaited<ReturnType<typeof startCatcher>>;
  let mailer: TMailer;
  const logLines: string[] = [];

  beforeAll(async () => {
    catcher = await startCatcher();
    const logger = createLogger('info', { write: (line: string) => void logLines.push(line) });
    mailer = await createMailer(
      {
        smtpUrl: `smtp://127.0.0.1:${catcher.port}`,
        from: '"Custodia" <no-reply@custodia.example>',
        outboxDir: '/nonexistent',
      },
      logger,
    );
  });

  afterAll(async () => {
    await mailer.close();
    await catcher.close();
  });

  it('when a sign-in code is sent in Vietnamese, then it arrives in Vietnamese with intact diacritics and the code', async () => {
    // Act
    const { messageId } = await mailer.send('sign-in-code', {
      to: RECIPIENT,
      language: 'vi',
      operator: OPERATOR,
      params: { code: '482913', minutesValid: 10 },
    });

    // Assert
    const mail = catcher.received.find((m) => m.messageId === messageId);
    expect(mail?.subject).toBe('Mã đăng nhập của bạn');
    expect(mail?.text).toContain('Dùng mã này để đăng nhập vào Công ty Cổ phần Ánh Dương:');
    expect(mail?.text).toContain('482913');
    expect(mail?.text).toContain('10 phút');
    expect(mail?.html).toContain('482913');
    expect(mail?.html).toContain('<html lang="vi">');
    expect(mail?.to).toMatchObject({ value: [{ address: RECIPIENT }] });
    expect(mailer.mode).toBe('smtp');
  });

  it('when a sign-in code is sent in Dutch, then the subject and text are Dutch', async () => {
    const { messageId } = await mailer.send('sign-in-code', {
      to: RECIPIENT,
      language: 'nl',
      operator: { companyName: 'Zorgverzekeraar Coöperatie', privacyEmail: 'privacy@zorg.example' },
      params: { code: '170044', minutesValid: 15 },
    });

    const mail = catcher.received.find((m) => m.messageId === messageId);
    expect(mail?.subject).toBe('Uw inlogcode');
    expect(mail?.text).toContain(
      'Gebruik deze code om in te loggen bij Zorgverzekeraar Coöperatie:',
    );
    expect(mail?.text).toContain('170044');
    expect(mail?.text).toContain('15 minuten');
  });

  it('when the marketing sample is sent, then it carries RFC 8058 one-click unsubscribe headers', async () => {
    const unsubscribeUrl = 'https://portal.example/api/unsubscribe?token=abc123';

    const { messageId } = await mailer.send('marketing-sample', {
      to: RECIPIENT,
      language: 'en',
      operator: OPERATOR,
      params: { unsubscribeUrl },
    });

    const mail = catcher.received.find((m) => m.messageId === messageId);
    expect(mail && rawHeader(mail, 'list-unsubscribe')).toBe(`<${unsubscribeUrl}>`);
    expect(mail && rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail?.html).toContain('href="https://portal.example/api/unsubscribe?token=abc123"');
  });

  it('when the company name is hostile HTML, then the HTML part shows it escaped', async () => {
    const operator = {
      companyName: '<script>alert("x")</script> & <img src=x onerror=alert(1)>',
      privacyEmail: 'a"b@evil.example',
    };

    const { messageId } = await mailer.send('erasure-completed', {
      to: RECIPIENT,
      language: 'en',
      operator,
      params: { scope: 'account', reference: 'c9a1f7f2-2d67-4a3c-9f66-8b3f4f0d2a11', certificateUrl: 'https://portal.example/erasure-certificate#x' },
    });

    const mail = catcher.received.find((m) => m.messageId === messageId);
    const html = String(mail?.html);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(html).toContain('href="mailto:a&quot;b@evil.example"');
    // The plain-text part is not HTML: there the name appears as written.
    expect(mail?.text).toContain(operator.companyName);
  });

  it('when mail is sent, then the log names the template and message id but never the recipient', async () => {
    const { messageId } = await mailer.send('account-claim', {
      to: RECIPIENT,
      language: 'vi',
      operator: OPERATOR,
      params: { code: '999111', minutesValid: 10 },
    });

    const logs = logLines.join('\n');
    expect(logs).toContain(messageId);
    expect(logs).toContain('"template":"account-claim"');
    expect(logs).not.toContain(RECIPIENT);
    expect(logs).not.toContain('999111');
  });

  it('when a header value carries a line break, then nothing is sent', async () => {
    const before = catcher.received.length;

    await expect(
      mailer.send('sign-in-code', {
        to: RECIPIENT,
        language: 'en',
        operator: OPERATOR,
        params: { code: '1', minutesValid: 1 },
        headers: { 'X-Campaign': 'a\r\nBcc: victim@example.com' },
      }),
    ).rejects.toThrow(/unsafe mail header/);
    expect(catcher.received.length).toBe(before);
  });
});
