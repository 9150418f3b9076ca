import type { TTestApp } from './test-app.ts';

/**
 * A browser stand-in: keeps the session cookie between calls and sends what the SPA sends
 * (JSON, the CSRF header, same-origin Fetch Metadata). Override any header per call.
 */
export class TestClient {
  cookie: string | undefined;

  constructor(private readonly app: Pick<TTestApp, 'request'>) {}

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const response = await this.app.request(path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        'x-requested-with': 'custodia',
        'sec-fetch-site': 'same-origin',
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      if (!pair) continue;
      const value = pair.slice(pair.indexOf('=') + 1);
      this.cookie = setCookie.includes('Max-Age=0') || value === '' ? undefined : pair;
    }
    return response;
  }

  get = (path: string, headers?: Record<string, string>) => this.call('GET', path, undefined, headers);
  post = (path: string, body: unknown = {}, headers?: Record<string, string>) => this.call('POST', path, body, headers);
  delete = (path: string, headers?: Record<string, string>) => this.call('DELETE', path, undefined, headers);

  async json<T = Record<string, unknown>>(response: Promise<Response> | Response): Promise<{ status: number; body: T }> {
    const r = await response;
    const text = await r.text();
    return { status: r.status, body: (text ? JSON.parse(text) : undefined) as T };
  }
}
