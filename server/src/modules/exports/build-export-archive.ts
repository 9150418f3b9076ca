import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { localize, type TLanguage } from '@portal/shared/domain/languages';
import { endOfLocalDay, startOfLocalDay } from '@portal/shared/deadlines/time-zone';
import type { TCategory } from '@portal/shared/profiles/profile.schema';
import { EXPORT_SCHEMA_VERSION, type TExportManifest } from '@portal/shared/schemas/export.schema';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import type { TConnectorRecord, TConnectorSubject } from '../connectors/connector.ts';
import type { TConnectorRegistry } from '../connectors/connector-registry.ts';
import { shownOnly } from '../connectors/field-values.ts';
import type { TInventory } from '../personal-data/inventory.ts';
import { CSV_BOM, csvRow } from './export-csv.ts';
import { exportDataSchema, exportedFields, exportSchemaPath } from './export-data-schema.ts';
import { renderExportReport, type TReportCategory } from './export-report-html.ts';
import type { TExportScratch } from './export-scratch.ts';
import type { TExportRow } from './exports.repository.ts';

/** The `typ` of manifest.jws: a manifest signature cannot pass for any other signed document. */
export const MANIFEST_JWS_TYP = 'custodia-export-manifest+jws';
const PREVIEW_RECORDS = 50;

export type TBuildProgress = { categoriesDone: number; recordsWritten: number };

export type TBuildInput = {
  exportRow: TExportRow;
  subject: TConnectorSubject;
  language: TLanguage;
  inventory: TInventory;
  registry: TConnectorRegistry;
  tokens: Pick<TTokenService, 'signDetached'>;
  publicOrigin: string;
  generatedAt: Date;
  /** Where the ZIP's bytes go (the job encrypts them on the way to storage). */
  output: Writable;
  scratch: TExportScratch;
  /** Records per database page: the most the build holds in memory per category. */
  pageSize: number;
  /** Called after every page; throwing stops the build (the job lost its lease). */
  onProgress: (progress: TBuildProgress) => Promise<void>;
};

type TDigest = { sha256: string; size: number };

/** Counts and hashes the bytes of one entry as they are written. */
function digester() {
  const hash = createHash('sha256');
  let size = 0;
  return {
    update(buf: Buffer) {
      hash.update(buf);
      size += buf.length;
    },
    done: (): TDigest => ({ sha256: hash.digest('hex'), size }),
  };
}

async function writeWithBackpressure(stream: Writable, buf: Buffer, failed: Promise<never>): Promise<void> {
  if (!stream.write(buf)) await Promise.race([once(stream, 'drain'), failed]);
}

/**
 * Streams the export into a ZIP written to `output`: each category is read page by page through its
 * connector (keyset cursors) and written straight into the archive, so memory stays flat whatever
 * the size. Entries: data/<category>.json, csv/<category>.csv, schema/, index.html, then
 * manifest.json (every file's SHA-256 and size) and manifest.jws (its detached signature).
 */
