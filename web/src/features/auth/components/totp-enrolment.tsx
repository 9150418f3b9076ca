import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { ZOneTimeCodeSchema } from '@portal/shared/schemas/auth.schema';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/text-field';
import { serverFieldErrors, validateForm } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useConfirmTotp } from '../api/confirm-totp';
import { useEnrolTotp, type TTotpEnrolment } from '../api/enrol-totp';
import { authErrorMessage } from '../lib/auth-error-message';
import { describeAuthIssue } from '../lib/field-messages';
import { svgDataUrl } from '../lib/svg-data-url';
import { RecoveryCodes } from './recovery-codes';

const ZConfirmSchema = z.object({ code: ZOneTimeCodeSchema });
const FIELDS = ['code'] as const;

type TProps = {
  /** Written at the top of the recovery codes file (the operator's name). */
  issuer: string;
  /** After the recovery codes were shown and the person chose to go on. */
  onDone: () => void;
  doneLabel: string;
};

/** "1234abcd5678efgh" → "1234 abcd 5678 efgh": easier to type into an app by hand. */
const groupSecret = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Turns on an authenticator app: a QR code (and the key to type in by hand), a first code to
 * confirm it, then the recovery codes, shown once. Starts on a button press, so a page reload
 * never makes a secret nobody sees.
 */
export function TotpEnrolment({ issuer, onDone, doneLabel }: TProps) {
  const { t, language } = useI18n();
  const enrol = useEnrolTotp();
  const confirm = useConfirmTotp();
  const [enrolment, setEnrolment] = useState<TTotpEnrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [startError, setStartError] = useState<string | null>(null);

  if (recoveryCodes) {
    return <RecoveryCodes codes={recoveryCodes} issuer={issuer} onDone={onDone} doneLabel={doneLabel} />;
  }
  if (!enrolment) {
    return (
      <div className="auth-step">
        {startError ? (
          <p className="field__error" role="alert">
            {startError}
          </p>
        ) : null}
        <div className="form__actions">
          <button
            type="button"
            className="button"
            aria-disabled={enrol.isPending}
            onClick={() => {
              if (enrol.isPending) return;
              setStartError(null);
              enrol.mutate(undefined, {
                onSuccess: setEnrolment,
                onError: (error) => setStartError(authErrorMessage(error, t, language)),
              });
            }}
          >
            {enrol.isPending ? t('auth.totp.starting') : t('auth.totp.start')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <ScanAndConfirm
      enrolment={enrolment}
      pending={confirm.isPending}
      confirm={(code) => confirm.mutateAsync(code).then(({ recoveryCodes: codes }) => setRecoveryCodes(codes))}
    />
  );
}

function ScanAndConfirm({
  enrolment,
  pending,
  confirm,
}: {
  enrolment: TTotpEnrolment;
  pending: boolean;
  confirm: (code: string) => Promise<void>;
}) {
  const { t, language } = useI18n();
  const { errors, show, clear } = useFormErrors<'code'>();
  const id = useId();
  const fieldId = () => `${id}-code`;
  const introRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    introRef.current?.focus();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const values = { code: String(new FormData(event.currentTarget).get('code') ?? '') };
    const result = validateForm(ZConfirmSchema, values, (field, kind) => describeAuthIssue(t, field, kind));
    if (!result.ok) {
      show(result.errors);
      return;
    }
    clear();
    confirm(result.data.code).catch((error: unknown) => {
      const fields = serverFieldErrors(error, FIELDS, () => t('auth.totp.codeRejected'));
      show(fields, fields.code ? null : authErrorMessage(error, t, language));
    });
  };

  return (
    <div className="auth-step">
      <p ref={introRef} tabIndex={-1} className="auth-step__heading">
        {t('auth.totp.scan')}
      </p>
      <img className="totp-qr" src={svgDataUrl(enrolment.qrSvg)} alt={t('auth.totp.qrAlt')} width={192} height={192} />
      <div>
        <p>{t('auth.totp.manual')}</p>
        <p>
          <span className="visually-hidden">{t('auth.totp.manualKeyLabel')}: </span>
          <code className="totp-secret">{groupSecret(enrolment.secret)}</code>
        </p>
      </div>
      <ErrorSummary message={errors.form} items={summaryItems(errors.fields, fieldId, FIELDS)} attempt={errors.attempt} />
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id={fieldId()}
          name="code"
          label={t('auth.totp.codeLabel')}
          hint={t('auth.totp.codeHint')}
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          required
          error={errors.fields.code}
        />
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={pending}>
            {pending ? t('auth.common.checking') : t('auth.totp.confirm')}
          </button>
        </div>
      </form>
    </div>
  );
}
