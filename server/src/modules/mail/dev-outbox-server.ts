import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { Logger } from '../../lib/logger.ts';
import { createOutboxWriter } from './outbox-store.ts';

export type TDevOutboxServer = { host: string; port: number; close(): Promise<void> };

const HOST = '127.0.0.1';
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/**
 * A local SMTP server that stores what it receives in `outboxDir`, so development and demos send
 * through the same nodemailer-over-SMTP path as production while nothing leaves the machine.
 */
export async function startDevOutboxServer(
  outboxDir: string,
  logger: Logger,
): Promise<TDevOutboxServer> {
  const writer = createOutboxWriter(outboxDir);
  const server = new SMTPServer({
    // Loopback only, no credentials to manage; STARTTLS off because there is no certificate to trust.
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    closeTimeout: 1000,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(
            Object.assign(new Error('Message exceeds the outbox size limit'), {
              responseCode: 552,
            }),
          );
          return;
        }
        const to = session.envelope.rcptTo.map((address) => address.address);
        writer.save(Buffer.concat(chunks), to, new Date()).then(
          (id) => {
            logger.debug({ outboxId: id }, 'dev outbox stored a message');
            callback(null, `stored as ${id}`);
          },
          (error: unknown) => {
            logger.error({ err: error }, 'dev outbox could not store a message');
            callback(error instanceof Error ? error : new Error('outbox write failed'));
          },
        );
      });
    },
  });
  server.on('error', (error) => logger.error({ err: error }, 'dev outbox SMTP server error'));

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, HOST, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  logger.info(
    { port, outboxDir },
    'dev outbox listening (no SMTP_URL: mail is stored, not delivered)',
  );

  return {
    host: HOST,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
