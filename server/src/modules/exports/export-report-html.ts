import { localize, type TLanguage } from '@portal/shared/domain/languages';
import type { TCategory, TField, TProfile } from '@portal/shared/profiles/profile.schema';
import type { TFieldValue } from '@portal/shared/inventory/field-value-schema';
import type { TInventory } from '../personal-data/inventory.ts';
import { exportedFields } from './export-data-schema.ts';
import { REPORT_COPY } from './export-report-copy.ts';

export type TReportCategory = {
  category: TCategory;
  status: 'complete' | 'unavailable';
  records: number;
  /** The first records, for the readable tables; the files hold all of them. */
  preview: readonly { values: Readonly<Record<string, TFieldValue>> }[];
  files: readonly string[];
};

const esc = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

// No scripts, no external resources: the report opens offline and cannot call anywhere.
const STYLE = `body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem;font-size:.9rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}section{margin-bottom:2rem}.muted{color:#555}`;

/** index.html: the package as a self-contained report in the customer's language, with the Art. 15 explanations. */
export function renderExportReport(input: {
  inventory: TInventory;
  language: TLanguage;
  generatedAt: string;
  dateRange: { from: string; to: string } | null;
  categories: readonly TReportCategory[];
}): string {
  const { inventory, language } = input;
  const profile: TProfile = inventory.profile;
  const copy = REPORT_COPY[language];
  const at = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: profile.locale.timeZone }).format(new Date(input.generatedAt));
  const purposeNames = (field: TField) => field.purposes.map((id) => { const p = inventory.purpose(id); return p ? localize(p.name, language) : id; }).join(', ');
  const recipientNames = (field: TField) => field.recipients.map((id) => inventory.recipient(id)?.name ?? id).join(', ') || copy.none;
  const sourceOf = (field: TField) =>
    field.source.kind === 'partner' ? `${copy.sources.partner} (${inventory.recipient(field.source.partner)?.name ?? field.source.partner})` : copy.sources[field.source.kind];

  const summary = input.categories
    .map((c) => `<tr><td><a href="#${esc(c.category.id)}">${esc(localize(c.category.name, language))}</a></td><td>${c.status === 'complete' ? c.records : esc(copy.unavailable)}</td><td>${c.files.map(esc).join('<br>')}</td></tr>`)
    .join('');

  const sections = input.categories.map((c) => {
    const fields = c.category.fields.filter((f) => f.visibility === 'shown');
    const explain = fields
      .map((f) => `<tr><td>${esc(localize(f.label, language))}</td><td>${esc(purposeNames(f))}</td><td>${esc(copy.legalBases[f.legalBasis])}</td><td>${esc(sourceOf(f))}</td><td>${esc(recipientNames(f))}</td><td>${esc(localize(inventory.rule(f.retention).description, language))}</td></tr>`)
      .join('');
    const shown = exportedFields(c.category);
    const rows = c.preview.map((r) => `<tr>${shown.map((f) => `<td>${esc(r.values[f.key])}</td>`).join('')}</tr>`).join('');
    const preview = c.preview.length
      ? `<p class="muted">${esc(copy.preview(c.preview.length, c.records))}</p><table><thead><tr>${shown.map((f) => `<th>${esc(localize(f.label, language))}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`
      : '';
    return `<section id="${esc(c.category.id)}"><h2>${esc(localize(c.category.name, language))}</h2><p>${esc(localize(c.category.description, language))}</p>
<table><thead><tr><th>${esc(copy.field)}</th><th>${esc(copy.purposes)}</th><th>${esc(copy.legalBasis)}</th><th>${esc(copy.source)}</th><th>${esc(copy.recipients)}</th><th>${esc(copy.retention)}</th></tr></thead><tbody>${explain}</tbody></table>${preview}</section>`;
  });

  const withheld = input.categories.flatMap((c) => c.category.fields.filter((f) => f.visibility === 'withheld').map((f) => ({ c: c.category, f })));
  const withheldHtml = withheld.length
    ? `<section><h2>${esc(copy.withheldTitle)}</h2><p>${esc(copy.withheldIntro)}</p><ul>${withheld.map(({ c, f }) => `<li><strong>${esc(localize(c.name, language))}: ${esc(localize(f.label, language))}</strong>${f.withheldReason ? ` (${esc(localize(f.withheldReason, language))})` : ''}</li>`).join('')}</ul></section>`
    : '';
  const recipients = profile.recipients.length
    ? `<section><h2>${esc(copy.recipientsTitle)}</h2><table><tbody>${profile.recipients.map((r) => `<tr><td>${esc(r.name)}</td><td>${esc(localize(r.role, language))}</td><td>${esc(copy.country)}: ${esc(r.country)}</td></tr>`).join('')}</tbody></table></section>`
    : '';
  const authority = profile.supervisoryAuthority;
  const rights = `<section><h2>${esc(copy.rightsTitle)}</h2><p>${esc(copy.rightsIntro(profile.company.privacyEmail))}</p><ul>${profile.rights.map((r) => `<li>${esc(copy.rights[r])}</li>`).join('')}</ul><p>${esc(copy.authority(authority.name))} <a href="${esc(authority.url)}">${esc(authority.url)}</a></p></section>`;

  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(copy.title)} · ${esc(profile.company.name)}</title><style>${STYLE}</style></head>
<body><h1>${esc(copy.title)}</h1><p>${esc(copy.intro(profile.company.name, at))}</p>${input.dateRange ? `<p>${esc(copy.dateRange(input.dateRange.from, input.dateRange.to))}</p>` : ''}
<section><h2>${esc(copy.contents)}</h2><table><thead><tr><th>${esc(copy.category)}</th><th>${esc(copy.records)}</th><th>${esc(copy.files)}</th></tr></thead><tbody>${summary}</tbody></table></section>
${sections.join('\n')}
${withheldHtml}
${recipients}
${rights}
<section><h2>${esc(copy.verifyTitle)}</h2><p>${esc(copy.verify)}</p></section>
</body></html>
`;
}
