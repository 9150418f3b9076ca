import type { TSignedConsentReceipt } from '@portal/shared/schemas/consent.schema';
import { CONSENT_COPY } from './consent-copy.ts';
import { canonicalJson } from './consent-receipt.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const esc = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

// Inline so the file is self-contained: it is read offline, years later, without the portal.
const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #8a8a8a;padding:.4rem .6rem;text-align:left;vertical-align:top}th{background:#f0f0f0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
pre{white-space:pre-wrap;word-break:break-all;background:#f6f6f6;border:1px solid #8a8a8a;padding:.75rem;font-size:.8rem}`;

/** The receipt for people: localized, printable, with the signed JSON and signature to check it. */
export function renderReceiptHtml(
  signed: TSignedConsentReceipt,
  options: { timeZone: string },
): string {
  const { receipt, signature } = signed;
  const copy = CONSENT_COPY[receipt.language];
  const r = copy.receipt;
  const dateTime = new Intl.DateTimeFormat(receipt.language, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: options.timeZone,
  });
  const when = (iso: string | null) => (iso ? esc(dateTime.format(new Date(iso))) : '–');
  const how = (method: keyof typeof copy.methods | null) =>
    method ? esc(copy.methods[method]) : '–';

  const consentRows = receipt.consents
    .map((c) => {
      const status = c.granted ? r.given : c.method ? r.withdrawn : r.notGiven;
      return `<tr><td>${esc(c.purposeName)}</td><td>${esc(copy.channels[c.channel])}</td><td>${esc(status)}</td><td>${when(c.changedAt)}</td><td>${how(c.method)}</td></tr>`;
    })
    .join('\n');
  const choiceRows = receipt.privacyChoices
    .map(
      (c) =>
        `<tr><td>${esc(copy.choices[c.choice].label)}</td><td>${esc(c.optedOut ? r.optedOut : r.allowed)}</td><td>${when(c.changedAt)}</td><td>${how(c.method)}</td></tr>`,
    )
    .join('\n');
  const choices =
    receipt.privacyChoices.length === 0
      ? ''
      : `<h2>${esc(r.choices)}</h2>
<table><thead><tr><th scope="col">${esc(r.choice)}</th><th scope="col">${esc(r.status)}</th><th scope="col">${esc(r.since)}</th><th scope="col">${esc(r.how)}</th></tr></thead>
<tbody>${choiceRows}</tbody></table>`;

  return `<!doctype html>
<html lang="${esc(receipt.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.title)} · ${esc(receipt.controller.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${esc(r.title)}</h1>
<p>${esc(r.intro(receipt.controller.name))}</p>
<dl>
<dt>${esc(r.issuedAt)}</dt><dd>${when(receipt.issuedAt)}</dd>
<dt>${esc(r.receiptId)}</dt><dd>${esc(receipt.receiptId)}</dd>
<dt>${esc(r.controller)}</dt><dd>${esc(receipt.controller.legalName)}, ${esc(receipt.controller.address)}, ${esc(receipt.controller.privacyEmail)}</dd>
<dt>${esc(r.customerNumber)}</dt><dd>${esc(receipt.subject.customerNumber)}</dd>
<dt>${esc(r.notice)}</dt><dd>${esc(receipt.notice.version)}</dd>
</dl>
<h2>${esc(r.consents)}</h2>
<table><thead><tr><th scope="col">${esc(r.purpose)}</th><th scope="col">${esc(r.channel)}</th><th scope="col">${esc(r.status)}</th><th scope="col">${esc(r.since)}</th><th scope="col">${esc(r.how)}</th></tr></thead>
<tbody>${consentRows}</tbody></table>
${choices}
<p>${esc(r.ledger(receipt.ledger.entries))}</p>
<h2>${esc(r.signedData)}</h2>
<p>${esc(r.verification)}</p>
<pre id="signed-data">${esc(canonicalJson(receipt))}</pre>
<h2>${esc(r.signature)}</h2>
<pre id="signature">${esc(signature)}</pre>
</main>
</body>
</html>
`;
}
