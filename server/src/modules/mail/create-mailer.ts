import nodemailer from 'nodemailer';
import type { Logger } from '../../lib/logger.ts';
import { startDevOutboxServer, type TDevOutboxServer } from './dev-outbox-server.ts';
import { listUnsubscribeHeaders } from './list-unsubscribe.ts';
import type { TMailParams, TMailTemplateName } from './mail-catalogue.ts';
import type { TLanguage, TMailOperator } from './mail-types.ts';
import { listOutbox, readOutboxMessage, type TOutboxMessage } from './outbox-store.ts';
import { renderMail } from './render-mail.ts';

export type TMailerConfig = {
  /** e.g. `smtps://user:pass@mail.example.com:465`; absent in development and demos. */
  smtpUrl?: string;
  /** The From header, e.g. `"Custodia" <no-reply@example.com>`. */
  from: string;
  /** Where the development outbox keeps messages (under the git-ignored .data/). */
  outboxDir: string;
};

export type TSendMailInput<N extends TMailTemplateName> = {
  to: string;
  language: TLanguage;
  operator: TMailOperator;
  params: TMailParams<N>;
  /** Extra headers; they override the ones a template adds (such as List-Unsubscribe). */
  headers?: Record<string, string>;
  /** IANA zone in which times are shown; defaults to UTC. */
  timeZone?: string;
};

export type TMailer = {
  /** `dev-outbox` when no SMTP_URL is set: mail is caught locally and readable below. */
  mode: 'smtp' | 'dev-outbox';
  send<N extends TMailTemplateName>(
    template: N,
    input: TSendMailInput<N>,
  ): Promise<{ messageId: string }>;
  /** Dev outbox only; empty when sending through SMTP_URL. */
  listOutbox(): Promise<TOutboxMessage[]>;
  readOutboxMessage(id: string): Promise<TOutboxMessage | null>;
  close(): Promise<void>;
};

const HEADER_NAME = /^[A-Za-z0-9-]+$/;

// Header values are written verbatim by nodemailer; a CR or LF would start a header of its own.
function checkedHeaders(headers: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name) || /[\r\n]/.test(value))
      throw new Error(`refusing unsafe mail header ${JSON.stringify(name)}`);
  }
  return headers;
}

/** SMTP errors quote the server's reply, which often repeats the recipient's address: log codes only. */
function smtpFailure(error: unknown): Record<string, unknown> {
  const { code, responseCode, command } = (error ?? {}) as {
    code?: unknown;
    responseCode?: unknown;
    command?: unknown;
  };
  return { code, responseCode, command };
}

/**
 * Sends catalogue messages over SMTP: through SMTP_URL when set, otherwise through an in-process
 * SMTP server that stores each message in `outboxDir`, so the real SMTP path is always exercised.
 */
export async function createMailer(config: TMailerConfig, logger: Logger): Promise<TMailer> {
  const outbox: TDevOutboxServer | null = config.smtpUrl
    ? null
    : await startDevOutboxServer(config.outboxDir, logger);
  const transport = outbox
    ? nodemailer.createTransport({
        host: outbox.host,
        port: outbox.port,
        secure: false,
        ignoreTLS: true,
      })
    : nodemailer.createTransport(config.smtpUrl);
  const log = logger.child({ module: 'mail' });

  async function send<N extends TMailTemplateName>(
    template: N,
    input: TSendMailInput<N>,
  ): Promise<{ messageId: string }> {
    const rendered = renderMail(template, input);
    const headers = checkedHeaders({
      ...(rendered.unsubscribeUrl === null ? {} : listUnsubscribeHeaders(rendered.unsubscribeUrl)),
      ...input.headers,
    });
    try {
      const info = await transport.sendMail({
        from: config.from,
        to: input.to,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        headers,
      });
      // Ids and the template name only: the recipient's address is personal data.
      log.info({ template, language: input.language, messageId: info.messageId }, 'mail sent');
      return { messageId: info.messageId };
    } catch (error) {
      log.error({ template, ...smtpFailure(error) }, 'mail send failed');
      throw error;
    }
  }

  return {
    mode: outbox ? 'dev-outbox' : 'smtp',
    send,
    listOutbox: async () => (outbox ? listOutbox(config.outboxDir) : []),
    readOutboxMessage: async (id) => (outbox ? readOutboxMessage(config.outboxDir, id) : null),
    async close() {
      transport.close();
      await outbox?.close();
    },
  };
}
