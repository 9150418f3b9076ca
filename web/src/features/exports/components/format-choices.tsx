import type { TExportFormat } from '@portal/shared/schemas/export.schema';
import { useI18n } from '../../../lib/i18n/use-i18n';

/** JSON is always in the package; these two are the customer's choice. */
export const OPTIONAL_FORMATS = ['csv', 'html'] as const satisfies readonly TExportFormat[];
export type TOptionalFormat = (typeof OPTIONAL_FORMATS)[number];

type TProps = {
  selected: ReadonlySet<TOptionalFormat>;
  onChange: (selected: ReadonlySet<TOptionalFormat>) => void;
};

/** The formats: JSON shown ticked and fixed, CSV tables and the readable report optional. */
export function FormatChoices({ selected, onChange }: TProps) {
  const { t } = useI18n();
  const toggle = (format: TOptionalFormat, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(format);
    else next.delete(format);
    onChange(next);
  };

  return (
    <fieldset className="export-group">
      <legend>{t('exports.form.formatsLegend')}</legend>
      <ul className="export-choices">
        <li>
          <label>
            <input type="checkbox" checked disabled readOnly />
            {t('exports.form.json')}
          </label>
        </li>
        {OPTIONAL_FORMATS.map((format) => (
          <li key={format}>
            <label>
              <input type="checkbox" checked={selected.has(format)} onChange={(event) => toggle(format, event.target.checked)} />
              {t(`exports.form.${format}`)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
