import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import { validateInput } from '../middleware/validate.ts';
import type { TRequestContext } from '../middleware/request-context.ts';
import { assertSameOriginRequest } from '../middleware/csrf.ts';
import { requireJsonBody } from '../middleware/require-json.ts';
import type { TClock } from '../lib/clock.ts';
import { authorize } from './authorize.ts';
import type { TRoutePolicy } from './route-policy.ts';

export type THttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export type TRequestSchemas = {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
};

type Parsed<S extends z.ZodType | undefined> = S extends z.ZodType ? z.output<S> : Record<string, never>;

export type TRouteInput<S extends TRequestSchemas> = {
  params: Parsed<S['params']>;
  query: Parsed<S['query']>;
  body: Parsed<S['body']>;
};

export type TImpersonatedRequestHook = (
  ctx: TRequestContext,
  route: Pick<TRouteSpec, 'method' | 'path'>,
  outcome: 'success' | 'denied',
) => Promise<void>;

export type TResponseSpec = { description: string; schema?: z.ZodType; contentType?: string };

export type TRouteSpec<S extends TRequestSchemas = TRequestSchemas> = {
  method: THttpMethod;
  /** Express path syntax (`/api/requests/:id`). */
  path: string;
  summary: string;
  tags: string[];
  policy: TRoutePolicy;
  request?: S;
  /** `form` only for endpoints other software posts to (RFC 8058 one-click unsubscribe); default JSON. */
  bodyType?: 'json' | 'form';
  /** Why this unsafe route accepts requests without the CSRF header (it must authenticate them otherwise). */
  csrfExempt?: string;
  /** A larger JSON body than the default 100 kB (an ID document upload), e.g. `8mb`. */
  jsonLimit?: string;
  responses: Record<number, TResponseSpec>;
  handler: (args: { input: TRouteInput<S>; ctx: TRequestContext; req: Request; res: Response }) => unknown;
};

/**
 * The server's route table: each route is declared once with its policy and shared schemas,
 * which mount it on Express and describe it in the OpenAPI document. Nothing is mounted any other way.
 */
export class RouteRegistry {
  readonly #routes: TRouteSpec[] = [];

  add<S extends TRequestSchemas>(spec: TRouteSpec<S>): void {
    if (this.#routes.some((r) => r.method === spec.method && r.path === spec.path)) {
      throw new Error(`route declared twice: ${spec.method.toUpperCase()} ${spec.path}`);
    }
    this.#routes.push(spec as unknown as TRouteSpec);
  }

  get routes(): readonly TRouteSpec[] {
    return this.#routes;
  }

  toRouter(deps: {
    clock: TClock;
    allowedOrigins: ReadonlySet<string>;
    /**
     * Called for every request of a staff member impersonating a customer, once the policy has
     * admitted (`success`) or refused (`denied`) it, before the handler runs (security.md line 18).
     */
    onImpersonatedRequest?: TImpersonatedRequestHook;
  }): Router {
    const router = Router();
    const json = [requireJsonBody(), express.json({ limit: '100kb' })];
    const form = [express.urlencoded({ extended: false, limit: '10kb' })];
    for (const spec of this.#routes) {
      const guard: RequestHandler = (req, _res, next) => {
        if (!spec.csrfExempt) assertSameOriginRequest(req, deps.allowedOrigins);
        next();
      };
      const allow: RequestHandler = async (req, _res, next) => {
        const audited = req.ctx.impersonation ? deps.onImpersonatedRequest : undefined;
        try {
          authorize(spec.policy, req.ctx, deps.clock);
        } catch (error) {
          await audited?.(req.ctx, spec, 'denied');
          throw error;
        }
        await audited?.(req.ctx, spec, 'success');
        next();
      };
      const handle: RequestHandler = async (req, res) => {
        const input = validateInput(spec.request ?? {}, req);
        await spec.handler({ input: input as TRouteInput<TRequestSchemas>, ctx: req.ctx, req, res });
      };
      const body = spec.bodyType === 'form' ? form : spec.jsonLimit ? [requireJsonBody(), express.json({ limit: spec.jsonLimit })] : json;
      router[spec.method](spec.path, guard, allow, ...body, handle);
    }
    return router;
  }
}
