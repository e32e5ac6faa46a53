import type { ImportedResponses } from '../../domain/respondents.ts';
import type { ProvinceEra } from '../../domain/era.ts';
import { useEffect, useId, useState } from 'react';
import type { Normalisation } from '../../domain/responses.ts';
import type { Dataset } from '../../domain/types.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import {
  importPastedText,
  importUserFile,
  importUserUrl,
  type ImportOutcome,
} from '../../import/browser.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { recallMapping, rememberMapping } from '../../state/mappingMemory.ts';
import type { MappingEntry, MappingRole } from '../../state/mappingMemory.ts';
import { AppendStep } from './AppendStep.tsx';
import { ColumnRoles } from './ColumnRoles.tsx';
import { EraControl } from './EraControl.tsx';
import { IndexScale } from './IndexScale.tsx';
import type { ScaleChoice } from './IndexScale.tsx';
import { ImportPreview } from './ImportPreview.tsx';

export type ImportSource =
  | { readonly kind: 'file'; readonly file: File }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'url'; readonly url: string };

export interface ImportDialogProps {
  /** The file, text or URL to import; the dialog is mounted once per source (keyed by the caller). */
  readonly source: ImportSource;
  readonly t: Translate;
  readonly lang: Lang;
  readonly onCancel: () => void;
  /** Called with the confirmed dataset (new, or merged into a target); the caller saves and shows it. */
  readonly onConfirm: (
    dataset: Dataset,
    shown: { year: number | null; unitIds: readonly string[] },
    /** A response-level file's respondents (a new dataset only; a merge does not keep them). */
    respondents?: ImportedResponses,
  ) => void;
  /** Datasets the file may be added to ("add to an existing dataset"). */
  readonly targets: readonly Dataset[];
}

const nameOf = (source: ImportSource) =>
  source.kind === 'file'
    ? source.file.name
    : source.kind === 'url'
      ? decodeURIComponent(source.url.split('/').pop() ?? source.url)
      : 'paste.tsv';

