// A real S3-compatible server (s3rver: the S3 REST API over HTTP, objects on disk) on a free
// loopback port, for the S3 export storage tests. Same wire protocol as AWS S3 or MinIO.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { TS3ExportStorageConfig } from '../../src/modules/exports/s3-export-storage.ts';

export type TS3Server = { config: TS3ExportStorageConfig; close: () => Promise<void> };

export async function startS3Server(bucket = 'custodia-exports'): Promise<TS3Server> {
  const directory = await mkdtemp(join(tmpdir(), 'custodia-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  return {
    config: {
      bucket,
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      // s3rver checks signatures against these, as S3 does.
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      forcePathStyle: true,
      prefix: 'exports/',
    },
    close: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
