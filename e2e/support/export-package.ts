import { createHash } from 'node:crypto';
import { base64url, compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import yauzl from 'yauzl';

export type TManifest = {
  exportId: string;
  profile: { id: string };
  customerNumber: string;
  language: string;
  categories: { id: string; status: string; records: number }[];
  files: { path: string; sha256: string; size: number }[];
};

async function entriesOf(zip: Buffer): Promise<Map<string, Buffer>> {
  const file = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, z) => (error || !z ? reject(error ?? new Error('not a zip')) : resolve(z))),
  );
  const entries = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    file.on('error', reject).on('end', resolve);
    file.on('entry', (entry: yauzl.Entry) =>
      file.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(error ?? new Error('no entry stream'));
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c)).on('error', reject);
        stream.on('end', () => {
          entries.set(entry.fileName, Buffer.concat(chunks));
          file.readEntry();
        });
      }),
    );
    file.readEntry();
  });
  return entries;
}

/** Opens a downloaded package as its customer would: every checksum, then the manifest's signature. */
export async function openPackage(zip: Buffer, jwks: JSONWebKeySet) {
  const entries = await entriesOf(zip);
  const manifestBytes = entries.get('manifest.json');
  const [header, , signature] = (entries.get('manifest.jws')?.toString('utf8') ?? '').trim().split('.');
  if (!manifestBytes || !header || !signature) throw new Error('the package has no signed manifest');
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as TManifest;
  const mismatched = manifest.files.filter((f) => createHash('sha256').update(entries.get(f.path) ?? '').digest('hex') !== f.sha256);
  await compactVerify(`${header}.${base64url.encode(manifestBytes)}.${signature}`, createLocalJWKSet(jwks), { algorithms: ['EdDSA'] });
  return { entries, manifest, mismatched: mismatched.map((f) => f.path) };
}