export async function buildExportArchive(input: TBuildInput): Promise<TDigest & { manifest: TExportManifest; records: number }> {
  const { exportRow, inventory, generatedAt } = input;
  const profile = inventory.profile;
  const timeZone = profile.locale.timeZone;
  const mtime = generatedAt;
  const zip = new ZipFile();
  const whole = digester();
  const tap = new Transform({
    transform(chunk: Buffer, _enc, callback) {
      whole.update(chunk);
      callback(null, chunk);
    },
  });
  const written = pipeline(zip.outputStream, tap, input.output);
  const failed = written.then(() => new Promise<never>(() => undefined));
  failed.catch(() => undefined);

  const files: TExportManifest['files'] = [];
  const addBuffer = (path: string, text: string, mediaType: string) => {
    const buf = Buffer.from(text, 'utf8');
    const d = digester();
    d.update(buf);
    zip.addBuffer(buf, path, { mtime });
    files.push({ path, ...d.done(), mediaType, category: null, records: null });
  };

  const formats = new Set(exportRow.formats);
  const from = exportRow.dateFrom ? startOfLocalDay(exportRow.dateFrom, timeZone).getTime() : null;
  const to = exportRow.dateTo ? endOfLocalDay(exportRow.dateTo, timeZone).getTime() : null;
  const inRange = (category: TCategory, record: TConnectorRecord) => {
    if (category.cardinality === 'single' || record.occurredAt === null) return true;
    const at = Date.parse(record.occurredAt);
    return (from === null || at >= from) && (to === null || at <= to);
  };

  const wanted = new Set(exportRow.categories);
  const categories = profile.categories.filter((c) => wanted.has(c.id));
  const report: TReportCategory[] = [];
  const progress: TBuildProgress = { categoriesDone: 0, recordsWritten: 0 };

  for (const category of categories) {
    const connector = input.registry.connector(category.system);
    let answer = connector ? await fetchPage(category, null) : null;
    const available = answer !== null;
    const dataPath = `data/${category.id}.json`;
    const entry = new PassThrough();
    zip.addReadStream(entry, dataPath, { mtime });
    const data = digester();
    const emit = async (text: string) => {
      const buf = Buffer.from(text, 'utf8');
      data.update(buf);
      await writeWithBackpressure(entry, buf, failed);
    };
    const fields = exportedFields(category);
    const withCsv = formats.has('csv') && category.tabular;
    const csvScratch = withCsv ? input.scratch.create(`${category.id}.csv`) : null;
    const csvFile = csvScratch?.stream ?? null;
    const csv = digester();
    const emitCsv = async (text: string) => {
      if (!csvFile) return;
      const buf = Buffer.from(text, 'utf8');
      csv.update(buf);
      await writeWithBackpressure(csvFile, buf, failed);
    };
    await emitCsv(CSV_BOM + csvRow(['id', 'occurredAt', ...fields.map((f) => f.key)]));
    const header = {
      schemaVersion: EXPORT_SCHEMA_VERSION,
      exportId: exportRow.id,
      category: category.id,
      name: localize(category.name, input.language),
      generatedAt: generatedAt.toISOString(),
      status: available ? 'complete' : 'unavailable',
    };
    await emit(`${JSON.stringify(header).slice(0, -1)},"records":[`);
    let count = 0;
    const preview: TReportCategory['preview'][number][] = [];
    while (answer) {
      const before = count;
      let json = '';
      let rows = '';
      for (const raw of answer.records) {
        if (!inRange(category, raw)) continue;
        // Allowlist again, whatever the system sent: only the inventory's shown fields leave.
        const record = shownOnly(raw, category);
        const out = { id: record.id, occurredAt: record.occurredAt, values: Object.fromEntries(fields.filter((f) => Object.hasOwn(record.values, f.key)).map((f) => [f.key, record.values[f.key] ?? null])) };
        json += `${count === 0 ? '' : ','}\n${JSON.stringify(out)}`;
        if (csvFile) rows += csvRow([record.id, record.occurredAt, ...fields.map((f) => record.values[f.key])]);
        if (preview.length < PREVIEW_RECORDS) preview.push(out);
        count += 1;
      }
      await emit(json);
      await emitCsv(rows);
      progress.recordsWritten += count - before;
      await input.onProgress({ ...progress });
      answer = answer.nextCursor ? await fetchPage(category, answer.nextCursor, true) : null;
    }
    await emit('\n]}\n');
    entry.end();
    files.push({ path: dataPath, ...data.done(), mediaType: 'application/json', category: category.id, records: count });
    const categoryFiles = [dataPath];
    if (csvScratch) {
      csvScratch.stream.end();
      await Promise.race([csvScratch.done, failed]);
      const csvEntry = `csv/${category.id}.csv`;
      zip.addReadStream(input.scratch.read(`${category.id}.csv`), csvEntry, { mtime });
      files.push({ path: csvEntry, ...csv.done(), mediaType: 'text/csv', category: category.id, records: count });
      categoryFiles.push(csvEntry);
    }
    report.push({ category, status: available ? 'complete' : 'unavailable', records: count, preview, files: categoryFiles });
    progress.categoriesDone += 1;
    await input.onProgress({ ...progress });
  }

  addBuffer(`schema/export-${EXPORT_SCHEMA_VERSION}.schema.json`, `${JSON.stringify(exportDataSchema(profile, input.publicOrigin), null, 2)}\n`, 'application/schema+json');
  const dateRange = exportRow.dateFrom || exportRow.dateTo ? { from: exportRow.dateFrom, to: exportRow.dateTo } : null;
  if (formats.has('html')) {
    addBuffer(
      'index.html',
      renderExportReport({
        inventory,
        language: input.language,
        generatedAt: generatedAt.toISOString(),
        dateRange: dateRange ? { from: dateRange.from ?? '…', to: dateRange.to ?? '…' } : null,
        categories: report,
      }),
      'text/html',
    );
  }

  const manifest: TExportManifest = {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportId: exportRow.id,
    requestId: exportRow.requestId,
    generatedAt: generatedAt.toISOString(),
    profile: { id: profile.id, controller: profile.company.legalName ?? profile.company.name, privacyEmail: profile.company.privacyEmail },
    customerNumber: input.subject.customerNumber,
    language: input.language,
    dateRange: dateRange ? { ...dateRange, timeZone } : null,
    formats: [...exportRow.formats],
    categories: report.map((r) => ({ id: r.category.id, status: r.status, records: r.records })),
    files,
    jwksUrl: new URL('/api/.well-known/jwks.json', input.publicOrigin).href,
    schemaUrl: new URL(exportSchemaPath(), input.publicOrigin).href,
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  zip.addBuffer(manifestBytes, 'manifest.json', { mtime });
  const jws = await input.tokens.signDetached(new Uint8Array(manifestBytes), { typ: MANIFEST_JWS_TYP });
  zip.addBuffer(Buffer.from(`${jws}\n`, 'utf8'), 'manifest.jws', { mtime });
  zip.end();
  await written;
  return { ...whole.done(), manifest, records: progress.recordsWritten };

  async function fetchPage(category: TCategory, cursor: string | null, mustAnswer = false) {
    const connector = input.registry.connector(category.system);
    if (!connector) return null;
    const isHttp = input.registry.system(category.system)?.kind === 'http';
    const call = connector.access(input.subject, [category.id], { limit: input.pageSize, cursor });
    // A remote system that does not answer makes its categories "unavailable", as on the my-data page;
    // once it has answered, a failure halfway would leave a partial category, so the attempt fails.
    const result = isHttp && !mustAnswer ? await call.catch(() => null) : await call;
    if (!result || result.receipt.status !== 'done') {
      if (mustAnswer) throw new Error(`system ${category.system} stopped answering`);
      return null;
    }
    const page = result.categories.find((c) => c.category === category.id);
    return { records: page?.records ?? [], nextCursor: page?.nextCursor ?? null };
  }
}
