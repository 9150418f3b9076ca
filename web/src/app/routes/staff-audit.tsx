import { useSearchParams } from 'react-router';
import { ZAuditFiltersSchema, type TAuditFilters } from '@portal/shared/schemas/audit.schema';
import { AuditViewer } from '../../features/audit/components/audit-viewer';
import { useI18n } from '../../lib/i18n/use-i18n';

const NAMES = ['customer', 'staff', 'action', 'from', 'to'] as const;

/** /staff/audit: the audit log for privacy officers; the filters live in the address. */
export function StaffAuditRoute() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const raw = Object.fromEntries(NAMES.flatMap((name) => (params.get(name) ? [[name, params.get(name)]] : [])));
  // A hand-edited address with a bad value shows the unfiltered log rather than an error.
  const parsed = ZAuditFiltersSchema.safeParse(raw);
  const filters: TAuditFilters = parsed.success ? parsed.data : {};
  return (
    <div>
      <h1>{t('auditLog.title')}</h1>
      <p>{t('auditLog.intro')}</p>
      <AuditViewer filters={filters} onFilter={(next) => setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)))} />
    </div>
  );
}
