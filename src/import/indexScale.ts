/**
 * Stage "index and scale": the index a table reports (DCCI, DDCI, PCI, PAPI, …) and the scale of
 * its totals (0–10, 0–100, other), each the user's choice (preview, validator `--index`,
 * `--scale`) when given, else read from the title rows, else from the score header.
 */
import { canonicalName } from '../domain/names.ts';
import { DEFAULT_SCALE } from '../domain/types.ts';
import type { DatasetScale } from '../domain/types.ts';
import { classifyHeader } from './columns.ts';
import type { CsvRecord } from './parseCsv.ts';
import { scaleFromText } from './titles.ts';
import type { Range } from './validate.ts';

/** The longest index name kept (a typed name is cut there): "PAR Index", "SIPAS", "DDCI Hà Nội". */
export const MAX_INDEX_NAME = 40;

/** A declared maximum a scale may have (datasetRules SCALE_BOUNDS without 0). */
export function isScaleMax(value: number): boolean {
  return Number.isFinite(value) && value > 0 && value <= 1000;
}

/** The index name the user typed, canonical and cut to MAX_INDEX_NAME; null when blank. */
export function typedIndexName(raw: string | undefined): string | null {
  const name = canonicalName(raw ?? '')
    .slice(0, MAX_INDEX_NAME)
    .trim();
  return name === '' ? null : name;
}

export interface DeclaredScale {
  /** The range of totals to check cells against. */
  readonly range: Range;
  /** True when the user, a title or a header declared it; false for the default 0–100. */
  readonly declared: boolean;
}

/** The scale of totals: the option, else a title row's, else a score header's, else 0–100. */
export function declaredScale(
  option: number | undefined,
  titles: readonly CsvRecord[],
  headerCells: readonly string[],
): DeclaredScale {
  const fromTitle = titles
    .map((t) => scaleFromText(t.cells.filter((c) => c.trim() !== '').join(' ')))
    .find((v) => v !== null);
  const fromHeader = headerCells
    .filter((c) => {
      const kind = classifyHeader(c).kind;
      return kind === 'total' || kind === 'yearValue';
    })
    .map(scaleFromText)
    .find((v) => v !== null);
  const max =
    option !== undefined && isScaleMax(option) ? option : (fromTitle ?? fromHeader ?? null);
  return max === null
    ? { range: { ...DEFAULT_SCALE.total, integer: false }, declared: false }
    : { range: { min: 0, max, integer: false }, declared: true };
}

/** The dataset's scale for a declared total range (sub-indices stay on DEFAULT_SCALE's 0–10). */
export function datasetScale(scale: DeclaredScale): DatasetScale | undefined {
  const { min, max } = scale.range;
  if (min === DEFAULT_SCALE.total.min && max === DEFAULT_SCALE.total.max) return undefined;
  return { total: { min, max }, subIndex: DEFAULT_SCALE.subIndex };
}
