import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import { validateInput } from '../middleware/validate.ts';
import type { TRequestContext } from '../middleware/request-context.ts';
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

export type TResponseSpec = { description: string; schema?: z.ZodType; contentType?: string };

export type TRouteSpec<S extends TRequestSchemas = TRequestSchemas> = {
  method: THttpMethod;
  /** Express path syntax (`/api/requests/:id`). */
  path: string;
  summary: string;
  tags: string[];
  policy: TRoutePolicy;
  request?: S;
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

  toRouter(): Router {
    const router = Router();
    for (const spec of this.#routes) {
      const handle: RequestHandler = async (req, res) => {
        const input = validateInput(spec.request ?? {}, req);
        await spec.handler({ input: input as TRouteInput<TRequestSchemas>, ctx: req.ctx, req, res });
      };
      router[spec.method](spec.path, handle);
    }
    return router;
  }
}
