import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZApiErrorSchema } from '@portal/shared/schemas/common.schema';
import { ZHealthResponseSchema, ZReadyResponseSchema } from '@portal/shared/schemas/health.schema';
import { ZPublicProfileResponseSchema } from '@portal/shared/schemas/public-profile.schema';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';

describe('system routes', () => {
  let app: TTestApp;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'custodia-web-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>spa</title><div id="root"></div>');
    writeFileSync(join(webDist, 'assets', 'app-abc123.js'), 'console.log(1)');
    app = await startTestApp({ webDistDir: webDist });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('when the process runs, then /api/health answers ok', async () => {
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(ZHealthResponseSchema.parse(await response.json())).toEqual({ status: 'ok' });
  });

  it('when the database answers, then /api/ready says ready', async () => {
    const response = await app.request('/api/ready');
    expect(response.status).toBe(200);
    expect(ZReadyResponseSchema.parse(await response.json()).database).toBe('ok');
  });

  it('when the operator profile is asked for, then only its public parts come back', async () => {
    const response = await app.request('/api/profile');
    expect(response.status).toBe(200);
    const body = ZPublicProfileResponseSchema.parse(await response.json());
    expect(body.id).toBe('cocomo');
    expect(body.locale.defaultLanguage).toBe('nl');
    const raw = JSON.stringify(body);
    for (const internal of ['systems', 'categories', 'settings', 'retentionRules', 'baseUrlEnv']) {
      expect(raw).not.toContain(internal);
    }
  });

  it('when the OpenAPI document is asked for, then it is a valid OpenAPI 3.1 document listing every route', async () => {
    const response = await app.request('/api/openapi.json');
    const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    for (const route of app.routes.routes) {
      const path = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      expect(document.paths[path]?.[route.method], `${route.method} ${route.path}`).toBeDefined();
    }
  });

  it('when an API path does not exist, then the error envelope says not_found with the request id', async () => {
    const response = await app.request('/api/nothing-here');
    expect(response.status).toBe(404);
    const body = ZApiErrorSchema.parse(await response.json());
    expect(body.code).toBe('not_found');
    expect(body.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('when a JSON endpoint gets another body, then 415 and nothing runs', async () => {
    const response = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-requested-with': 'custodia' },
      body: 'hello',
    });
    expect(response.status).toBe(415);
    expect(ZApiErrorSchema.parse(await response.json()).code).toBe('unsupported_media_type');
  });

  it('when JSON is malformed, then 400 without a stack trace', async () => {
    const response = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'custodia' },
      body: '{"broken":',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(ZApiErrorSchema.parse(JSON.parse(text)).code).toBe('bad_request');
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('when a body is over the limit, then 413', async () => {
    const response = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'custodia' },
      body: JSON.stringify({ filler: 'x'.repeat(200_000) }),
    });
    expect(response.status).toBe(413);
    expect(ZApiErrorSchema.parse(await response.json()).code).toBe('payload_too_large');
  });

  it('when any page is served, then the strict security headers are set', async () => {
    const response = await app.request('/');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=31536000');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('when a client-side route is reloaded, then the SPA index is served; assets are cached immutably', async () => {
    const page = await app.request('/my-data/orders', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const asset = await app.request('/assets/app-abc123.js');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const missingAsset = await app.request('/assets/missing.js');
    expect(missingAsset.status).toBe(404);
  });

  it('when an API response is sent, then it is never cached', async () => {
    const response = await app.request('/api/profile');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
