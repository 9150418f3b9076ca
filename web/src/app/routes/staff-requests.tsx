import { useSearchParams } from 'react-router';
import { ZStaffRequestQueueQuerySchema, type TStaffRequestQueueQuery } from '@portal/shared/schemas/requests.schema';
import { paths } from '../../config/paths';
import { StaffRequestQueue } from '../../features/requests/components/staff-request-queue';
import { useI18n } from '../../lib/i18n/use-i18n';

const NAMES = ['status', 'type', 'due', 'assigned'] as const;

/** /staff/requests: the privacy officers' queue; the filters live in the address. */
export function StaffRequestsRoute() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const raw = Object.fromEntries(NAMES.flatMap((name) => (params.get(name) ? [[name, params.get(name)]] : [])));
  // A hand-edited address with a bad value shows the whole queue rather than an error.
  const parsed = ZStaffRequestQueueQuerySchema.safeParse(raw);
  const query: TStaffRequestQueueQuery = parsed.success ? parsed.data : {};
  return (
    <div>
      <h1>{t('requests.staff.title')}</h1>
      <p>{t('requests.staff.intro')}</p>
      <StaffRequestQueue
        query={query}
        onFilter={(next) => setParams(Object.fromEntries(Object.entries(next).flatMap(([name, value]) => (value ? [[name, value]] : []))))}
        detailHref={paths.staffRequest.getHref}
      />
    </div>
  );
}
