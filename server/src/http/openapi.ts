import { z } from 'zod';
import { ZApiErrorSchema } from '@portal/shared/schemas/common.schema';
import type { TRouteSpec } from './route-registry.ts';

type TJsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): TJsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as TJsonSchema;
  return rest;
};

/** `/api/requests/:id` → `/api/requests/{id}` */
const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

function parametersOf(spec: TRouteSpec) {
  const parameters: TJsonSchema[] = [];
  const add = (where: 'path' | 'query', schema: z.ZodType | undefined) => {
    if (!schema) return;
    const json = toSchema(schema, 'input');
    const properties = (json.properties ?? {}) as Record<string, TJsonSchema>;
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries(properties)) {
      parameters.push({ name, in: where, required: where === 'path' || required.has(name), schema: property });
    }
  };
  add('path', spec.request?.params);
  add('query', spec.request?.query);
  return parameters;
}

/** The OpenAPI 3.1 document of every route in the table, built from the same zod schemas the routes use. */
export function buildOpenApiDocument(routes: readonly TRouteSpec[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, TJsonSchema>> = {};
  const errorResponse = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } } };
  for (const spec of routes) {
    const responses: Record<string, TJsonSchema> = {};
    for (const [status, response] of Object.entries(spec.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema
          ? { content: { [response.contentType ?? 'application/json']: { schema: toSchema(response.schema, 'output') } } }
          : {}),
      };
    }
    responses.default = errorResponse;
    const operation: TJsonSchema = {
      operationId: `${spec.method}${toOpenApiPath(spec.path).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      summary: spec.summary,
      tags: spec.tags,
      'x-policy': spec.policy,
      parameters: parametersOf(spec),
      responses,
    };
    if (spec.policy.kind !== 'public') operation.security = [{ session: [] }];
    if (spec.request?.body) {
      operation.requestBody = { required: true, content: { 'application/json': { schema: toSchema(spec.request.body, 'input') } } };
    }
    (paths[toOpenApiPath(spec.path)] ??= {})[spec.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      schemas: { ApiError: toSchema(ZApiErrorSchema, 'output') },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: '__Host-custodia_session', description: 'custodia_session on plain-http development origins' } },
    },
  };
}
