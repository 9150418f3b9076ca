import { useState } from 'react';
import type { TStaffRequestView } from '@portal/shared/schemas/requests.schema';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useStaffRequestAction } from '../api/staff-requests';
import { ReasonActionForm } from './reason-action-form';
import { staffActionError } from './staff-request-actions';

/** Legal holds need two privacy officers: one proposes, another approves or declines. */
export function StaffRequestHolds({ request }: { request: TStaffRequestView }) {
  const { t, formatDate } = useI18n();
  const propose = useStaffRequestAction(request.id);
  const decide = useStaffRequestAction(request.id);
  const [decideError, setDecideError] = useState<string | null>(null);
  const { timeZone } = request.deadlines;

  const proposeHold = (action: 'place' | 'lift') => (reason: string) =>
    propose.mutateAsync({ kind: 'holds', body: { action, reason } }).then(
      () => null,
      (error: unknown) => staffActionError(error, t, 'holds'),
    );

  return (
    <section aria-labelledby="request-holds-heading" className="request-section">
      <h2 id="request-holds-heading">{t('requests.staff.holds.heading')}</h2>
      <p>{t('requests.staff.holds.twoPerson')}</p>
      {decideError ? <p role="alert">{decideError}</p> : null}
      {request.holds.length === 0 ? (
        <p>{t('requests.staff.holds.empty')}</p>
      ) : (
        <ul>
          {request.holds.map((hold) => (
            <li key={hold.id}>
              <p>
                {t('requests.staff.holds.proposal', {
                  action: hold.action === 'place' ? t('requests.staff.holds.actionPlace') : t('requests.staff.holds.actionLift'),
                  name: hold.proposedBy.displayName,
                  date: formatDate(hold.proposedAt, { dateStyle: 'long', timeZone }),
                  reason: hold.reason,
                })}
              </p>
              {hold.decision === 'pending' && !hold.canDecide ? (
                <p>{t('requests.staff.holds.pending')}</p>
              ) : hold.decision === 'pending' ? (
                <>
                  <p>{t('requests.staff.holds.pending')}</p>
                  <div className="form__actions">
                    {(['approved', 'declined'] as const).map((decision) => (
                      <button
                        key={decision}
                        type="button"
                        className={decision === 'approved' ? 'button' : 'button button--secondary'}
                        aria-disabled={decide.isPending}
                        onClick={() => {
                          if (decide.isPending) return;
                          setDecideError(null);
                          decide.mutate(
                            { kind: 'decide-hold', holdId: hold.id, body: { decision } },
                            { onError: (error) => setDecideError(staffActionError(error, t, 'decide-hold')) },
                          );
                        }}
                      >
                        {decision === 'approved' ? t('requests.staff.holds.approve') : t('requests.staff.holds.decline')}
                      </button>
                    ))}
                  </div>
                </>
              ) : (
                <p>
                  {hold.decision === 'approved'
                    ? t('requests.staff.holds.approvedBy', { name: hold.decidedBy?.displayName ?? '' })
                    : t('requests.staff.holds.declinedBy', { name: hold.decidedBy?.displayName ?? '' })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {request.actions.proposeHold ? (
        <ReasonActionForm
          heading={t('requests.staff.holds.proposeHeading')}
          label={t('requests.staff.holds.reason')}
          submitLabel={t('requests.staff.holds.place')}
          pending={propose.isPending}
          onSubmit={proposeHold('place')}
        />
      ) : null}
      {request.actions.proposeLift ? (
        <ReasonActionForm
          heading={t('requests.staff.holds.proposeLiftHeading')}
          label={t('requests.staff.holds.liftReason')}
          submitLabel={t('requests.staff.holds.lift')}
          pending={propose.isPending}
          onSubmit={proposeHold('lift')}
        />
      ) : null}
    </section>
  );
}