function newDatasetId(fileName: string): string {
  const base = fileName
    .replace(/\.[a-z0-9]+$/i, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${base || 'du-lieu'}-${Date.now().toString(36)}`;
}

const NORMALISATION_OPTIONS = [
  { value: 'scale', label: 'import.normalisation.scale' },
  { value: 'minmax', label: 'import.normalisation.minmax' },
  { value: 'minmax-pooled', label: 'import.normalisation.minmaxPooled' },
] as const satisfies readonly { value: Normalisation; label: string }[];

/** What to show after saving: the file's latest year and its units (their group is opened). */
function shownPart(fromFile: Dataset): { year: number | null; unitIds: readonly string[] } {
  const year = fromFile.years[fromFile.years.length - 1] ?? null;
  return {
    year,
    unitIds: fromFile.observations.filter((o) => o.year === year).map((o) => o.unitId),
  };
}

/**
 * The import dialog: reads the file in the worker, shows the preview (ImportPreview), asks for
 * what the file lacks (name, source, group, year, sheet) and saves only on confirmation;
 * cancel changes nothing.
 */
export function ImportDialog({ source, t, lang, onCancel, onConfirm, targets }: ImportDialogProps) {
  const [mode, setMode] = useState<'new' | 'append'>('new');
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState(true);
  const [name, setName] = useState(() => nameOf(source).replace(/\.[a-z0-9]+$/i, ''));
  const [sourceText, setSourceText] = useState('');
  const [group, setGroup] = useState('');
  const [year, setYear] = useState('');
  const [sheet, setSheet] = useState('');
  const [normalisation, setNormalisation] = useState<Normalisation>('scale');
  const [unit, setUnit] = useState('');
  // The user's column roles (by Excel letter); detection gives the others.
  const [mapping, setMapping] = useState<readonly MappingEntry[]>([]);
  const [recalled, setRecalled] = useState(false);
  // The index name and scale as the user corrected them (null: as read from the file).
  const [indexName, setIndexName] = useState<string | null>(null);
  const [scaleChoice, setScaleChoice] = useState<ScaleChoice | null>(null);
  const [scaleOther, setScaleOther] = useState('');
  const [scale, setScale] = useState<number | undefined>(undefined);
  // The user's corrections of a year's province era (63 or 34 provinces), stored with the dataset.
  const [eras, setEras] = useState<ReadonlyMap<number, ProvinceEra>>(new Map());
  // One id per dialog, so re-running the import with answers keeps the same dataset id.
  const [datasetId] = useState(() => newDatasetId(nameOf(source)));
  const ids = {
    name: useId(),
    source: useId(),
    group: useId(),
    year: useId(),
    sheet: useId(),
    normalisation: useId(),
    unit: useId(),
  };

  const run = async (options: {
    group?: string;
    year?: number;
    sheet?: string;
    normalisation?: Normalisation;
    unit?: string;
    mapping?: readonly MappingEntry[];
    scale?: number;
  }) => {
    const opts = { ...options, datasetId, fileName: nameOf(source) };
    const result =
      source.kind === 'file'
        ? await importUserFile(source.file, opts)
        : source.kind === 'text'
          ? await importPastedText(source.text, opts)
          : await importUserUrl(source.url, opts);
    setOutcome(result);
    setBusy(false);
    return result;
  };

  useEffect(() => {
    // run() sets state only after the worker answers (after an await), never synchronously.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void run({}).then(async (first) => {
      // A mapping chosen before for a file with the same header is applied again (and shown).
      const headers = first.report.columns?.map((c) => c.header) ?? [];
      const remembered = headers.length > 0 ? recallMapping(headers) : null;
      const r = remembered === null ? first : await run({ mapping: remembered });
      if (remembered !== null) {
        setMapping(remembered);
        setRecalled(true);
      }
      if (r.dataset) setName(r.dataset.title.vi);
    });
    // Runs once per mounted dialog: the caller remounts it for another source.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const report = outcome?.report ?? null;
  const needsGroup =
    report !== null &&
    report.groups.length === 0 &&
    report.issues.some((i) => i.code === 'GROUP_MISSING');
  const needsYear =
    report !== null &&
    report.years.length === 0 &&
    report.issues.some((i) => i.code === 'YEAR_MISSING');
  const sheetIssue = report?.issues.find((i) => i.code === 'SHEET_CHOSEN');
  const sheets = sheetIssue?.params.sheets ?? [];
  // Until the user picks one, the select shows the sheet the importer actually read.
  const shownSheet = sheet || (sheetIssue?.value ?? '');
  const illustrative = outcome?.dataset?.illustrative ?? false;
  // A survey-response file (one row per respondent) can be re-aggregated another way.
  const responses = report?.issues.some((i) => i.code === 'RESPONSES_AGGREGATED') ?? false;

  const needsUnit = report?.issues.some((i) => i.code === 'UNIT_MISSING') ?? false;

  const apply = (
    over: {
      normalisation?: Normalisation;
      roles?: readonly MappingEntry[];
      scale?: number | undefined;
    } = {},
  ) => {
    const chosen = over.normalisation ?? normalisation;
    const roles = over.roles ?? mapping;
    const scaleMax = 'scale' in over ? over.scale : scale;
    const y = Number(year);
    setBusy(true);
    void run({
      ...(group.trim() ? { group: group.trim() } : {}),
      ...(Number.isInteger(y) && y > 1900 ? { year: y } : {}),
      ...(sheet ? { sheet } : {}),
      ...(chosen === 'scale' ? {} : { normalisation: chosen }),
      ...(unit.trim() ? { unit: unit.trim() } : {}),
      ...(roles.length > 0 ? { mapping: roles } : {}),
      ...(scaleMax === undefined ? {} : { scale: scaleMax }),
    });
  };

  /** A scale chosen in the select: 0–10 or 0–100 re-run the import; "other" waits for a number. */
  const chooseScale = (choice: ScaleChoice) => {
    setScaleChoice(choice);
    if (choice === 'other') {
      const max = report?.scale?.max;
      if (scaleOther === '' && max !== undefined && max !== 10 && max !== 100)
        setScaleOther(String(max));
      return;
    }
    setScale(Number(choice));
    apply({ scale: Number(choice) });
  };
  /** The "other" maximum typed: used when it is a scale (above 0, up to 1000). */
  const otherDone = () => {
    const max = Number(scaleOther.trim().replace(',', '.'));
    if (!Number.isFinite(max) || max <= 0 || max > 1000 || max === scale) return;
    setScale(max);
    apply({ scale: max });
  };

  /** One column's role changed: remembered for this header, and the import re-runs at once. */
  const changeRole = (column: string, role: MappingRole) => {
    const next = [...mapping.filter((m) => m.key !== column), { key: column, role }];
    setMapping(next);
    setRecalled(false);
    const headers = report?.columns?.map((c) => c.header) ?? [];
    if (headers.length > 0) rememberMapping(headers, next);
    apply({ roles: next });
  };

  const named = (): Dataset | null => {
    const dataset = outcome?.dataset;
    if (!dataset) return null;
    const title = name.trim() || dataset.title.vi;
    const src = sourceText.trim();
    const index = (indexName ?? '').trim().slice(0, 40);
    return {
      ...dataset,
      ...(index === '' ? {} : { indexName: index }),
      title: { vi: title, en: title },
      source: src ? { ...dataset.source, name: { vi: src, en: src } } : dataset.source,
      ...(eras.size > 0 ? { provinceEras: [...eras].map(([year, era]) => ({ year, era })) } : {}),
    };
  };
  const confirm = () => {
    const dataset = named();
    if (dataset) onConfirm(dataset, shownPart(dataset), outcome?.responses);
  };
  const incoming = mode === 'append' ? named() : null;

  return (
    <Dialog onClose={onCancel} title={t('import.title')} className="import-dialog">
      {busy || report === null ? (
        <p aria-busy="true" className="loading">
          {t('import.reading', { name: nameOf(source) })}
        </p>
      ) : (
        <>
          <ImportPreview
            report={report}
            fileName={nameOf(source)}
            t={t}
            lang={lang}
            groups={outcome?.dataset?.groups ?? []}
          />
          {responses ? null : (
            <ColumnRoles
              columns={report.columns ?? []}
              t={t}
              onChange={changeRole}
              recalled={recalled}
              disabled={busy}
            />
          )}
          {responses || report.scale === undefined ? null : (
            <IndexScale
              indexName={indexName ?? report.index ?? ''}
              scaleMax={report.scale.max}
              choice={scaleChoice}
              otherText={scaleOther}
              t={t}
              disabled={busy}
              onIndexName={setIndexName}
              onChoice={chooseScale}
              onOtherText={setScaleOther}
              onOtherDone={otherDone}
            />
          )}
          {illustrative ? (
            <p className="banner banner--warning">{t('import.illustrativeKept')}</p>
          ) : null}
          {outcome?.dataset ? (
            <EraControl
              dataset={outcome.dataset}
              corrections={eras}
              t={t}
              onChange={(y, era) =>
                setEras((m) => {
                  const next = new Map(m);
                  if (era === null) next.delete(y);
                  else next.set(y, era);
                  return next;
                })
              }
            />
          ) : null}
          {outcome?.dataset ? (
            <fieldset className="import-mode">
              <legend>{t('import.mode')}</legend>
              <label>
                <input
                  type="radio"
                  name="import-mode"
                  checked={mode === 'new'}
                  onChange={() => setMode('new')}
                />{' '}
                {t('import.modeNew')}
              </label>
              <label>
                <input
                  type="radio"
                  name="import-mode"
                  checked={mode === 'append'}
                  onChange={() => setMode('append')}
                />{' '}
                {t('import.modeAppend')}
              </label>
            </fieldset>
          ) : null}
          {incoming ? (
            <AppendStep
              incoming={incoming}
              targets={targets}
              t={t}
              lang={lang}
              onConfirm={(merged) => onConfirm(merged, shownPart(incoming))}
              onCancel={() => setMode('new')}
            />
          ) : null}
          <div className="import-form">
            {sheets.length > 1 ? (
              <div className="field">
                <label htmlFor={ids.sheet}>{t('import.sheet')}</label>
                <select
                  id={ids.sheet}
                  value={shownSheet}
                  onChange={(e) => setSheet(e.target.value)}
                >
                  {sheets.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {responses ? (
              <div className="field">
                <label htmlFor={ids.normalisation}>{t('import.normalisation')}</label>
                <select
                  id={ids.normalisation}
                  value={normalisation}
                  onChange={(e) => {
                    const chosen = NORMALISATION_OPTIONS.find((o) => o.value === e.target.value);
                    if (chosen === undefined) return;
                    setNormalisation(chosen.value);
                    apply({ normalisation: chosen.value });
                  }}
                >
                  {NORMALISATION_OPTIONS.map((o) => (
                    <option key={o.value} value={o.value}>
                      {t(o.label)}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {needsGroup ? (
              <div className="field">
                <label htmlFor={ids.group}>{t('import.groupNeeded')}</label>
                <input id={ids.group} value={group} onChange={(e) => setGroup(e.target.value)} />
              </div>
            ) : null}
            {needsYear ? (
              <div className="field">
                <label htmlFor={ids.year}>{t('import.yearNeeded')}</label>
                <input
                  id={ids.year}
                  inputMode="numeric"
                  value={year}
                  onChange={(e) => setYear(e.target.value)}
                />
              </div>
            ) : null}
            {needsUnit ? (
              <div className="field">
                <label htmlFor={ids.unit}>{t('import.unitNeeded')}</label>
                <input id={ids.unit} value={unit} onChange={(e) => setUnit(e.target.value)} />
              </div>
            ) : null}
            {needsGroup || needsYear || needsUnit || sheets.length > 1 ? (
              <button type="button" className="button button--secondary" onClick={() => apply()}>
                {t('import.apply')}
              </button>
            ) : null}
            {outcome?.dataset ? (
              <>
                <div className="field">
                  <label htmlFor={ids.name}>{t('import.name')}</label>
                  <input id={ids.name} value={name} onChange={(e) => setName(e.target.value)} />
                </div>
                <div className="field">
                  <label htmlFor={ids.source}>{t('import.source')}</label>
                  <input
                    id={ids.source}
                    value={sourceText}
                    placeholder={t('import.sourcePlaceholder')}
                    onChange={(e) => setSourceText(e.target.value)}
                  />
                </div>
              </>
            ) : null}
          </div>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('import.cancel')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!outcome?.dataset || busy}
          onClick={confirm}
        >
          {t('import.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
