import { makeIssue, type Issue, type IssueCode, type IssueInit } from '../domain/issues.ts';
import { DEFAULT_SCALE, type Dataset, type ScoreRange } from '../domain/types.ts';
import { MAX_NAME_LENGTH } from './names.ts';
import { RANGES, inRange, type Range } from './validate.ts';

/**
 * The importer's ranges and rules applied to a Dataset that did NOT come out of the importer: a
 * shared link's `#d=` fragment, a restored backup, a record read back from IndexedDB. The codec
 * (storage/datasetCodec.ts) only checks types; a hand-made dataset with a score of 1e12, a rank of
 * 0.5 or an observation of an unknown unit must be refused here, before any view sees it, with
 * the importer's own issue codes (so the message is the one a file would get) and a path saying
 * where. Pure; linear in the size of the dataset; stops after `MAX_ISSUES`.
 */

/** Sizes a dataset may reach (several imported files merged), far above any real DCCI or PCI. */
export const MAX_DATASET_UNITS = 20_000;
export const MAX_DATASET_OBSERVATIONS = 200_000;
export const MAX_DATASET_GROUPS = 1_000;
/** The importer's column limit (import/table.ts MAX_COLUMNS), not imported to keep this module small. */
export const MAX_DATASET_SUB_INDICES = 200;
/** Sub-index weights: fractions or percentages; only ratios matter (types.ts). */
export const WEIGHT_RANGE: Range = { min: 0, max: 1_000, integer: false };
/** Summary rows (medians, averages) a dataset may keep: a few per group and year. */
export const MAX_DATASET_SUMMARY_ROWS = 1_000;
/** Where a declared scale may lie: 0–10, 0–100 and the like, never 1e12. */
export const SCALE_BOUNDS: Range = { min: 0, max: 1_000, integer: false };
const MAX_ISSUES = 20;

/** One finding, located by a path into the dataset, e.g. `observations[3].total`. */
export interface DatasetIssue {
  readonly path: string;
  readonly issue: Issue;
}

class Findings {
  readonly list: DatasetIssue[] = [];
  get full(): boolean {
    return this.list.length >= MAX_ISSUES;
  }
  add(path: string, code: IssueCode, init: IssueInit = {}): void {
    if (!this.full)
      this.list.push({ path, issue: makeIssue(code, { severity: 'error', ...init }) });
  }
  /** OUT_OF_RANGE unless `value` is null or within `range`. */
  range(path: string, header: string, value: number | null, range: Range): void {
    if (value === null || inRange(value, range)) return;
    this.add(path, 'OUT_OF_RANGE', {
      header,
      value: String(value),
      params: { min: range.min, max: range.max, integer: range.integer },
    });
  }
  /** A scale within SCALE_BOUNDS whose minimum is below its maximum. */
  scale(path: string, r: ScoreRange): void {
    this.range(`${path}.min`, 'scale', r.min, SCALE_BOUNDS);
    this.range(`${path}.max`, 'scale', r.max, SCALE_BOUNDS);
    if (!(r.min < r.max))
      this.add(`${path}.max`, 'OUT_OF_RANGE', {
        header: 'scale',
        value: String(r.max),
        params: { min: r.min, max: SCALE_BOUNDS.max, integer: false },
      });
  }
  size(path: string, found: number, limit: number, code: IssueCode): boolean {
    if (found <= limit) return true;
    this.add(path, code, { params: { found, limit } });
    return false;
  }
  name(path: string, name: string, required: boolean): void {
    if (required && name.trim() === '') this.add(path, 'EMPTY_UNIT_NAME');
    else if (name.length > MAX_NAME_LENGTH)
      this.add(path, 'NAME_TOO_LONG', {
        value: `${name.slice(0, 40)}…`,
        params: { found: name.length, limit: MAX_NAME_LENGTH },
      });
  }
  /** INVALID_REFERENCE for an id already seen; records it otherwise. */
  unique(path: string, seen: Set<string>, id: string): void {
    if (seen.has(id)) this.add(path, 'INVALID_REFERENCE', { value: id });
    seen.add(id);
  }
}

/**
 * Every rule an imported file obeys, checked on a decoded dataset: sizes bounded, at least one
 * observation, ids unique, every reference resolved (unit → group, observation → unit, year and
 * sub-index), scores within the dataset's scale (DEFAULT_SCALE unless declared), ranks within
 * the field size where one is published, respondents, standard errors and years within the
 * importer's RANGES; summary rows and province-era corrections likewise. Returns [] when the dataset may be shown; otherwise up to 20 located errors.
 */
