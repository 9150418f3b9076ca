import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { throttleKeyOf } from '../auth/sign-in-throttle.ts';
import type { TSessionService } from '../auth/session/session.service.ts';
import type { TImpersonationService } from '../impersonation/impersonation.service.ts';
import { createCustomerSearchService } from './customer-search.service.ts';
import { createStaffMembersService } from './staff-members.service.ts';
import { registerStaffRoutes } from './staff.routes.ts';

/** Wires the staff console's customer search and staff management. */
export function createStaffModule(deps: {
  db: Db;
  clock: TClock;
  profile: TProfile;
  audit: TAuditRecorder;
  secret: TServerSecret;
  sessions: Pick<TSessionService, 'revokeAll'>;
  impersonation: Pick<TImpersonationService, 'endForStaff'>;
  sendPasswordSetup: (ctx: TRequestContext, email: string) => Promise<void>;
}) {
  const { db, clock, profile, audit, secret } = deps;
  const services = {
    customers: createCustomerSearchService({ db, clock, profile, audit, emailHashOf: (email) => throttleKeyOf(secret, email) }),
    members: createStaffMembersService({
      db,
      audit,
      sessions: deps.sessions,
      impersonation: deps.impersonation,
      sendPasswordSetup: deps.sendPasswordSetup,
    }),
  };
  return { ...services, registerRoutes: (routes: RouteRegistry) => registerStaffRoutes(routes, services) };
}
