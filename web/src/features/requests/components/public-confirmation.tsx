import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ID_DOCUMENT_MAX_BYTES, ID_DOCUMENT_TYPES } from '@portal/shared/schemas/requests.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/text-field';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useUploadIdDocument } from '../api/public-requests';
import { readFileAsBase64 } from '../lib/read-file-as-base64';
import type { TPublicConfirmation } from './public-code-step';
import './requests.css';

/** Step 3: the reference and the due date; as the last resort, an ID document with what to mask first. */
export function PublicConfirmation({ confirmation }: { confirmation: TPublicConfirmation }) {
  const { t, formatDate } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <>
      <section aria-labelledby="public-done-heading" className="form-status">
        <h2 id="public-done-heading" ref={headingRef} tabIndex={-1}>
          {t('requests.public.done.heading')}
        </h2>
        <p className="public-reference">{t('requests.public.done.reference', { reference: confirmation.reference })}</p>
        <p>{t('requests.public.done.due', { date: formatDate(confirmation.answerOn) })}</p>
        <p>{t('requests.public.done.keep')}</p>
      </section>
      <IdDocumentUpload uploadToken={confirmation.uploadToken} />
    </>
  );
}

function IdDocumentUpload({ uploadToken }: { uploadToken: string }) {
  const { t, formatDate } = useI18n();
  const upload = useUploadIdDocument();
  const { errors, show, clear } = useFormErrors<'file'>();
  const [received, setReceived] = useState<string | null>(null);
  const id = useId();
  const fieldId = `${id}-file`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    const input = event.currentTarget.elements.namedItem('file');
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (!file || file.size === 0) return show({ file: t('requests.public.upload.required') });
    const contentType = ID_DOCUMENT_TYPES.find((type) => type === file.type);
    if (!contentType) return show({ file: t('requests.public.upload.wrongType') });
    if (file.size > ID_DOCUMENT_MAX_BYTES) return show({ file: t('requests.public.upload.tooLarge') });
    clear();
    void readFileAsBase64(file).then((data) =>
      upload.mutate(
        { uploadToken, fileName: file.name, contentType, data },
        {
          onSuccess: (answer) => setReceived(t('requests.public.upload.received', { date: formatDate(answer.deleteBy) })),
          onError: (error) => show({}, t('requests.public.upload.failed', { reason: errorMessage(error, t) })),
        },
      ),
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="request-section">
      <h2 id={`${id}-heading`}>{t('requests.public.upload.heading')}</h2>
      <p>{t('requests.public.upload.intro')}</p>
      <div className="mask-guidance">
        <p id={`${id}-mask`}>
          <strong>{t('requests.public.upload.maskHeading')}</strong>
        </p>
        <ul aria-labelledby={`${id}-mask`}>
          <li>{t('requests.public.upload.maskPhoto')}</li>
          <li>{t('requests.public.upload.maskMrz')}</li>
          <li>{t('requests.public.upload.maskNumber')}</li>
          <li>{t('requests.public.upload.maskNationalNumber')}</li>
        </ul>
      </div>
      <ErrorSummary message={errors.form} items={summaryItems(errors.fields, () => fieldId, ['file'] as const)} attempt={errors.attempt} />
      <p role="status">{received}</p>
      {received ? null : (
        <form className="form" onSubmit={submit} noValidate>
          <TextField id={fieldId} name="file" type="file" accept={ID_DOCUMENT_TYPES.join(',')} label={t('requests.public.upload.file')} hint={t('requests.public.upload.fileHint')} error={errors.fields.file} />
          <div className="form__actions">
            <button type="submit" className="button" aria-disabled={upload.isPending}>
              {upload.isPending ? t('requests.public.upload.submitting') : t('requests.public.upload.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
