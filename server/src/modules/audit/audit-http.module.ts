import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import { createAccessLogService } from './access-log.service.ts';
import { createAuditViewerService } from './audit-viewer.service.ts';
import { registerAuditRoutes } from './audit.routes.ts';
import { createAuditService } from './audit.service.ts';

/** The audit trail's HTTP side: the privacy officers' viewer and the customer's "who touched my data". */
export function createAuditHttpModule(deps: {
  db: Db;
  clock: TClock;
  profile: TProfile;
  audit: TAuditRecorder;
  tokens: TTokenService;
  secret: TServerSecret;
}) {
  const { db, clock, profile, tokens } = deps;
  const trail = createAuditService({ db, tokens, now: () => clock.now() });
  const services = {
    viewer: createAuditViewerService({ db, clock, profile, audit: deps.audit, trail }),
    accessLog: createAccessLogService({ db, clock, profile, tokens, secret: deps.secret }),
  };
  return { trail, ...services, registerRoutes: (routes: RouteRegistry) => registerAuditRoutes(routes, services) };
}
