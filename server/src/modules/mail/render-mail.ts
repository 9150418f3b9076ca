import { MAIL_TEMPLATES, type TMailParams, type TMailTemplateName } from './mail-catalogue.ts';
import { createMailFormatter } from './mail-format.ts';
import type { TLanguage, TMailOperator } from './mail-types.ts';
import { renderMailHtml } from './render-mail-html.ts';
import { renderMailText } from './render-mail-text.ts';

export type TRenderMailInput<N extends TMailTemplateName> = {
  language: TLanguage;
  operator: TMailOperator;
  params: TMailParams<N>;
  /** IANA zone in which times are shown; defaults to UTC (the zone is always named). */
  timeZone?: string;
};

export type TRenderedMail = {
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string | null;
};

/** Renders one catalogue message in the recipient's language: subject, plain text and HTML. */
export function renderMail<N extends TMailTemplateName>(
  name: N,
  input: TRenderMailInput<N>,
): TRenderedMail {
  const template = MAIL_TEMPLATES[name];
  const format = createMailFormatter(input.language, input.timeZone);
  const content = template.copy[input.language](input.params, { operator: input.operator, format });
  return {
    // A subject is a single header line; a newline smuggled in through a parameter must not split it.
    subject: content.subject.replace(/[\r\n]+/g, ' '),
    text: renderMailText(content, input.language, input.operator),
    html: renderMailHtml(content, input.language, input.operator),
    unsubscribeUrl: template.unsubscribeUrl?.(input.params) ?? null,
  };
}
