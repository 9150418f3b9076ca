import { useId, useState, type FormEvent } from 'react';
import { ZRequestMessageBodySchema, type TRequestMessage, type TRequestMessageBody } from '@portal/shared/schemas/requests.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { serverFieldErrors, validateForm } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import './requests.css';

type TProps = {
  messages: readonly TRequestMessage[];
  timeZone: string;
  /** Sends through the customer's or the staff member's mutation. */
  onSend: (body: TRequestMessageBody) => Promise<unknown>;
  pending: boolean;
  /** Staff see "Customer" where the customer sees "You". */
  staffView?: boolean;
};

/** The thread between the customer and the privacy team, with a form to write. */
export function MessageThread({ messages, timeZone, onSend, pending, staffView = false }: TProps) {
  const { t, formatDate } = useI18n();
  const { errors, show, clear } = useFormErrors<'body'>();
  const [sent, setSent] = useState<string | null>(null);
  const id = useId();
  const fieldId = `${id}-body`;

  const from = (who: TRequestMessage['from']) => (staffView && who === 'customer' ? t('requests.messages.fromCustomer') : t(`requests.messages.from.${who}`));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const formElement = event.currentTarget;
    const result = validateForm(ZRequestMessageBodySchema, { body: String(new FormData(formElement).get('body') ?? '') }, (_field, kind) =>
      kind === 'too-long' ? t('requests.messages.errors.tooLong') : t('requests.messages.errors.required'),
    );
    if (!result.ok) return show(result.errors);
    clear();
    setSent(null);
    void onSend(result.data).then(
      () => {
        formElement.reset();
        setSent(t('requests.messages.sent'));
      },
      (error: unknown) => show(serverFieldErrors(error, ['body'] as const), t('requests.messages.failed', { reason: errorMessage(error, t) })),
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="request-section">
      <h2 id={`${id}-heading`}>{t('requests.messages.heading')}</h2>
      {messages.length === 0 ? (
        <p>{t('requests.messages.empty')}</p>
      ) : (
        <ol className="request-messages" aria-labelledby={`${id}-heading`}>
          {messages.map((message) => (
            <li key={message.id} data-from={message.from}>
              <p>
                <strong>{from(message.from)}</strong>, <time dateTime={message.at}>{formatDate(message.at, { dateStyle: 'long', timeStyle: 'short', timeZone })}</time>
              </p>
              <p>{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      <ErrorSummary message={errors.form} items={summaryItems(errors.fields, () => fieldId, ['body'] as const)} attempt={errors.attempt} />
      <p role="status">{sent}</p>
      <form className="form" onSubmit={submit} noValidate>
        <TextAreaField
          id={fieldId}
          name="body"
          label={staffView ? t('requests.staff.messagesLabel') : t('requests.messages.label')}
          error={errors.fields.body}
          maxLength={4000}
        />
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={pending}>
            {pending ? t('requests.messages.sending') : t('requests.messages.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
