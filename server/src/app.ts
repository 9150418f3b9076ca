import express, { type Express } from 'express';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { TConfig } from './config/env.ts';
import type { Logger } from './lib/logger.ts';
import { RouteRegistry } from './http/route-registry.ts';
import { staticSpa } from './http/static-spa.ts';
import { apiNotFound, errorHandler } from './middleware/error-handler.ts';
import { requestContext } from './middleware/request-context.ts';
import { requestLogger } from './middleware/request-logger.ts';
import { requireJsonBody } from './middleware/require-json.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { registerSystemRoutes } from './modules/system/system.routes.ts';

export type TAppDeps = {
  config: Pick<TConfig, 'env' | 'trustProxy' | 'webDistDir'>;
  profile: TProfile;
  logger: Logger;
  pingDatabase: () => Promise<void>;
  version: string;
};

export type TApp = { app: Express; routes: RouteRegistry };

/** Builds the BFF without listening, so tests run it in-process against a real database. */
export function createApp(deps: TAppDeps): TApp {
  const routes = new RouteRegistry();
  registerSystemRoutes(routes, deps);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  app.use(requestContext());
  app.use(requestLogger(deps.logger));
  app.use(securityHeaders({ production: deps.config.env === 'production' }));

  // API responses carry personal data: never cached; the SPA's hashed assets below are.
  app.use('/api', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', requireJsonBody());
  app.use('/api', express.json({ limit: '100kb' }));
  app.use(routes.toRouter());
  app.use('/api', apiNotFound());
  app.use(staticSpa(deps.config.webDistDir));
  app.use(errorHandler(deps.logger));
  return { app, routes };
}
