import type { RouteRegistry } from '../../http/route-registry.ts';
import { registerPrivacyNoticeRoutes } from './privacy-notice.routes.ts';
import { createPrivacyNoticeService, type TPrivacyNoticeServiceDeps } from './privacy-notice.service.ts';

/** The versioned privacy notice (issue 7): public page, publishing, the announcement job. */
export function createPrivacyNoticeModule(deps: TPrivacyNoticeServiceDeps) {
  const notices = createPrivacyNoticeService(deps);
  return {
    notices,
    registerRoutes(routes: RouteRegistry) {
      registerPrivacyNoticeRoutes(routes, notices);
    },
  };
}

export type TPrivacyNoticeModule = ReturnType<typeof createPrivacyNoticeModule>;
