import { randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import type { JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '@portal/shared/profiles/registry';
import { ZExportLinkResponseSchema } from '@portal/shared/schemas/export.schema';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { openVerifiedPackage } from '../../../test/fixtures/export-package.ts';
import { startS3Server, type TS3Server } from '../../../test/reference-services/s3-server.ts';
import { seedCustomer, signIn } from '../personal-data/personal-data-test-helpers.ts';
import { EXPORT_BUILD_JOB } from './export-jobs.ts';
import { exportObjectName } from './export-storage.ts';
import { createS3ExportStorage } from './s3-export-storage.ts';

let s3: TS3Server;
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3?.close();
});

describe('S3 export storage against an S3-compatible server', () => {
  it('when an object is written and committed, then it reads back byte for byte; an aborted write leaves nothing', async () => {
    const storage = createS3ExportStorage(s3.config);
    const id = randomUUID();
    // More than one 8 MiB multipart part, so the upload really is multipart.
    const bytes = Buffer.alloc(9 * 1024 * 1024 + 123, 7);
    const writer = await storage.writer(exportObjectName(id, 1));
    writer.stream.end(bytes);
    expect(await writer.commit()).toBe(bytes.length);
    const read = await storage.open(exportObjectName(id, 1));
    expect(read && (await buffer(read)).equals(bytes)).toBe(true);

    const aborted = await storage.writer(exportObjectName(id, 2));
    aborted.stream.write(Buffer.from('half'));
    await aborted.abort();
    expect(await storage.list()).toEqual([exportObjectName(id, 1)]);
    expect(await storage.open(exportObjectName(id, 2))).toBeNull();
  });

  it('when an export is removed, then every object of it goes and others stay', async () => {
    const storage = createS3ExportStorage(s3.config);
    const [a, b] = [randomUUID(), randomUUID()];
    for (const name of [exportObjectName(a, 1), exportObjectName(a, 2), exportObjectName(b, 1)]) {
      const writer = await storage.writer(name);
      writer.stream.end(Buffer.from(name));
      await writer.commit();
    }
    await storage.removeExport(a);
    expect((await storage.list()).filter((n) => n.startsWith(a) || n.startsWith(b))).toEqual([exportObjectName(b, 1)]);
    await storage.remove(exportObjectName(b, 1));
    expect(await storage.open(exportObjectName(b, 1))).toBeNull();
  });

  it('when names are not export objects, then they are refused before any request', async () => {
    const storage = createS3ExportStorage(s3.config);
    await expect(storage.open('../secrets')).rejects.toThrow('not an export object name');
    await expect(storage.removeExport('*')).rejects.toThrow('not an export id');
  });
});

describe('an export built and downloaded through S3 storage', () => {
  let app: TTestApp;
  beforeAll(async () => {
    app = await startTestApp({ profile: 'cocomo', exportStorage: createS3ExportStorage(s3.config) });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('then the package lands in the bucket encrypted, and downloads and verifies as with local storage', async () => {
    const customer = await seedCustomer(app.db, loadProfile('cocomo'), { hasher: app.hasher });
    const client = await signIn(app, customer.email);
    const created = await client.json<{ id: string }>(client.post('/api/exports', { categories: ['account', 'orders'] }, { 'idempotency-key': randomUUID() }));
    expect(created.status).toBe(202);
    expect(await app.jobs.drain(EXPORT_BUILD_JOB)).toBe(1);

    const objects = await app.exports.storage.list();
    expect(objects).toContain(exportObjectName(created.body.id, 1));
    const raw = await app.exports.storage.open(exportObjectName(created.body.id, 1));
    const stored = raw ? await buffer(raw) : Buffer.alloc(0);
    expect(stored.subarray(0, 17).toString()).toBe('CUSTODIA-EXPORT-1');
    expect(stored.includes(Buffer.from(customer.email))).toBe(false);

    const link = ZExportLinkResponseSchema.parse((await client.json(client.post(`/api/exports/${created.body.id}/link`))).body);
    const response = await client.get(link.url);
    expect(response.status).toBe(200);
    const jwks = (await (await app.request('/api/.well-known/jwks.json')).json()) as JSONWebKeySet;
    const pkg = await openVerifiedPackage(Buffer.from(await response.arrayBuffer()), jwks);
    expect(pkg.manifest.categories.map((c) => c.id)).toEqual(['account', 'orders']);
  });
});
