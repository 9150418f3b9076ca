import { z } from 'zod';
import { ZHealthResponseSchema, ZReadyResponseSchema } from '@portal/shared/schemas/health.schema';
import { ZPublicProfileResponseSchema } from '@portal/shared/schemas/public-profile.schema';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import { AppError } from '../../lib/app-error.ts';
import { publicRoute } from '../../http/route-policy.ts';
import { buildOpenApiDocument } from '../../http/openapi.ts';
import { presentPublicProfile as presentProfile } from './system.presenter.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TNoticeSource } from '../privacy-notice/privacy-notice.service.ts';

type TSystemDeps = {
  profile: TProfile;
  pingDatabase: () => Promise<void>;
  version: string;
  publicJwks: () => { keys: unknown[] };
  /** The notice in force today, which a privacy officer's publication changes (not the profile's first one). */
  notices: TNoticeSource;
};

const ZJwksSchema = z.object({ keys: z.array(z.object({ kty: z.string(), kid: z.string() }).loose()) });

export function registerSystemRoutes(routes: RouteRegistry, deps: TSystemDeps): void {
  routes.add({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness: the process answers.',
    tags: ['system'],
    policy: publicRoute('load balancers probe it without a session'),
    responses: { 200: { description: 'Alive', schema: ZHealthResponseSchema } },
    handler: ({ res }) => {
      res.json({ status: 'ok' });
    },
  });

  routes.add({
    method: 'get',
    path: '/api/ready',
    summary: 'Readiness: the database answers.',
    tags: ['system'],
    policy: publicRoute('load balancers probe it without a session'),
    responses: {
      200: { description: 'Ready', schema: ZReadyResponseSchema },
      503: { description: 'The database does not answer' },
    },
    handler: async ({ res }) => {
      try {
        await deps.pingDatabase();
      } catch (error) {
        throw new AppError('unavailable', 'The database is not reachable.', { cause: error });
      }
      res.json({ status: 'ready', database: 'ok' });
    },
  });

  routes.add({
    method: 'get',
    path: '/api/profile',
    summary: "The operator's public profile: identity, contacts, authority, languages, theme, and the privacy notice version in force.",
    tags: ['system'],
    policy: publicRoute('branding and privacy contacts are shown before sign-in'),
    responses: { 200: { description: 'The operator profile', schema: ZPublicProfileResponseSchema } },
    handler: async ({ res }) => {
      res.json(ZPublicProfileResponseSchema.parse(presentProfile(deps.profile, await deps.notices.current())));
    },
  });

  routes.add({
    method: 'get',
    path: '/api/.well-known/jwks.json',
    summary: 'The public keys that verify export manifests, consent receipts and other signed documents.',
    tags: ['system'],
    policy: publicRoute('anyone holding a signed document must be able to verify it'),
    responses: { 200: { description: 'JSON Web Key Set (Ed25519)', schema: ZJwksSchema } },
    handler: ({ res }) => {
      res.json(deps.publicJwks());
    },
  });

  let openApiDocument: unknown;
  routes.add({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This OpenAPI document.',
    tags: ['system'],
    policy: publicRoute('the API contract is public'),
    responses: { 200: { description: 'OpenAPI 3.1 document', schema: z.object({ openapi: z.string() }).loose() } },
    handler: ({ res }) => {
      openApiDocument ??= buildOpenApiDocument(routes.routes, { title: 'Custodia API', version: deps.version });
      res.json(openApiDocument);
    },
  });
}
