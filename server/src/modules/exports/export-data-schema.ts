import { EXPORT_SCHEMA_VERSION } from '@portal/shared/schemas/export.schema';
import type { TCategory, TProfile } from '@portal/shared/profiles/profile.schema';

type TJsonSchema = Record<string, unknown>;

export const exportSchemaPath = (version: string = EXPORT_SCHEMA_VERSION) => `/api/schemas/export/${version}.json`;

/** The fields of a category that exports carry: withheld ones (hashes, secrets, ids, notes) never are. */
export const exportedFields = (category: TCategory) => category.fields.filter((f) => f.visibility === 'shown');

const SCALAR = { type: ['string', 'number', 'boolean', 'null'] };

/**
 * The JSON Schema (draft 2020-12) of `data/<category>.json` for this operator's inventory. Each
 * category's `values` admit exactly its shown fields (`additionalProperties: false`), so a file with
 * a withheld or unknown field does not validate. Published at /api/schemas/export/<version>.json
 * and copied into every package.
 */
export function exportDataSchema(profile: TProfile, publicOrigin: string): TJsonSchema {
  const valuesOf = (category: TCategory): TJsonSchema => ({
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(exportedFields(category).map((f) => [f.key, { ...SCALAR, description: f.label.en }])),
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: new URL(exportSchemaPath(), publicOrigin).href,
    title: `${profile.company.name} personal data export, data file (version ${EXPORT_SCHEMA_VERSION})`,
    type: 'object',
    additionalProperties: false,
    required: ['schemaVersion', 'exportId', 'category', 'name', 'generatedAt', 'status', 'records'],
    properties: {
      schemaVersion: { const: EXPORT_SCHEMA_VERSION },
      exportId: { type: 'string', format: 'uuid' },
      category: { enum: profile.categories.map((c) => c.id) },
      name: { type: 'string' },
      generatedAt: { type: 'string', format: 'date-time' },
      status: { enum: ['complete', 'unavailable'], description: 'unavailable: the system holding it did not answer; records is empty' },
      records: { type: 'array', items: { $ref: '#/$defs/record' } },
    },
    allOf: profile.categories.map((c) => ({
      if: { properties: { category: { const: c.id } } },
      then: { properties: { records: { items: { properties: { values: { $ref: `#/$defs/values-${c.id}` } } } } } },
    })),
    $defs: {
      record: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'occurredAt', 'values'],
        properties: {
          id: { type: 'string' },
          occurredAt: { type: ['string', 'null'], format: 'date-time' },
          values: { type: 'object' },
        },
      },
      ...Object.fromEntries(profile.categories.map((c) => [`values-${c.id}`, valuesOf(c)])),
    },
  };
}
