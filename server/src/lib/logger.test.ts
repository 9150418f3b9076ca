import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

describe('logger', () => {
  it('when personal data or secrets are logged by mistake, then they are redacted', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info(
      {
        customerId: 'c-123',
        email: 'sanne@example.nl',
        input: { password: 'hunter2hunter2', phone: '+31612345678', givenName: 'Sanne', token: 'abc.def.ghi' },
        req: { headers: { cookie: '__Host-custodia-session=secret' } },
      },
      'something happened',
    );
    const line = lines.join('');
    expect(line).toContain('c-123');
    for (const secret of ['sanne@example.nl', 'hunter2hunter2', '+31612345678', 'Sanne', 'abc.def.ghi', 'secret']) {
      expect(line).not.toContain(secret);
    }
  });
});
