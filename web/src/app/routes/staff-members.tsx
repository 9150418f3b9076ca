import { AddStaffMemberForm } from '../../features/staff/components/add-staff-member-form';
import { StaffMembers } from '../../features/staff/components/staff-members';
import { useI18n } from '../../lib/i18n/use-i18n';
import { useStaffPrincipal } from '../use-staff-principal';

/** /staff/members: staff accounts, for admins. */
export function StaffMembersRoute() {
  const { t } = useI18n();
  const staff = useStaffPrincipal();
  return (
    <div>
      <h1>{t('staffConsole.members.title')}</h1>
      <p>{t('staffConsole.members.intro')}</p>
      <StaffMembers currentStaffId={staff?.id ?? ''} />
      <AddStaffMemberForm />
    </div>
  );
}
