import { PassThrough, type Readable } from 'node:stream';
import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { assertObjectName, type TExportStorage } from './export-storage.ts';

export type TS3ExportStorageConfig = {
  bucket: string;
  region: string;
  endpoint: string | undefined;
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
  forcePathStyle: boolean;
  /** Key prefix inside the bucket, e.g. `exports/`. */
  prefix: string;
};

const ID = /^[0-9a-f-]{36}$/;

/**
 * Export files in an S3-compatible bucket, for deployments with several instances (any of them may
 * build, any may serve the download). A multipart upload makes the object visible only when it
 * completes, which gives the same all-or-nothing publish as the local rename.
 */
export function createS3ExportStorage(config: TS3ExportStorageConfig, client?: S3Client): TExportStorage {
  const clientConfig: S3ClientConfig = { region: config.region, forcePathStyle: config.forcePathStyle };
  if (config.endpoint) clientConfig.endpoint = config.endpoint;
  if (config.credentials) clientConfig.credentials = config.credentials;
  const s3 = client ?? new S3Client(clientConfig);
  const key = (name: string) => `${config.prefix}${name}`;

  async function keysStartingWith(start: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: config.bucket, Prefix: `${config.prefix}${start}`, ContinuationToken: token }));
      for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }

  async function removeKeys(keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 1000) {
      const chunk = keys.slice(i, i + 1000);
      if (chunk.length > 0) await s3.send(new DeleteObjectsCommand({ Bucket: config.bucket, Delete: { Objects: chunk.map((Key) => ({ Key })), Quiet: true } }));
    }
  }

  return {
    kind: 's3',
    async writer(name) {
      assertObjectName(name);
      const body = new PassThrough();
      const upload = new Upload({
        client: s3,
        params: { Bucket: config.bucket, Key: key(name), Body: body, ContentType: 'application/octet-stream' },
        queueSize: 2,
        partSize: 8 * 1024 * 1024,
        leavePartsOnError: false,
      });
      const done = upload.done();
      done.catch(() => undefined);
      let size = 0;
      body.on('data', (chunk: Buffer) => {
        size += chunk.length;
      });
      return {
        stream: body,
        async commit() {
          await done;
          return size;
        },
        async abort() {
          body.destroy();
          await upload.abort().catch(() => undefined);
        },
      };
    },
    async open(name) {
      assertObjectName(name);
      try {
        const object = await s3.send(new GetObjectCommand({ Bucket: config.bucket, Key: key(name) }));
        return (object.Body as Readable | undefined) ?? null;
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey') return null;
        throw error;
      }
    },
    async removeExport(id) {
      if (!ID.test(id)) throw new Error('not an export id');
      await removeKeys(await keysStartingWith(`${id}.`));
    },
    async remove(name) {
      assertObjectName(name);
      await removeKeys([key(name)]);
    },
    async list() {
      return (await keysStartingWith('')).map((k) => k.slice(config.prefix.length)).filter((n) => /^[0-9a-f-]{36}\.\d+\.zip\.enc$/.test(n));
    },
  };
}
