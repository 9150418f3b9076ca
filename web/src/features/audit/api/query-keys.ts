import type { TAuditFilters } from '@portal/shared/schemas/audit.schema';

/** Query keys of the audit feature (house style 16). */
export const auditKeys = {
  all: ['audit'] as const,
  events: (filters: TAuditFilters) => [...auditKeys.all, 'events', filters] as const,
  accessLog: (language: string) => [...auditKeys.all, 'access-log', language] as const,
};
