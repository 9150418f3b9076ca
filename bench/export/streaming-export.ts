import { createWriteStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { buildExportArchive } from '@portal/server/src/modules/exports/build-export-archive.ts';
import { encryptStream } from '@portal/server/src/modules/exports/export-encryption.ts';
import { packageAad } from '@portal/server/src/modules/exports/export-jobs.ts';
import { createExportScratch } from '@portal/server/src/modules/exports/export-scratch.ts';
import { PUBLIC_ORIGIN, type TExportContext } from './export-context.ts';

export type TVariantOutput = { zipBytes: number; zipSha256: string | null; records: number };

/**
 * The server's export, byte for byte the job's path (export-jobs.ts): buildExportArchive reads each
 * category page by page through the connector and streams the ZIP through AES-256-GCM to the file.
 * Left out: the job's progress UPDATE per page and the storage's rename, the same for both variants.
 */
export async function streamingExport(context: TExportContext, options: { file: string; key: Buffer; scratchDir: string; pageSize: number }): Promise<TVariantOutput> {
  const { exportRow } = context;
  const scratch = await createExportScratch(options.scratchDir, exportRow.id, options.key);
  try {
    const zipBytes = new PassThrough();
    const stored = pipeline(zipBytes, encryptStream(options.key, packageAad(exportRow.id)), createWriteStream(options.file, { mode: 0o600 }));
    // Awaited below; this keeps an early failure from being an unhandled rejection meanwhile.
    stored.catch(() => undefined);
    const result = await buildExportArchive({
      exportRow,
      subject: context.subject,
      language: context.language,
      inventory: context.inventory,
      registry: context.registry,
      tokens: context.tokens,
      publicOrigin: PUBLIC_ORIGIN,
      generatedAt: new Date(),
      output: zipBytes,
      scratch,
      pageSize: options.pageSize,
      onProgress: async () => undefined,
    });
    await stored;
    return { zipBytes: result.size, zipSha256: result.sha256, records: result.records };
  } finally {
    await scratch.clear();
  }
}
