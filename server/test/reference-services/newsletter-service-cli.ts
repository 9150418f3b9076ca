/**
 * Runs the reference newsletter provider as a process, for the browser journeys and demos:
 * `tsx test/reference-services/newsletter-service-cli.ts` with NEWSLETTER_SERVICE_PORT and
 * NEWSLETTER_SERVICE_SECRET. It knows the demo customers of every profile by email.
 */
import { randomUUID } from 'node:crypto';
import { PROFILE_IDS } from '@portal/shared/profiles/profile.schema';
import { startNewsletterService, subscriberFor } from './newsletter-service.ts';

const port = Number(process.env.NEWSLETTER_SERVICE_PORT ?? 3190);
const secret = process.env.NEWSLETTER_SERVICE_SECRET;
if (!secret) {
  console.error('Set NEWSLETTER_SERVICE_SECRET (the same value the portal gets).');
  process.exit(1);
}

const subscribers = PROFILE_IDS.flatMap((profile) =>
  ['demo', 'demo2'].map((local) =>
    subscriberFor({ id: randomUUID(), email: `${local}@${profile}.example`, name: `${local} ${profile}` }, ['newsletter', 'product-updates']),
  ),
);
const service = await startNewsletterService({ secret, port, host: '127.0.0.1', subscribers });
console.log(`reference newsletter service on ${service.url}`);

const stop = () => void service.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
