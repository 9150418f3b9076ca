import { useParams } from 'react-router';
import { paths } from '../../config/paths';
import { CustomerSummary } from '../../features/staff/components/customer-summary';
import { useStaffPrincipal } from '../use-staff-principal';
import { useSwitchIdentity } from '../use-switch-identity';

/** /staff/customers/:customerId: the customer's summary and the way into their account. */
export function StaffCustomerRoute() {
  const { customerId = '' } = useParams();
  const staff = useStaffPrincipal();
  const switchIdentity = useSwitchIdentity();
  return (
    <CustomerSummary
      key={customerId}
      customerId={customerId}
      canImpersonate={staff?.permissions.includes('impersonate:customer:any') ?? false}
      impersonating={Boolean(staff?.impersonation)}
      onImpersonationStarted={(state) => void switchIdentity(state, paths.myData.getHref())}
    />
  );
}
