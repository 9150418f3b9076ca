import { useI18n } from '../../../lib/i18n/use-i18n';

export type TCategoryChoice = { id: string; name: string };

export const categoryInputId = (idPrefix: string, categoryId: string) => `${idPrefix}-${categoryId}`;

type TProps = {
  categories: readonly TCategoryChoice[];
  selected: ReadonlySet<string>;
  onChange: (selected: ReadonlySet<string>) => void;
  /** Starts every id in the group; the error summary links to the first checkbox. */
  idPrefix: string;
  error: string | undefined;
};

/** One checkbox per category, with "select all" and "select none"; the group's error is read with it. */
export function CategoryChoices({ categories, selected, onChange, idPrefix, error }: TProps) {
  const { t } = useI18n();
  const errorId = `${idPrefix}-error`;
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(id);
    else next.delete(id);
    onChange(next);
  };

  return (
    <fieldset className={error ? 'export-group export-group--error' : 'export-group'} aria-describedby={error ? errorId : undefined}>
      <legend>{t('exports.form.categoriesLegend')}</legend>
      <div className="export-group__tools">
        <button type="button" className="button--link" onClick={() => onChange(new Set(categories.map((c) => c.id)))}>
          {t('exports.form.selectAll')}
        </button>
        <button type="button" className="button--link" onClick={() => onChange(new Set())}>
          {t('exports.form.selectNone')}
        </button>
      </div>
      {error ? (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('forms.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      <ul className="export-choices">
        {categories.map((category) => (
          <li key={category.id}>
            <label>
              <input
                type="checkbox"
                id={categoryInputId(idPrefix, category.id)}
                checked={selected.has(category.id)}
                aria-invalid={error ? true : undefined}
                onChange={(event) => toggle(category.id, event.target.checked)}
              />
              {category.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
