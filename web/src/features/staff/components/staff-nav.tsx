import { NavLink } from 'react-router';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../lib/i18n/use-i18n';
import './staff.css';

/** The staff console's sections this staff member's role may open (the server checks again). */
export function StaffNav({ permissions }: { permissions: readonly string[] }) {
  const { t } = useI18n();
  const links = [
    { to: paths.staff.getHref(), label: t('staffConsole.nav.customers'), permission: 'search:customers:any', end: false },
    { to: paths.staffAudit.getHref(), label: t('staffConsole.nav.audit'), permission: 'read:audit:any', end: true },
    { to: paths.staffMembers.getHref(), label: t('staffConsole.nav.members'), permission: 'manage:staff:any', end: true },
  ].filter((link) => permissions.includes(link.permission));
  return (
    <nav aria-label={t('staffConsole.nav.label')}>
      <ul className="staff-nav__list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="staff-nav__link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
