// Opens a package the way a customer's tool would (docs/export-format.md "Verifying a package"),
// streaming, so a package of any size is checked without holding it: decrypt, unzip, SHA-256 and
// size of every entry against manifest.json, and manifest.jws against the public key. A benchmark
// of a broken export would measure nothing.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { base64url, compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import yauzl from 'yauzl';
import { ZExportManifestSchema, type TExportManifest } from '@portal/shared/schemas/export.schema';
import { decryptStream } from '@portal/server/src/modules/exports/export-encryption.ts';
import { packageAad } from '@portal/server/src/modules/exports/export-jobs.ts';

type TEntryDigest = { sha256: string; size: number; bytes: Buffer | null };

/** Entries read whole (small); every other entry is only hashed. */
const KEPT = new Set(['manifest.json', 'manifest.jws']);

async function digestEntries(zipFile: string): Promise<Map<string, TEntryDigest>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipFile, { lazyEntries: true, validateEntrySizes: true }, (error, z) => (error || !z ? reject(error ?? new Error('no zip')) : resolve(z))),
  );
  const digests = new Map<string, TEntryDigest>();
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return reject(error ?? new Error('no stream'));
          const hash = createHash('sha256');
          const kept: Buffer[] = [];
          let size = 0;
          stream.on('data', (chunk: Buffer) => {
            hash.update(chunk);
            size += chunk.length;
            if (KEPT.has(entry.fileName)) kept.push(chunk);
          });
          stream.on('error', reject);
          stream.on('end', () => {
            if (digests.has(entry.fileName)) return reject(new Error(`${entry.fileName} is in the ZIP twice`));
            digests.set(entry.fileName, { sha256: hash.digest('hex'), size, bytes: KEPT.has(entry.fileName) ? Buffer.concat(kept) : null });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return digests;
}

/**
 * Decrypts `encryptedFile` to `plainFile` and checks the package; throws on any mismatch. Returns
 * the manifest and the SHA-256 of the plaintext ZIP (to compare with what the build reported).
 */
export async function verifyPackage(input: {
  encryptedFile: string;
  plainFile: string;
  exportId: string;
  key: Buffer;
  jwks: JSONWebKeySet;
}): Promise<{ manifest: TExportManifest; zipSha256: string; zipBytes: number }> {
  const whole = createHash('sha256');
  let zipBytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      whole.update(chunk);
      zipBytes += chunk.length;
      callback(null, chunk);
    },
  });
  await pipeline(createReadStream(input.encryptedFile), decryptStream(input.key, packageAad(input.exportId)), tap, createWriteStream(input.plainFile, { mode: 0o600 }));
  const entries = await digestEntries(input.plainFile);
  const manifestBytes = entries.get('manifest.json')?.bytes;
  const jws = entries.get('manifest.jws')?.bytes?.toString('utf8').trim();
  if (!manifestBytes || !jws) throw new Error('manifest.json or manifest.jws missing');
  const manifest = ZExportManifestSchema.parse(JSON.parse(manifestBytes.toString('utf8')));
  if (manifest.exportId !== input.exportId) throw new Error(`the manifest names export ${manifest.exportId}`);
  for (const file of manifest.files) {
    const entry = entries.get(file.path);
    if (!entry) throw new Error(`${file.path} is listed but missing`);
    if (entry.size !== file.size) throw new Error(`${file.path}: size ${entry.size}, manifest says ${file.size}`);
    if (entry.sha256 !== file.sha256) throw new Error(`${file.path}: checksum mismatch`);
  }
  const listed = new Set([...manifest.files.map((f) => f.path), 'manifest.json', 'manifest.jws']);
  const unlisted = [...entries.keys()].filter((path) => !listed.has(path));
  if (unlisted.length > 0) throw new Error(`not in the manifest: ${unlisted.join(', ')}`);
  const [header, , signature] = jws.split('.');
  await compactVerify(`${header}.${base64url.encode(manifestBytes)}.${signature}`, createLocalJWKSet(input.jwks), { algorithms: ['EdDSA'] });
  return { manifest, zipSha256: whole.digest('hex'), zipBytes };
}
