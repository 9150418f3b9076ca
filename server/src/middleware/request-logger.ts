import type { RequestHandler } from 'express';
import type { Logger } from '../lib/logger.ts';

/**
 * One line per request with ids and timings. The matched route pattern is logged, not the URL,
 * so tokens in paths or query strings never reach the logs.
 */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path;
      logger.info(
        {
          requestId: req.ctx.requestId,
          method: req.method,
          route: route ? `${req.baseUrl}${route}` : req.path.startsWith('/api') ? 'unmatched' : 'static',
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    next();
  };
}
