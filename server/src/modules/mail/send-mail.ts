import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { Logger } from '../../lib/logger.ts';
import type { TMailer } from './create-mailer.ts';
import type { TMailParams, TMailTemplateName } from './mail-catalogue.ts';
import type { TLanguage } from './mail-types.ts';

export type TMailMessage<N extends TMailTemplateName> = { to: string; language: string; params: TMailParams<N> };

/**
 * Sends a message in the background: the caller's response never waits for SMTP, and a failure is
 * logged (by template, never by address) instead of failing the request that caused it.
 */
export type TMailSender = <N extends TMailTemplateName>(template: N, message: TMailMessage<N>) => void;

/**
 * Sends a message and resolves when the SMTP server accepted it, rejecting otherwise: for jobs that
 * retry until the message went out (a durable job per recipient), never for a request's response.
 */
export type TMailDelivery = <N extends TMailTemplateName>(template: N, message: TMailMessage<N>) => Promise<void>;

/** The profile's operator, time zone and languages around the mailer; unknown languages fall back to the default. */
export function createMailDelivery(mailer: Pick<TMailer, 'send'>, profile: TProfile): TMailDelivery {
  const operator = { companyName: profile.company.name, privacyEmail: profile.company.privacyEmail };
  const languages: readonly string[] = profile.locale.languages;
  return async (template, message) => {
    const language = (languages.includes(message.language) ? message.language : profile.locale.defaultLanguage) as TLanguage;
    await mailer.send(template, { to: message.to, language, operator, params: message.params, timeZone: profile.locale.timeZone });
  };
}

/** The same delivery in the background, its failure logged by template (never by address). */
export function createMailSender(mailer: Pick<TMailer, 'send'>, profile: TProfile, logger: Logger): TMailSender {
  const deliver = createMailDelivery(mailer, profile);
  return (template, message) => {
    deliver(template, message).catch((error: unknown) => logger.error({ err: error, template }, 'mail not sent'));
  };
}
