import { staffRoleHas } from '@portal/shared/domain/permissions';
import { AppError } from '../lib/app-error.ts';
import type { TClock } from '../lib/clock.ts';
import type { TRequestContext } from '../middleware/request-context.ts';
import { STEP_UP_WINDOW_MS } from '../modules/auth/session/session-timeouts.ts';
import type { TRoutePolicy } from './route-policy.ts';

/** Throws unless the request context satisfies the route's policy. Runs before validation and the handler. */
export function authorize(policy: TRoutePolicy, ctx: TRequestContext, clock: TClock): void {
  if (policy.kind === 'public') return;
  const { session, actor } = ctx;
  if (!session || !actor) throw new AppError('unauthenticated', 'Please sign in.');
  if (session.secondFactorPending) {
    if (policy.kind === 'session' && policy.partial) return;
    throw new AppError('unauthenticated', 'Finish signing in with your second factor.');
  }
  if (ctx.impersonation && policy.kind !== 'customer' && policy.whileImpersonating === 'forbidden') {
    throw new AppError('forbidden', 'Stop impersonating the customer first.');
  }
  if (policy.kind === 'session') return;

  if (policy.kind === 'customer') {
    if (ctx.impersonation && policy.whileImpersonating === 'forbidden') {
      throw new AppError('forbidden', 'Staff cannot do this while impersonating a customer; only the customer can.');
    }
    if (!ctx.subject) throw new AppError('forbidden', 'This is for customers, about their own data.');
  } else if (actor.kind !== 'staff' || !staffRoleHas(actor.role, policy.permission)) {
    throw new AppError('forbidden', 'Your role does not allow this.');
  }

  if (policy.stepUp && clock.now().getTime() - session.authenticatedAt.getTime() > STEP_UP_WINDOW_MS) {
    throw new AppError('step_up_required', 'Please confirm it is you to continue.');
  }
}
