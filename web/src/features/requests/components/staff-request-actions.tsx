import { useId, useState, type FormEvent } from 'react';
import type { TStaffRequestView } from '@portal/shared/schemas/requests.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { ApiError } from '../../../lib/api-client';
import type { TTranslate } from '../../../lib/i18n/catalog-types';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useStaffRequestAction, type TStaffRequestAction } from '../api/staff-requests';
import { ReasonActionForm } from './reason-action-form';

const VERIFY_METHODS = ['signed-in', 'email-code', 'data-points', 'document', 'agent-permission'] as const;

/** Why an action was refused, in the officer's language: the known refusals in their own words. */
export function staffActionError(error: unknown, t: TTranslate, kind: TStaffRequestAction['kind']): string {
  if (error instanceof ApiError && error.kind === 'http') {
    if (kind === 'extend' && error.status === 409) return t('requests.staff.actions.extendTooLate');
    if (kind === 'decide-hold' && error.code === 'forbidden') return t('requests.staff.holds.sameOfficer');
  }
  return t('requests.staff.detail.failed', { reason: errorMessage(error, t) });
}

/** Runs one action and resolves with the message to show when it failed. */
function useRun(id: string) {
  const { t } = useI18n();
  const action = useStaffRequestAction(id);
  const run = (input: TStaffRequestAction) =>
    action.mutateAsync(input).then(
      () => null,
      (error: unknown) => staffActionError(error, t, input.kind),
    );
  return { run, pending: action.isPending };
}

/** The buttons and forms the `actions` of the request allow, each with its own result. */
export function StaffRequestActions({ request }: { request: TStaffRequestView }) {
  const { t } = useI18n();
  const { actions } = request;
  const acknowledge = useRun(request.id);
  const extend = useRun(request.id);
  const complete = useRun(request.id);
  const reject = useRun(request.id);
  const [ackError, setAckError] = useState<string | null>(null);
  const id = useId();
  const none = !Object.values(actions).some(Boolean);
  if (none) return null;

  return (
    <section aria-labelledby={`${id}-heading`} className="request-section">
      <h2 id={`${id}-heading`}>{t('requests.staff.actions.heading')}</h2>
      {actions.acknowledge ? (
        <div className="form__actions">
          <button
            type="button"
            className="button"
            aria-disabled={acknowledge.pending}
            onClick={() => {
              if (!acknowledge.pending) void acknowledge.run({ kind: 'acknowledge' }).then(setAckError);
            }}
          >
            {t('requests.staff.actions.acknowledge')}
          </button>
          {ackError ? <p role="alert">{ackError}</p> : null}
        </div>
      ) : null}
      {actions.verifyIdentity ? <VerifyIdentityForm requestId={request.id} /> : null}
      {actions.extend ? (
        <ReasonActionForm
          heading={t('requests.staff.actions.extendHeading')}
          label={t('requests.staff.actions.extendReason')}
          hint={t('requests.staff.actions.extendHint')}
          submitLabel={t('requests.staff.actions.extend')}
          pending={extend.pending}
          onSubmit={(reason) => extend.run({ kind: 'extend', body: { reason } })}
        />
      ) : null}
      {actions.complete ? (
        <ReasonActionForm
          heading={t('requests.staff.actions.completeHeading')}
          label={t('requests.staff.actions.completeMessage')}
          submitLabel={t('requests.staff.actions.complete')}
          pending={complete.pending}
          onSubmit={(message, form) =>
            complete.run({ kind: 'complete', body: { outcome: form.get('outcome') === 'partially-completed' ? 'partially-completed' : 'completed', message } })
          }
        >
          <SelectField
            id={`${id}-outcome`}
            name="outcome"
            label={t('requests.staff.actions.outcome')}
            options={[
              { value: 'completed', label: t('requests.staff.actions.completed') },
              { value: 'partially-completed', label: t('requests.staff.actions.partiallyCompleted') },
            ]}
          />
        </ReasonActionForm>
      ) : null}
      {actions.reject ? (
        <ReasonActionForm
          heading={t('requests.staff.actions.rejectHeading')}
          label={t('requests.staff.actions.rejectReason')}
          hint={t('requests.staff.actions.rejectHint')}
          submitLabel={t('requests.staff.actions.reject')}
          pending={reject.pending}
          onSubmit={(reason) => reject.run({ kind: 'reject', body: { reason } })}
        />
      ) : null}
    </section>
  );
}

function VerifyIdentityForm({ requestId }: { requestId: string }) {
  const { t } = useI18n();
  const verify = useRun(requestId);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (verify.pending) return;
    const form = new FormData(event.currentTarget);
    const method = VERIFY_METHODS.find((m) => m === form.get('method')) ?? 'email-code';
    const note = String(form.get('note') ?? '').trim();
    void verify.run({ kind: 'verify-identity', body: note ? { method, note } : { method } }).then((failure) =>
      setResult(failure ? { ok: false, text: failure } : { ok: true, text: t('requests.staff.detail.saved') }),
    );
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="request-section">
      <h3 id={`${id}-heading`}>{t('requests.staff.actions.verifyHeading')}</h3>
      {result ? <p role={result.ok ? 'status' : 'alert'}>{result.text}</p> : null}
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          id={`${id}-method`}
          name="method"
          label={t('requests.staff.actions.method')}
          options={VERIFY_METHODS.map((value) => ({ value, label: t(`requests.staff.actions.methods.${value}`) }))}
        />
        <TextField id={`${id}-note`} name="note" label={t('requests.staff.actions.note')} maxLength={500} autoComplete="off" />
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={verify.pending}>
            {t('requests.staff.actions.verify')}
          </button>
        </div>
      </form>
    </section>
  );
}
