import type { Request } from 'express';
import type { z } from 'zod';
import { AppError } from '../lib/app-error.ts';
import type { TRequestSchemas } from '../http/route-registry.ts';

/**
 * Parses params, query and body with the route's shared schemas (security.md line 28).
 * Every problem is reported per field, keyed by its dotted path ("body.email").
 */
export function validateInput(schemas: TRequestSchemas, req: Request) {
  const fields: Record<string, string[]> = {};
  const parse = (part: 'params' | 'query' | 'body', schema: z.ZodType | undefined, value: unknown) => {
    if (!schema) return {};
    const result = schema.safeParse(value ?? {});
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const key = [part, ...issue.path.map(String)].join('.');
      (fields[key] ??= []).push(issue.message);
    }
    return undefined;
  };
  const params = parse('params', schemas.params, req.params);
  const query = parse('query', schemas.query, req.query);
  const body = parse('body', schemas.body, req.body);
  if (Object.keys(fields).length > 0) {
    throw new AppError('validation_failed', 'Some fields are not valid.', { fields });
  }
  return { params, query, body };
}
