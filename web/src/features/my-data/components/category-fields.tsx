import { useState } from 'react';
import type { TCategoryView, TFieldView } from '@portal/shared/schemas/personal-data.schema';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { ContactChangeForm } from './contact-change-form';
import { CorrectFieldForm } from './correct-field-form';
import { FieldExplanation } from './field-explanation';
import { FieldValue } from './field-value';
import { RectificationRequestForm } from './rectification-request-form';

type TProps = { category: TCategoryView; currency: string; operator: string; onMessage: (message: string) => void };

/** A single-record category (the account, the address): each field with its value, explanation and correction. */
export function CategoryFields({ category, currency, operator, onMessage }: TProps) {
  const record = category.single;
  return (
    <dl className="category-fields">
      {category.fields.map((field) => (
        <FieldRow
          key={field.key}
          category={category}
          field={field}
          record={record}
          currency={currency}
          operator={operator}
          onMessage={onMessage}
        />
      ))}
    </dl>
  );
}

function FieldRow({
  category,
  field,
  record,
  currency,
  operator,
  onMessage,
}: { field: TFieldView; record: TCategoryView['single'] } & Omit<TProps, 'currency'> & { currency: string }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const done = (message: string) => {
    setEditing(false);
    onMessage(message);
  };
  const canEdit = record !== null && field.visibility === 'shown' && category.availability.status === 'available';
  return (
    <div className="category-fields__row">
      <dt>{field.label}</dt>
      <dd>
        <FieldValue field={field} value={record?.values[field.key]} currency={currency} />
        {field.disputed ? <p className="field-note">{t('myData.disputed')}</p> : null}
        {canEdit && !editing && field.correction !== 'none' ? (
          <button
            type="button"
            className="button--link"
            aria-label={field.correction === 'request' ? undefined : t('myData.correct.buttonLabel', { field: field.label })}
            onClick={() => setEditing(true)}
          >
            {field.correction === 'request' ? t('myData.correct.request') : t('myData.correct.button')}
          </button>
        ) : null}
        {editing && record && field.correction === 'inline' ? (
          <CorrectFieldForm
            category={category.id}
            store={category.store}
            field={field}
            recordId={record.recordId}
            version={record.version}
            value={record.values[field.key]}
            onDone={done}
            onCancel={() => setEditing(false)}
          />
        ) : null}
        {editing && record && field.correction === 'confirmation-required' ? (
          <ContactChangeForm
            category={category.id}
            field={field}
            recordId={record.recordId}
            version={record.version}
            value={record.values[field.key]}
            onDone={done}
            onCancel={() => setEditing(false)}
          />
        ) : null}
        {editing && record && field.correction === 'request' ? (
          <RectificationRequestForm
            category={category.id}
            field={field}
            recordId={record.recordId}
            onDone={done}
            onCancel={() => setEditing(false)}
          />
        ) : null}
        <FieldExplanation field={field} operator={operator} />
      </dd>
    </div>
  );
}
