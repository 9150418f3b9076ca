// `npx tsx src/modules/consent/send-marketing-sample-cli.ts --customer <email or customer number> [--purpose <id>]`
// Sends the 'marketing-sample' email (with List-Unsubscribe headers) to a customer who consented to
// the purpose by email, through SMTP_URL, else into the development outbox under DATA_DIR/mail-outbox.
// Reads the server's configuration like the server does (PROFILE, DATABASE_URL or the embedded
// database, PUBLIC_ORIGIN as the token issuer and link origin, SIGNING_KEY_JWK or DATA_DIR/keys).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { eq, or, sql } from 'drizzle-orm';
import { loadProfile } from '@portal/shared/profiles/registry';
import { loadConfig } from '../../config/env.ts';
import { createDatabase } from '../../db/client.ts';
import { resolveDatabase } from '../../db/database-url.ts';
import { customers } from '../../db/schema/customers.ts';
import { createLogger } from '../../lib/logger.ts';
import { loadSigningKeys } from '../../lib/tokens/signing-keys.ts';
import { createTokenService } from '../../lib/tokens/token-service.ts';
import { createMailer } from '../mail/create-mailer.ts';
import { consentTarget, foldLedger, isAllowed } from './consent-state.ts';
import { latestEntries } from './consent.repository.ts';
import { sendMarketingSample } from './send-marketing-sample.ts';
import { createUnsubscribeLinks } from './unsubscribe-links.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { customer: { type: 'string' }, purpose: { type: 'string' } },
  });
  if (!values.customer) throw new Error('pass --customer <email or customer number>');
  const config = loadConfig();
  const profile = loadProfile(config.profileId);
  const keys = await loadSigningKeys({
    dataDir: config.dataDir,
    privateJwk: process.env.SIGNING_KEY_JWK || undefined,
  });
  const tokens = createTokenService({ keys, issuer: config.publicOrigin });
  const resolved = await resolveDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    profileId: profile.id,
    log: (message) => console.log(message),
  });
  const database = createDatabase(resolved.connectionString, {
    max: 2,
    applicationName: 'custodia-marketing-sample',
  });
  const logger = createLogger('warn');
  const mailer = await createMailer(
    {
      smtpUrl: process.env.SMTP_URL || undefined,
      from: process.env.MAIL_FROM || `"${profile.company.name}" <${profile.company.privacyEmail}>`,
      outboxDir: join(config.dataDir, 'mail-outbox'),
    },
    logger,
  );
  try {
    const [customer] = await database.db
      .select({ id: customers.id, email: customers.email, language: customers.language })
      .from(customers)
      .where(
        or(
          sql`lower(${customers.email}) = ${values.customer.toLowerCase()}`,
          eq(customers.customerNumber, values.customer),
        ),
      );
    if (!customer) throw new Error('no such customer');
    const state = foldLedger(await latestEntries(database.db, customer.id));
    const purposeId =
      values.purpose ??
      profile.consentPurposes.find(
        (p) => p.channels.includes('email') && isAllowed(state, consentTarget(p.id, 'email')),
      )?.id;
    if (!purposeId) throw new Error('the customer has no email consent to send marketing under');
    const unsubscribeUrl = createUnsubscribeLinks({
      tokens,
      profile,
      publicOrigin: config.publicOrigin,
    });
    const sent = await sendMarketingSample(
      { db: database.db, profile, mailer, unsubscribeUrl },
      customer,
      purposeId,
    );
    console.log(
      `Sent "${purposeId}" sample (${mailer.mode}); List-Unsubscribe: <${sent.unsubscribeUrl}>`,
    );
  } finally {
    await mailer.close();
    await database.close();
    await resolved.stop();
  }
}

main().catch((error: unknown) => {
  console.error(
    `marketing sample not sent: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
