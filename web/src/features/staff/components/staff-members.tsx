import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { STAFF_ROLES, type TStaffRole } from '@portal/shared/domain/permissions';
import type { TStaffMember } from '@portal/shared/schemas/staff.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { QueryError } from '../../../components/errors/query-error';
import { Skeleton } from '../../../components/ui/skeleton';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { StepUpCancelledError } from '../../../lib/step-up';
import { staffMembersQueryOptions, useUpdateStaffMember } from '../api/staff-members';
import './staff.css';

/** Every staff account with its role, status and authenticator; admins change others, never themselves. */
export function StaffMembers({ currentStaffId }: { currentStaffId: string }) {
  const { t } = useI18n();
  const members = useQuery(staffMembersQueryOptions());
  const update = useUpdateStaffMember();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  if (members.isPending) return <Skeleton label={t('staffConsole.members.loading')} />;
  if (members.isError) return <QueryError error={members.error} onRetry={() => void members.refetch()} retrying={members.isFetching} />;

  const change = (member: TStaffMember, body: { role: TStaffRole } | { status: 'active' | 'disabled' }) => {
    const name = `${member.firstName} ${member.familyName}`;
    setMessage(null);
    update.mutate(
      { id: member.id, change: body },
      {
        onSuccess: () => setMessage({ text: t('staffConsole.members.changed', { name }), error: false }),
        onError: (error) => {
          if (!(error instanceof StepUpCancelledError)) setMessage({ text: t('staffConsole.members.failed', { reason: errorMessage(error, t) }), error: true });
        },
      },
    );
  };

  return (
    <div>
      <p role={message?.error ? 'alert' : 'status'}>{message?.text}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('staffConsole.members.caption')}</caption>
          <thead>
            <tr>
              {(['name', 'number', 'email', 'role', 'status', 'secondFactor', 'actions'] as const).map((column) => (
                <th scope="col" key={column}>
                  {t(`staffConsole.members.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {members.data.members.map((member) => (
              <MemberRow key={member.id} member={member} self={member.id === currentStaffId} busy={update.isPending} onChange={change} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function MemberRow({
  member,
  self,
  busy,
  onChange,
}: {
  member: TStaffMember;
  self: boolean;
  busy: boolean;
  onChange: (member: TStaffMember, body: { role: TStaffRole } | { status: 'active' | 'disabled' }) => void;
}) {
  const { t } = useI18n();
  const name = `${member.firstName} ${member.familyName}`;
  const [role, setRole] = useState<TStaffRole>(member.role);
  // Disabling ends the member's sessions: a second click confirms (house style 20).
  const [confirming, setConfirming] = useState(false);
  const selectId = `role-${member.id}`;

  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{member.staffNumber}</td>
      <td>{member.email}</td>
      <td>
        {self ? (
          t(`staffConsole.roles.${member.role}`)
        ) : (
          <>
            <label className="visually-hidden" htmlFor={selectId}>
              {t('staffConsole.members.roleOf', { name })}
            </label>
            <select id={selectId} className="field__input" value={role} onChange={(event) => setRole(event.target.value as TStaffRole)}>
              {STAFF_ROLES.map((value) => (
                <option key={value} value={value}>
                  {t(`staffConsole.roles.${value}`)}
                </option>
              ))}
            </select>
          </>
        )}
      </td>
      <td>{member.status === 'active' ? t('staffConsole.members.active') : t('staffConsole.members.disabled')}</td>
      <td>{member.secondFactorEnrolled ? t('staffConsole.members.enrolled') : t('staffConsole.members.notEnrolled')}</td>
      <td>
        {self ? (
          t('staffConsole.members.you')
        ) : (
          <div className="form__actions">
            {role !== member.role ? (
              <button type="button" className="button" aria-disabled={busy} onClick={() => !busy && onChange(member, { role })}>
                {t('staffConsole.members.applyRole', { name })}
              </button>
            ) : null}
            {member.status === 'active' ? (
              <button
                type="button"
                className="button"
                aria-disabled={busy}
                onClick={() => {
                  if (busy) return;
                  if (!confirming) return setConfirming(true);
                  setConfirming(false);
                  onChange(member, { status: 'disabled' });
                }}
                onBlur={() => setConfirming(false)}
              >
                {confirming ? t('staffConsole.members.confirmDisable', { name }) : t('staffConsole.members.disable', { name })}
              </button>
            ) : (
              <button type="button" className="button" aria-disabled={busy} onClick={() => !busy && onChange(member, { status: 'active' })}>
                {t('staffConsole.members.enable', { name })}
              </button>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}
