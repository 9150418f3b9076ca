import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { localize } from '@portal/shared/domain/languages';
import { EXPORT_SCHEMA_VERSION, type TExportManifest } from '@portal/shared/schemas/export.schema';
import { shownOnly } from '@portal/server/src/modules/connectors/field-values.ts';
import { MANIFEST_JWS_TYP } from '@portal/server/src/modules/exports/build-export-archive.ts';
import { CSV_BOM, csvRow } from '@portal/server/src/modules/exports/export-csv.ts';
import { exportDataSchema, exportedFields, exportSchemaPath } from '@portal/server/src/modules/exports/export-data-schema.ts';
import { encryptStream } from '@portal/server/src/modules/exports/export-encryption.ts';
import { packageAad } from '@portal/server/src/modules/exports/export-jobs.ts';
import { renderExportReport, type TReportCategory } from '@portal/server/src/modules/exports/export-report-html.ts';
import { PUBLIC_ORIGIN, type TExportContext } from './export-context.ts';
import type { TVariantOutput } from './streaming-export.ts';

/** One page as large as any customer: the connector's single query returns every record. */
const EVERYTHING = 2_147_483_647;
const PREVIEW_RECORDS = 50;

const sha256 = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');

/**
 * The baseline: the same package (same entries, same manifest, same signature, same encryption),
 * built the obvious way: every category read in one query, each file made with JSON.stringify or
 * join in memory, the ZIP assembled in a Buffer and only then written out.
 */
export async function naiveExport(context: TExportContext, options: { file: string; key: Buffer }): Promise<TVariantOutput> {
  const { profile, exportRow, subject, language } = context;
  const generatedAt = new Date();
  const zip = new ZipFile();
  const files: TExportManifest['files'] = [];
  const add = (path: string, buf: Buffer, mediaType: string, category: string | null, records: number | null) => {
    zip.addBuffer(buf, path, { mtime: generatedAt });
    files.push({ path, sha256: sha256(buf), size: buf.length, mediaType, category, records });
  };
  const report: TReportCategory[] = [];
  let total = 0;
  for (const category of profile.categories) {
    const connector = context.registry.connector(category.system);
    const answer = connector ? await connector.access(subject, [category.id], { limit: EVERYTHING }) : null;
    const available = answer !== null && answer.receipt.status === 'done';
    const raw = answer?.categories.find((c) => c.category === category.id)?.records ?? [];
    const fields = exportedFields(category);
    const records = raw.map((r) => {
      const record = shownOnly(r, category);
      return { id: record.id, occurredAt: record.occurredAt, values: Object.fromEntries(fields.filter((f) => Object.hasOwn(record.values, f.key)).map((f) => [f.key, record.values[f.key] ?? null])) };
    });
    const document = {
      schemaVersion: EXPORT_SCHEMA_VERSION,
      exportId: exportRow.id,
      category: category.id,
      name: localize(category.name, language),
      generatedAt: generatedAt.toISOString(),
      status: available ? 'complete' : 'unavailable',
      records,
    };
    const dataPath = `data/${category.id}.json`;
    add(dataPath, Buffer.from(JSON.stringify(document), 'utf8'), 'application/json', category.id, records.length);
    const categoryFiles = [dataPath];
    if (category.tabular) {
      const csv = CSV_BOM + csvRow(['id', 'occurredAt', ...fields.map((f) => f.key)]) + records.map((r) => csvRow([r.id, r.occurredAt, ...fields.map((f) => r.values[f.key])])).join('');
      const csvPath = `csv/${category.id}.csv`;
      add(csvPath, Buffer.from(csv, 'utf8'), 'text/csv', category.id, records.length);
      categoryFiles.push(csvPath);
    }
    report.push({ category, status: available ? 'complete' : 'unavailable', records: records.length, preview: records.slice(0, PREVIEW_RECORDS), files: categoryFiles });
    total += records.length;
  }
  add(`schema/export-${EXPORT_SCHEMA_VERSION}.schema.json`, Buffer.from(`${JSON.stringify(exportDataSchema(profile, PUBLIC_ORIGIN), null, 2)}\n`, 'utf8'), 'application/schema+json', null, null);
  add('index.html', Buffer.from(renderExportReport({ inventory: context.inventory, language, generatedAt: generatedAt.toISOString(), dateRange: null, categories: report }), 'utf8'), 'text/html', null, null);
  const manifest: TExportManifest = {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportId: exportRow.id,
    requestId: exportRow.requestId,
    generatedAt: generatedAt.toISOString(),
    profile: { id: profile.id, controller: profile.company.legalName ?? profile.company.name, privacyEmail: profile.company.privacyEmail },
    customerNumber: subject.customerNumber,
    language,
    dateRange: null,
    formats: [...exportRow.formats],
    categories: report.map((r) => ({ id: r.category.id, status: r.status, records: r.records })),
    files,
    jwksUrl: new URL('/api/.well-known/jwks.json', PUBLIC_ORIGIN).href,
    schemaUrl: new URL(exportSchemaPath(), PUBLIC_ORIGIN).href,
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  zip.addBuffer(manifestBytes, 'manifest.json', { mtime: generatedAt });
  const jws = await context.tokens.signDetached(new Uint8Array(manifestBytes), { typ: MANIFEST_JWS_TYP });
  zip.addBuffer(Buffer.from(`${jws}\n`, 'utf8'), 'manifest.jws', { mtime: generatedAt });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  const archive = Buffer.concat(chunks);
  await pipeline(Readable.from([archive]), encryptStream(options.key, packageAad(exportRow.id)), createWriteStream(options.file, { mode: 0o600 }));
  return { zipBytes: archive.length, zipSha256: sha256(archive), records: total };
}
