import { assertMailLink, escapeHtml } from './mail-escape.ts';
import { footerParts } from './mail-footer.ts';
import type { TLanguage, TMailBlock, TMailContent, TMailOperator } from './mail-types.ts';

// Inline styles and tables only: mail clients drop <style> blocks and most modern CSS, and the
// layout loads nothing from outside (no fonts, images or trackers).
const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
const P = 'margin:0 0 16px;';

function blockHtml(block: TMailBlock): string {
  switch (block.kind) {
    case 'text':
      return `<p style="${P}">${escapeHtml(block.text)}</p>`;
    case 'code':
      return `<p style="${P}font-family:ui-monospace,Menlo,Consolas,monospace;font-size:28px;font-weight:700;letter-spacing:4px;">${escapeHtml(block.code)}</p>`;
    case 'link': {
      const href = escapeHtml(assertMailLink(block.href));
      return (
        `<p style="${P}"><a href="${href}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;">${escapeHtml(block.label)}</a></p>` +
        `<p style="${P}font-size:13px;color:#52525b;word-break:break-all;">${href}</p>`
      );
    }
    case 'facts': {
      const rows = block.rows
        .map(
          ([label, value]) =>
            `<tr><td style="padding:4px 16px 4px 0;color:#52525b;vertical-align:top;">${escapeHtml(label)}</td><td style="padding:4px 0;font-weight:600;">${escapeHtml(value)}</td></tr>`,
        )
        .join('');
      return `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px;">${rows}</table>`;
    }
  }
}

/** The HTML part: a minimal single-column layout carrying the operator's name. */
export function renderMailHtml(
  content: TMailContent,
  language: TLanguage,
  operator: TMailOperator,
): string {
  const company = escapeHtml(operator.companyName);
  const privacyEmail = escapeHtml(operator.privacyEmail);
  const footer = footerParts(language);
  const body = content.blocks.map(blockHtml).join('\n');
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f5;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f5;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;${FONT}color:#18181b;">
<tr><td style="padding:24px 32px 0;font-size:14px;font-weight:600;color:#3f3f46;">${company}</td></tr>
<tr><td style="padding:16px 32px 8px;"><h1 style="margin:0;font-size:20px;line-height:1.3;">${escapeHtml(content.subject)}</h1></td></tr>
<tr><td style="padding:8px 32px 8px;font-size:16px;line-height:1.5;">
${body}
</td></tr>
<tr><td style="padding:16px 32px 24px;border-top:1px solid #e4e4e7;font-size:12px;line-height:1.5;color:#52525b;">${escapeHtml(footer.before)}${company}${escapeHtml(footer.between)}<a href="mailto:${privacyEmail}" style="color:#1d4ed8;">${privacyEmail}</a>${escapeHtml(footer.after)}</td></tr>
</table>
</td></tr></table>
</body>
</html>
`;
}
