import autocannon from 'autocannon';

export type TLoadResult = {
  title: string;
  requests: number;
  throughputPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  peakRssBytes: number | null;
};

type TRunOptions = {
  title: string;
  url: string;
  connections: number;
  duration: number;
  /** One session cookie per connection; with `mix`, each connection cycles through reads and a write. */
  cookies?: string[];
  mix?: { consentPath: string; noticeVersion: string };
  sampleRss?: () => number;
};

type TRequest = NonNullable<autocannon.Options['requests']>[number];
type TContext = { cookie?: string; granted?: boolean };

/** Reads most users do (session, my data, consent) and one consent toggle, per signed-in connection. */
function portalRequests(cookies: string[], mix: NonNullable<TRunOptions['mix']>): TRequest[] {
  let nextCookie = 0;
  const withCookie = (path: string): TRequest => ({
    method: 'GET',
    path,
    setupRequest: (req, context: TContext) => {
      context.cookie ??= cookies[nextCookie++ % cookies.length];
      return { ...req, headers: { ...req.headers, cookie: context.cookie ?? '' } };
    },
  });
  return [
    withCookie('/api/auth/session'),
    withCookie('/api/my-data'),
    withCookie('/api/consent'),
    {
      method: 'PUT',
      path: mix.consentPath,
      setupRequest: (req, context: TContext) => {
        context.granted = !context.granted;
        return {
          ...req,
          headers: {
            ...req.headers,
            cookie: context.cookie ?? '',
            'content-type': 'application/json',
            'x-requested-with': 'custodia',
          },
          body: JSON.stringify({ granted: context.granted, noticeVersion: mix.noticeVersion }),
        };
      },
    },
  ];
}

export async function runAutocannon(options: TRunOptions): Promise<TLoadResult> {
  let peakRss = 0;
  const sampler = options.sampleRss
    ? setInterval(() => {
        peakRss = Math.max(peakRss, options.sampleRss?.() ?? 0);
      }, 250)
    : null;
  try {
    const result = await autocannon({
      url: options.url,
      connections: options.connections,
      duration: options.duration,
      timeout: 10,
      ...(options.cookies && options.mix ? { requests: portalRequests(options.cookies, options.mix) } : {}),
    });
    return {
      title: options.title,
      requests: result.requests.total,
      throughputPerSecond: result.requests.average,
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      peakRssBytes: sampler ? peakRss : null,
    };
  } finally {
    if (sampler) clearInterval(sampler);
  }
}
