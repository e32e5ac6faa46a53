import { yearsOf } from '../domain/dataset.ts';
import type { Dataset, GroupId } from '../domain/types.ts';
import { loadCatalogue, type Lang, type Translate } from '../i18n/i18n.ts';
import { Select } from '../ui/Select.tsx';
import type { ViewState } from '../state/urlState.ts';

export interface HeaderProps {
  readonly t: Translate;
  readonly lang: Lang;
  readonly view: ViewState;
  readonly datasets: readonly {
    readonly id: string;
    readonly title: { readonly vi: string; readonly en: string };
  }[];
  readonly dataset: Dataset | null;
  readonly onSelect: (patch: Partial<ViewState>) => void;
  readonly onAbout: () => void;
  readonly onImportFile: (file: File) => void;
  readonly onMyData: () => void;
}

/** The mark: three ranked bars, as in the favicon (src/static/favicon.svg); decorative. */
function Logo() {
  return (
    <svg
      className="app-header__logo"
      viewBox="0 0 32 32"
      width="28"
      height="28"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="6" fill="#1d3557" />
      <rect x="6" y="7" width="20" height="4" fill="#f1faee" />
      <rect x="6" y="14" width="14" height="4" fill="#f1faee" />
      <rect x="6" y="21" width="9" height="4" fill="#e9c46a" />
    </svg>
  );
}

export const IMPORT_ACCEPT = '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain';

/** The language switch, "Import CSV" (a file chooser), "My data" and "About the data". */
function HeaderButtons({
  t,
  lang,
  onSelect,
  onAbout,
  onImportFile,
  onMyData,
}: Pick<HeaderProps, 't' | 'lang' | 'onSelect' | 'onAbout' | 'onImportFile' | 'onMyData'>) {
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return (
    <div className="app-header__buttons">
      <button
        type="button"
        className="button"
        lang={other}
        title={t('controls.languageLabel')}
        onClick={() => {
          const switchTo = () => onSelect({ lang: other });
          loadCatalogue(other).then(switchTo, switchTo);
        }}
      >
        {t('controls.language')}
      </button>
      {/* The label is the visible button; the file input inside it carries the accessible name. */}
      <label className="button button--secondary file-button">
        {t('import.button')}
        <input
          type="file"
          accept={IMPORT_ACCEPT}
          className="visually-hidden"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onImportFile(file);
            e.target.value = '';
          }}
        />
      </label>
      <button type="button" className="button button--secondary" onClick={onMyData}>
        {t('data.button')}
      </button>
      <button type="button" className="button button--secondary" onClick={onAbout}>
        {t('controls.about')}
      </button>
    </div>
  );
}

/** Product name, the dataset / year / group selectors, the language switch and "About the data". */
export function Header({
  t,
  lang,
  view,
  datasets,
  dataset,
  onSelect,
  onAbout,
  onImportFile,
  onMyData,
}: HeaderProps) {
  const groups = dataset?.groups ?? [];
  const years = dataset && view.group ? yearsOf(dataset, view.group as GroupId) : [];
  return (
    <header className="app-header">
      <div className="app-header__top">
        <div className="app-header__brand">
          <Logo />
          <div>
            <h1 className="app-header__title">{t('app.title')}</h1>
            <p className="app-header__tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <HeaderButtons
          t={t}
          lang={lang}
          onSelect={onSelect}
          onAbout={onAbout}
          onImportFile={onImportFile}
          onMyData={onMyData}
        />
      </div>
      <div className="app-header__controls">
        <Select
          label={t('controls.dataset')}
          value={view.ds ?? ''}
          options={datasets.map((d) => ({ value: d.id, label: d.title[lang] }))}
          onChange={(ds) => onSelect({ ds })}
        />
        <Select
          label={t('controls.year')}
          value={view.year === null ? '' : String(view.year)}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(year) => onSelect({ year: Number(year) })}
          disabled={years.length === 0}
        />
        <Select
          label={t('controls.group')}
          value={view.group ?? ''}
          options={groups.map((g) => ({ value: g.id, label: g.name[lang] }))}
          onChange={(group) => onSelect({ group })}
          disabled={groups.length <= 1}
        />
      </div>
    </header>
  );
}
