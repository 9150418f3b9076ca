import { useId, useState, type FormEvent } from 'react';
import type { TLanguage } from '@portal/shared/domain/languages';
import { DATA_POINTS, ZPublicRequestStartSchema, type TPublicRequestStart, type TPublicRequestType } from '@portal/shared/schemas/requests.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useStartPublicRequest } from '../api/public-requests';
import { describePublicIssue, type TPublicField } from '../lib/public-request-fields';
import './requests.css';

const FIELDS = ['type', 'email', 'dataPoints', 'details', 'signedName', 'declaration', 'agentName', 'agentEmail', 'agentPermission'] as const;

type TProps = {
  types: readonly TPublicRequestType[];
  /** coopt (CCPA): specific pieces of information need 3 data points and a signed declaration. */
  offerSpecificPieces: boolean;
  language: TLanguage;
  onStarted: (started: { verificationId: string; minutesValid: number; sentTo: string }) => void;
};

/** Step 1 of a request without an account: what, the email we hold, data points to match, optionally as an agent. */
export function PublicRequestForm({ types, offerSpecificPieces, language, onStarted }: TProps) {
  const { t } = useI18n();
  const start = useStartPublicRequest();
  const { errors, show, clear } = useFormErrors<TPublicField>();
  const [specific, setSpecific] = useState(false);
  const [agent, setAgent] = useState(false);
  const id = useId();
  const fieldId = (field: TPublicField) => `${id}-${field}`;
  const needed = specific ? 3 : 2;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (start.isPending) return;
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const dataPoints = Object.fromEntries(DATA_POINTS.flatMap((point) => (text(point) ? [[point, text(point)]] : [])));
    const body = {
      type: text('type'),
      email: text('email'),
      dataPoints,
      details: text('details'),
      language,
      ...(specific ? { specificPieces: true, declaration: { signedName: text('signedName'), accepted: form.get('declaration') === 'on' } } : {}),
      ...(agent ? { agent: { name: text('agentName'), email: text('agentEmail'), permission: text('agentPermission') } } : {}),
    };
    const parsed = ZPublicRequestStartSchema.safeParse(body);
    const found: Partial<Record<TPublicField, string>> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldOf(issue.path);
        if (field && !found[field]) found[field] = describePublicIssue(t, field, needed, issue.code === 'too_big' ? 'too-long' : issue.code === 'too_small' ? 'too-short' : 'invalid', body);
      }
    }
    if (Object.keys(dataPoints).length < needed) found.dataPoints = t('requests.public.errors.dataPoints', { count: needed });
    if (!parsed.success || Object.keys(found).length > 0) return show(found);
    clear();
    start.mutate(parsed.data satisfies TPublicRequestStart, {
      onSuccess: onStarted,
      onError: (error) => show({}, t('requests.public.failed', { reason: errorMessage(error, t) })),
    });
  };

  return (
    <>
      <ErrorSummary message={errors.form} items={summaryItems(errors.fields, fieldId, FIELDS)} attempt={errors.attempt} />
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          id={fieldId('type')}
          name="type"
          label={t('requests.public.type')}
          error={errors.fields.type}
          options={types.map((type) => ({ value: type, label: t(`requests.public.types.${type}`) }))}
        />
        <TextField id={fieldId('email')} name="email" type="email" autoComplete="email" label={t('requests.public.email')} hint={t('requests.public.emailHint')} error={errors.fields.email} />
        <fieldset className="field" aria-describedby={`${fieldId('dataPoints')}-hint${errors.fields.dataPoints ? ` ${fieldId('dataPoints')}-error` : ''}`}>
          <legend className="field__label">{t('requests.public.dataPointsLegend')}</legend>
          <p id={`${fieldId('dataPoints')}-hint`} className="field__hint">
            {t('requests.public.dataPointsHint', { count: needed })}
          </p>
          {errors.fields.dataPoints ? (
            <p id={`${fieldId('dataPoints')}-error`} className="field__error">
              <span className="visually-hidden">{t('forms.errorPrefix')} </span>
              {errors.fields.dataPoints}
            </p>
          ) : null}
          {DATA_POINTS.map((point, index) => (
            <TextField
              key={point}
              // The first input takes the fieldset's id, so the error summary's link lands on it.
              id={index === 0 ? fieldId('dataPoints') : `${id}-point-${point}`}
              name={point}
              label={t(`requests.public.dataPoints.${point}`)}
              type={point === 'dateOfBirth' ? 'date' : 'text'}
              autoComplete={AUTOCOMPLETE[point]}
            />
          ))}
        </fieldset>
        <TextAreaField id={fieldId('details')} name="details" label={t('requests.public.details')} hint={t('requests.public.detailsHint')} error={errors.fields.details} maxLength={4000} />
        {offerSpecificPieces ? (
          <div className="field">
            <div>
              <input type="checkbox" id={`${id}-specific`} checked={specific} onChange={(e) => setSpecific(e.currentTarget.checked)} aria-describedby={`${id}-specific-hint`} />{' '}
              <label htmlFor={`${id}-specific`}>{t('requests.public.specificPieces')}</label>
            </div>
            <p id={`${id}-specific-hint`} className="field__hint">
              {t('requests.public.specificPiecesHint')}
            </p>
          </div>
        ) : null}
        {specific ? (
          <fieldset className="field">
            <legend className="field__label">{t('requests.public.declarationLegend')}</legend>
            <div className={errors.fields.declaration ? 'field field--error' : 'field'}>
              {errors.fields.declaration ? (
                <p id={`${fieldId('declaration')}-error`} className="field__error">
                  {errors.fields.declaration}
                </p>
              ) : null}
              <div>
                <input type="checkbox" id={fieldId('declaration')} name="declaration" aria-describedby={errors.fields.declaration ? `${fieldId('declaration')}-error` : undefined} aria-invalid={errors.fields.declaration ? true : undefined} />{' '}
                <label htmlFor={fieldId('declaration')}>{t('requests.public.declarationAccept')}</label>
              </div>
            </div>
            <TextField id={fieldId('signedName')} name="signedName" autoComplete="name" label={t('requests.public.signedName')} error={errors.fields.signedName} />
          </fieldset>
        ) : null}
        <div className="field">
          <div>
            <input type="checkbox" id={`${id}-agent`} checked={agent} onChange={(e) => setAgent(e.currentTarget.checked)} />{' '}
            <label htmlFor={`${id}-agent`}>{t('requests.public.agentToggle')}</label>
          </div>
        </div>
        {agent ? (
          <fieldset className="field">
            <legend className="field__label">{t('requests.public.agentLegend')}</legend>
            <TextField id={fieldId('agentName')} name="agentName" autoComplete="name" label={t('requests.public.agentName')} error={errors.fields.agentName} />
            <TextField id={fieldId('agentEmail')} name="agentEmail" type="email" autoComplete="email" label={t('requests.public.agentEmail')} error={errors.fields.agentEmail} />
            <TextAreaField id={fieldId('agentPermission')} name="agentPermission" label={t('requests.public.agentPermission')} hint={t('requests.public.agentPermissionHint')} error={errors.fields.agentPermission} maxLength={4000} />
          </fieldset>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={start.isPending}>
            {start.isPending ? t('requests.public.submitting') : t('requests.public.submit')}
          </button>
        </div>
      </form>
    </>
  );
}

const AUTOCOMPLETE: Record<(typeof DATA_POINTS)[number], string> = {
  fullName: 'name',
  phone: 'tel',
  postalCode: 'postal-code',
  customerNumber: 'off',
  dateOfBirth: 'bday',
  lastOrderNumber: 'off',
};

/** The form field an issue of the shared schema belongs to. */
function fieldOf(path: readonly PropertyKey[]): TPublicField | null {
  const [head, sub] = path;
  if (head === 'type' || head === 'email' || head === 'details' || head === 'dataPoints') return head;
  if (head === 'declaration') return sub === 'accepted' ? 'declaration' : 'signedName';
  if (head === 'agent') return sub === 'name' ? 'agentName' : sub === 'email' ? 'agentEmail' : 'agentPermission';
  return null;
}
