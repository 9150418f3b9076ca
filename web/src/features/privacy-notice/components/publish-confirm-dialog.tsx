import { useId, useRef } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useModalDialog } from '../../../lib/use-modal-dialog';

type TProps = {
  version: string;
  /** YYYY-MM-DD */
  effectiveDate: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * The last step before every active customer is emailed: a modal `<dialog>` like the others in the
 * app. Focus starts on Cancel, since publishing cannot be undone.
 */
export function PublishConfirmDialog({ version, effectiveDate, onConfirm, onCancel }: TProps) {
  const { t, formatDate } = useI18n();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useModalDialog(() => cancelRef.current);
  const titleId = useId();
  const bodyId = useId();

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Escape: React unmounts the dialog, which closes it and gives focus back.
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{t('notice.staff.confirm.title', { version })}</h2>
      <p id={bodyId}>{t('notice.staff.confirm.body', { date: formatDate(effectiveDate, { dateStyle: 'long' }) })}</p>
      <div className="form__actions">
        <button type="button" className="button" onClick={onConfirm}>
          {t('notice.staff.confirm.submit')}
        </button>
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={onCancel}>
          {t('notice.staff.confirm.cancel')}
        </button>
      </div>
    </dialog>
  );
}
