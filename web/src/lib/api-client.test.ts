import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { server } from '../testing/mocks/server';
import { apiClient, ApiError } from './api-client';

const ZThingSchema = z.object({ id: z.string() }).strict();

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('apiClient', () => {
  it('when the call succeeds, then it sends our headers and resolves with the validated body', async () => {
    let seen: Request | undefined;
    server.use(
      http.post('/api/things', ({ request }) => {
        seen = request.clone();
        return HttpResponse.json({ id: 't-1' }, { status: 201 });
      }),
    );

    const thing = await apiClient.post('/api/things', { name: 'x' }, { schema: ZThingSchema });

    expect(thing).toEqual({ id: 't-1' });
    expect(seen?.headers.get('X-Requested-With')).toBe('custodia');
    expect(seen?.headers.get('Content-Type')).toBe('application/json');
    expect(seen?.headers.get('Accept')).toBe('application/json');
    expect(seen?.credentials).toBe('same-origin');
    expect(new URL(seen?.url ?? '').origin).toBe(window.location.origin);
    expect(await seen?.json()).toEqual({ name: 'x' });
  });

  it('when there is no body, then it sends no Content-Type', async () => {
    let contentType: string | null = 'unset';
    server.use(
      http.get('/api/things/1', ({ request }) => {
        contentType = request.headers.get('Content-Type');
        return HttpResponse.json({ id: '1' });
      }),
    );

    await apiClient.get('/api/things/1', { schema: ZThingSchema });

    expect(contentType).toBeNull();
  });

  it('when the server answers with the error envelope, then it throws an ApiError with its fields', async () => {
    server.use(
      http.post('/api/things', () =>
        HttpResponse.json(
          {
            code: 'validation_failed',
            message: 'The request is not valid.',
            fields: { 'body.email': ['must be an email address'] },
            requestId: 'req-7',
          },
          { status: 400 },
        ),
      ),
    );

    const error = await caught(
      apiClient.post('/api/things', { email: 'nope' }, { schema: ZThingSchema }),
    );

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'http',
      code: 'validation_failed',
      status: 400,
      message: 'The request is not valid.',
      fields: { 'body.email': ['must be an email address'] },
      requestId: 'req-7',
    });
  });

  it('when the server says Retry-After, then the error carries the seconds to wait', async () => {
    server.use(
      http.post('/api/things', () =>
        HttpResponse.json(
          { code: 'rate_limited', message: 'Too many attempts.', requestId: 'req-8' },
          { status: 429, headers: { 'Retry-After': '42' } },
        ),
      ),
    );

    const error = await caught(apiClient.post('/api/things', {}, { schema: ZThingSchema }));

    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfterSeconds: 42 });
  });

  it('when an error is not our envelope (a proxy page), then the code follows from the status', async () => {
    server.use(
      http.get(
        '/api/things/1',
        () =>
          new HttpResponse('<html>Bad gateway</html>', {
            status: 502,
            statusText: 'Bad Gateway',
            headers: { 'Content-Type': 'text/html', 'X-Request-Id': 'req-proxy' },
          }),
      ),
    );

    const error = await caught(apiClient.get('/api/things/1', { schema: ZThingSchema }));

    expect(error).toMatchObject({
      kind: 'http',
      code: 'unavailable',
      status: 502,
      requestId: 'req-proxy',
    });
    expect(error.message).toBe('The server answered 502 Bad Gateway.');
  });

  it('when the server cannot be reached, then it throws a readable network ApiError', async () => {
    server.use(http.get('/api/things/1', () => HttpResponse.error()));

    const error = await caught(apiClient.get('/api/things/1', { schema: ZThingSchema }));

    expect(error).toMatchObject({
      kind: 'network',
      code: 'unavailable',
      status: 0,
      requestId: null,
    });
    expect(error.message).toBe(
      'Could not reach the server. Check your internet connection and try again.',
    );
  });

  it('when the body does not match the schema, then it throws an invalid-response ApiError', async () => {
    server.use(http.get('/api/things/1', () => HttpResponse.json({ id: 1, extra: true })));

    const error = await caught(apiClient.get('/api/things/1', { schema: ZThingSchema }));

    expect(error).toMatchObject({ kind: 'invalid-response', code: 'internal', status: 200 });
    expect(error.cause).toBeInstanceOf(z.ZodError);
  });

  it('when the request is aborted, then it rejects with the AbortError, not an ApiError', async () => {
    server.use(http.get('/api/things/1', () => new Promise<never>(() => {})));
    const controller = new AbortController();

    const call = apiClient.get('/api/things/1', {
      schema: ZThingSchema,
      signal: controller.signal,
    });
    controller.abort();

    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    await expect(call).rejects.not.toBeInstanceOf(ApiError);
  });

  it('when given anything but a same-origin path, then it refuses before sending', async () => {
    await expect(
      apiClient.get('https://evil.example/api', { schema: ZThingSchema }),
    ).rejects.toThrow(/same-origin/);
    await expect(apiClient.get('//evil.example/api', { schema: ZThingSchema })).rejects.toThrow(
      /same-origin/,
    );
  });
});
