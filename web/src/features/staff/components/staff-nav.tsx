import { Link, useLocation } from 'react-router';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../lib/i18n/use-i18n';
import './staff.css';

const CUSTOMER_PAGES = paths.staffCustomer.path.replace(':customerId', '');

/** The staff console's sections this staff member's role may open (the server checks again). */
export function StaffNav({ permissions }: { permissions: readonly string[] }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const links = [
    {
      to: paths.staff.getHref(),
      label: t('staffConsole.nav.customers'),
      permission: 'search:customers:any',
      // A customer's page belongs to the customer search it was opened from.
      current: pathname === paths.staff.path || pathname.startsWith(CUSTOMER_PAGES),
    },
    {
      to: paths.staffRequests.getHref(),
      label: t('requests.staff.title'),
      permission: 'manage:requests:any',
      current: pathname === paths.staffRequests.path || pathname.startsWith(`${paths.staffRequests.path}/`),
    },
    {
      to: paths.staffPrivacyNotice.getHref(),
      label: t('notice.staff.title'),
      // Publishing is a privacy officer's task: the server allows it with the request permission.
      permission: 'manage:requests:any',
      current: pathname === paths.staffPrivacyNotice.path,
    },
    { to: paths.staffAudit.getHref(), label: t('staffConsole.nav.audit'), permission: 'read:audit:any', current: pathname === paths.staffAudit.path },
    { to: paths.staffMembers.getHref(), label: t('staffConsole.nav.members'), permission: 'manage:staff:any', current: pathname === paths.staffMembers.path },
  ].filter((link) => permissions.includes(link.permission));
  return (
    <nav aria-label={t('staffConsole.nav.label')}>
      <ul className="staff-nav__list">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to} className="staff-nav__link" aria-current={link.current ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
