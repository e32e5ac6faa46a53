import { useEffect, useState } from 'react';
import type { ProvinceEra } from '../../domain/era.ts';
import type { Normalisation } from '../../domain/responses.ts';
import {
  importPastedText,
  importUserFile,
  importUserUrl,
  type ImportOutcome,
} from '../../import/browser.ts';
import { recallMapping, rememberMapping } from '../../state/mappingMemory.ts';
import type { MappingEntry, MappingRole } from '../../state/mappingMemory.ts';
import {
  namedDataset,
  nameOf,
  newDatasetId,
  reportNeeds,
  runOptions,
  type ImportSource,
  type RunOptions,
} from './importDialogModel.ts';
import type { ScaleChoice } from './IndexScale.tsx';

/** The user's answers and corrections, as typed; the import re-runs with them when applied. */
function useAnswers(source: ImportSource) {
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
  return {
    name,
    setName,
    sourceText,
    setSourceText,
    group,
    setGroup,
    year,
    setYear,
    sheet,
    setSheet,
    normalisation,
    setNormalisation,
    unit,
    setUnit,
    mapping,
    setMapping,
    recalled,
    setRecalled,
    indexName,
    setIndexName,
    scaleChoice,
    setScaleChoice,
    scaleOther,
    setScaleOther,
    scale,
    setScale,
    eras,
    setEras,
  };
}
type Answers = ReturnType<typeof useAnswers>;

/**
 * Runs the import in the worker: once when mounted (again with a remembered column mapping for
 * the same header, which is then shown), and on every `run` with the user's answers.
 */
function useImportRun(source: ImportSource, answers: Answers) {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState(true);
  // One id per dialog, so re-running the import with answers keeps the same dataset id.
  const [datasetId] = useState(() => newDatasetId(nameOf(source)));
  const run = async (options: RunOptions) => {
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
        answers.setMapping(remembered);
        answers.setRecalled(true);
      }
      if (r.dataset) answers.setName(r.dataset.title.vi);
    });
    // Runs once per mounted dialog: the caller remounts it for another source.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  /** Re-runs the import with the answers given (the dialog shows "reading" meanwhile). */
  const rerun = (options: RunOptions) => {
    setBusy(true);
    void run(options);
  };
  return { outcome, busy, rerun };
}

export type ImportDialogState = ReturnType<typeof useImportDialog>;

/** The import dialog's state: the outcome, the user's answers and what changing them does. */
export function useImportDialog(source: ImportSource) {
  const [mode, setMode] = useState<'new' | 'append'>('new');
  const answers = useAnswers(source);
  const { outcome, busy, rerun } = useImportRun(source, answers);
  const report = outcome?.report ?? null;
  const a = answers;

  const apply = (
    over: {
      normalisation?: Normalisation;
      roles?: readonly MappingEntry[];
      scale?: number | undefined;
    } = {},
  ) =>
    rerun(
      runOptions({
        ...a,
        normalisation: over.normalisation ?? a.normalisation,
        mapping: over.roles ?? a.mapping,
        scale: 'scale' in over ? over.scale : a.scale,
      }),
    );
  /** A scale chosen in the select: 0–10 or 0–100 re-run the import; "other" waits for a number. */
  const chooseScale = (choice: ScaleChoice) => {
    a.setScaleChoice(choice);
    if (choice === 'other') {
      const max = report?.scale?.max;
      if (a.scaleOther === '' && max !== undefined && max !== 10 && max !== 100)
        a.setScaleOther(String(max));
      return;
    }
    a.setScale(Number(choice));
    apply({ scale: Number(choice) });
  };
  /** The "other" maximum typed: used when it is a scale (above 0, up to 1000). */
  const otherDone = () => {
    const max = Number(a.scaleOther.trim().replace(',', '.'));
    if (!Number.isFinite(max) || max <= 0 || max > 1000 || max === a.scale) return;
    a.setScale(max);
    apply({ scale: max });
  };
  /** One column's role changed: remembered for this header, and the import re-runs at once. */
  const changeRole = (column: string, role: MappingRole) => {
    const next = [...a.mapping.filter((m) => m.key !== column), { key: column, role }];
    a.setMapping(next);
    a.setRecalled(false);
    const headers = report?.columns?.map((c) => c.header) ?? [];
    if (headers.length > 0) rememberMapping(headers, next);
    apply({ roles: next });
  };
  const named = () => (outcome?.dataset ? namedDataset(outcome.dataset, a) : null);
  const needs = reportNeeds(report, a.sheet);
  return {
    outcome,
    busy,
    report,
    mode,
    setMode,
    answers,
    needs,
    named,
    apply,
    chooseScale,
    otherDone,
    changeRole,
  };
}
