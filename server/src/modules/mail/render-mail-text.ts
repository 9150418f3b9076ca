import { assertMailLink } from './mail-escape.ts';
import { footerText } from './mail-footer.ts';
import type { TLanguage, TMailBlock, TMailContent, TMailOperator } from './mail-types.ts';

function blockText(block: TMailBlock): string {
  switch (block.kind) {
    case 'text':
      return block.text;
    case 'code':
      return `    ${block.code}`;
    case 'link':
      return `${block.label}:\n${assertMailLink(block.href)}`;
    case 'facts':
      return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
  }
}

/** The plain-text part: what text-only clients and screen readers of raw mail get. */
export function renderMailText(
  content: TMailContent,
  language: TLanguage,
  operator: TMailOperator,
): string {
  const body = content.blocks.map(blockText).join('\n\n');
  return `${operator.companyName}\n\n${body}\n\n-- \n${footerText(language, operator)}\n`;
}
