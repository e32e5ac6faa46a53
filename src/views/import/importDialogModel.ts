import type { ProvinceEra } from '../../domain/era.ts';
import type { Normalisation } from '../../domain/responses.ts';
import type { Dataset } from '../../domain/types.ts';
import type { ImportReport } from '../../import/browser.ts';
import type { MappingEntry } from '../../state/mappingMemory.ts';

export type ImportSource =
  | { readonly kind: 'file'; readonly file: File }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'url'; readonly url: string };

export const nameOf = (source: ImportSource) =>
  source.kind === 'file'
    ? source.file.name
    : source.kind === 'url'
      ? decodeURIComponent(source.url.split('/').pop() ?? source.url)
      : 'paste.tsv';

export function newDatasetId(fileName: string): string {
  const base = fileName
    .replace(/\.[a-z0-9]+$/i, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // Đ is a letter of its own, not D with a mark: NFD leaves it whole.
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${base || 'du-lieu'}-${Date.now().toString(36)}`;
}

export const NORMALISATION_OPTIONS = [
  { value: 'scale', label: 'import.normalisation.scale' },
  { value: 'minmax', label: 'import.normalisation.minmax' },
  { value: 'minmax-pooled', label: 'import.normalisation.minmaxPooled' },
] as const satisfies readonly { value: Normalisation; label: string }[];

/** What to show after saving: the file's latest year and its units (their group is opened). */
export function shownPart(fromFile: Dataset): { year: number | null; unitIds: readonly string[] } {
  const year = fromFile.years[fromFile.years.length - 1] ?? null;
  return {
    year,
    unitIds: fromFile.observations.filter((o) => o.year === year).map((o) => o.unitId),
  };
}

/** What a re-run of the import is told beyond the file itself. */
export interface RunOptions {
  readonly group?: string;
  readonly year?: number;
  readonly sheet?: string;
  readonly normalisation?: Normalisation;
  readonly unit?: string;
  readonly mapping?: readonly MappingEntry[];
  readonly scale?: number;
}

/** What the report asks of the user: a group, year or unit to type, a sheet to choose. */
export function reportNeeds(report: ImportReport | null, sheet: string) {
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
  return {
    needsGroup,
    needsYear,
    needsUnit: report?.issues.some((i) => i.code === 'UNIT_MISSING') ?? false,
    sheets,
    // Until the user picks one, the select shows the sheet the importer actually read.
    shownSheet: sheet || (sheetIssue?.value ?? ''),
    // A survey-response file (one row per respondent) can be re-aggregated another way.
    responses: report?.issues.some((i) => i.code === 'RESPONSES_AGGREGATED') ?? false,
  };
}

/** The user's answers as typed, before they are checked. */
export interface TypedAnswers {
  readonly group: string;
  readonly year: string;
  readonly sheet: string;
  readonly normalisation: Normalisation;
  readonly unit: string;
  readonly mapping: readonly MappingEntry[];
  readonly scale: number | undefined;
}

/** The options of a re-run: only the answers given (a year after 1900, trimmed text). */
export function runOptions(answers: TypedAnswers): RunOptions {
  const { group, sheet, normalisation, unit, mapping, scale } = answers;
  const y = Number(answers.year);
  return {
    ...(group.trim() ? { group: group.trim() } : {}),
    ...(Number.isInteger(y) && y > 1900 ? { year: y } : {}),
    ...(sheet ? { sheet } : {}),
    ...(normalisation === 'scale' ? {} : { normalisation }),
    ...(unit.trim() ? { unit: unit.trim() } : {}),
    ...(mapping.length > 0 ? { mapping } : {}),
    ...(scale === undefined ? {} : { scale }),
  };
}

/** The dataset as the user named it: title, source, index name and province eras. */
export function namedDataset(
  dataset: Dataset,
  naming: {
    readonly name: string;
    readonly sourceText: string;
    readonly indexName: string | null;
    readonly eras: ReadonlyMap<number, ProvinceEra>;
  },
): Dataset {
  const title = naming.name.trim() || dataset.title.vi;
  const src = naming.sourceText.trim();
  const index = (naming.indexName ?? '').trim().slice(0, 40);
  const { eras } = naming;
  return {
    ...dataset,
    ...(index === '' ? {} : { indexName: index }),
    title: { vi: title, en: title },
    source: src ? { ...dataset.source, name: { vi: src, en: src } } : dataset.source,
    ...(eras.size > 0 ? { provinceEras: [...eras].map(([year, era]) => ({ year, era })) } : {}),
  };
}