export function validateDataset(d: Dataset): DatasetIssue[] {
  const f = new Findings();
  const sizesOk = [
    f.size('units', d.units.length, MAX_DATASET_UNITS, 'TOO_MANY_ROWS'),
    f.size('observations', d.observations.length, MAX_DATASET_OBSERVATIONS, 'TOO_MANY_ROWS'),
    f.size('groups', d.groups.length, MAX_DATASET_GROUPS, 'TOO_MANY_ROWS'),
    f.size('subIndices', d.subIndices.length, MAX_DATASET_SUB_INDICES, 'TOO_MANY_COLUMNS'),
    f.size('summaryRows', d.summaryRows?.length ?? 0, MAX_DATASET_SUMMARY_ROWS, 'TOO_MANY_ROWS'),
    f.size('provinceEras', d.provinceEras?.length ?? 0, RANGES.year.max, 'TOO_MANY_ROWS'),
  ].every(Boolean);
  // Too large to judge item by item within a bounded time: the size issue says it all.
  if (!sizesOk) return f.list;
  if (d.observations.length === 0) f.add('observations', 'NO_DATA_ROWS');

  const scale = d.scale ?? DEFAULT_SCALE;
  if (d.scale !== undefined) {
    f.scale('scale.total', scale.total);
    f.scale('scale.subIndex', scale.subIndex);
  }
  const totalRange: Range = { ...scale.total, integer: false };
  const subRange: Range = { ...scale.subIndex, integer: false };
  const seRange: Range = { min: 0, max: scale.total.max - scale.total.min, integer: false };

  const years = new Set<number>();
  d.years.forEach((y, i) => {
    f.range(`years[${i}]`, 'year', y, RANGES.year);
    if (years.has(y)) f.add(`years[${i}]`, 'INVALID_REFERENCE', { value: String(y) });
    years.add(y);
  });

  const groups = new Set<string>();
  d.groups.forEach((g, i) => {
    f.unique(`groups[${i}].id`, groups, g.id);
    f.name(`groups[${i}].name.vi`, g.name.vi, false);
  });

  const subs = new Set<string>();
  d.subIndices.forEach((s, i) => {
    const p = `subIndices[${i}]`;
    f.unique(`${p}.id`, subs, s.id);
    f.name(`${p}.name.vi`, s.name.vi, false);
    if (s.weight !== undefined) f.range(`${p}.weight`, 'weight', s.weight, WEIGHT_RANGE);
    s.groups?.forEach((g, j) => {
      if (!groups.has(g)) f.add(`${p}.groups[${j}]`, 'UNKNOWN_GROUP', { value: g });
    });
    s.years?.forEach((y, j) => f.range(`${p}.years[${j}]`, 'year', y, RANGES.year));
  });

  const units = new Map<string, string>();
  d.units.forEach((u, i) => {
    const p = `units[${i}]`;
    if (units.has(u.id)) f.add(`${p}.id`, 'INVALID_REFERENCE', { value: u.id });
    units.set(u.id, u.name);
    f.name(`${p}.name`, u.name, true);
    if (!groups.has(u.groupId)) f.add(`${p}.groupId`, 'UNKNOWN_GROUP', { value: u.groupId });
  });

  const seen = new Set<string>();
  for (const [i, o] of d.observations.entries()) {
    if (f.full) break;
    const name = units.get(o.unitId);
    // "observations[3] (Ba Bể, 2020)": the unit and year say more than an index.
    const p = `observations[${i}]${name === undefined ? '' : ` (${name}, ${o.year})`}`;
    if (name === undefined) f.add(`${p}.unitId`, 'INVALID_REFERENCE', { value: o.unitId });
    if (!years.has(o.year)) f.add(`${p}.year`, 'INVALID_REFERENCE', { value: String(o.year) });
    const key = `${o.unitId}\u0000${o.year}`;
    if (seen.has(key))
      f.add(p, 'DUPLICATE_UNIT_YEAR', { value: name ?? o.unitId, params: { year: o.year } });
    seen.add(key);
    f.range(`${p}.total`, 'total', o.total, totalRange);
    // A published "60/63": the rank lies within its field.
    const rankRange =
      o.fieldSize === undefined ? RANGES.rank : { ...RANGES.rank, max: o.fieldSize };
    f.range(`${p}.publishedRank`, 'publishedRank', o.publishedRank, rankRange);
    if (o.fieldSize !== undefined) f.range(`${p}.fieldSize`, 'fieldSize', o.fieldSize, RANGES.rank);
    f.range(`${p}.respondents`, 'respondents', o.respondents, RANGES.respondents);
    f.range(`${p}.standardError`, 'standardError', o.standardError, seRange);
    for (const [id, value] of o.subIndices) {
      if (!subs.has(id)) f.add(`${p}.subIndices`, 'INVALID_REFERENCE', { value: id });
      f.range(`${p}.subIndices.${id}`, id, value, subRange);
    }
  }
  d.methodChanges?.forEach((m, i) =>
    f.range(`methodChanges[${i}].year`, 'year', m.year, RANGES.year),
  );
  checkExtras(f, d, { years, groups, totalRange });
  return f.list;
}

/** Summary rows (name, known year and group, total within the scale) and era corrections. */
function checkExtras(
  f: Findings,
  d: Dataset,
  known: { years: Set<number>; groups: Set<string>; totalRange: Range },
): void {
  d.summaryRows?.forEach((r, i) => {
    const p = `summaryRows[${i}]`;
    f.name(`${p}.name`, r.name, true);
    if (!known.years.has(r.year))
      f.add(`${p}.year`, 'INVALID_REFERENCE', { value: String(r.year) });
    if (r.groupId !== null && !known.groups.has(r.groupId))
      f.add(`${p}.groupId`, 'UNKNOWN_GROUP', { value: r.groupId });
    f.range(`${p}.total`, 'total', r.total, known.totalRange);
  });
  const eraYears = new Set<number>();
  d.provinceEras?.forEach((e, i) => {
    f.range(`provinceEras[${i}].year`, 'year', e.year, RANGES.year);
    if (eraYears.has(e.year))
      f.add(`provinceEras[${i}].year`, 'INVALID_REFERENCE', { value: String(e.year) });
    eraYears.add(e.year);
  });
}
