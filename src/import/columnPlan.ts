/**
 * Stage "column roles": what each column is used for. The user's mapping wins; then the sidecar's
 * sub-index columns, the header aliases (columns.ts), and last the cells (numbers in 0–10 are a
 * sub-index, tier words a tier, "Hạng 5" a rank). Detection proposes; the preview shows every
 * role and lets the user change it (mapping.ts).
 */
import { foldKey } from '../domain/names.ts';
import { columnLetter, makeIssue } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import type { DatasetMeta } from '../domain/meta.ts';
import { classifyHeader } from './columns.ts';
import { columnRoleOf, mappedRole } from './mapping.ts';
import type { ColumnMapping } from './mapping.ts';
import type { ColumnRole } from './model.ts';
import { stripFormulaPrefix } from './names.ts';
import { readPlainNumber, readToken, tokenizeCell } from './numbers.ts';
import type { CsvRecord } from './parseCsv.ts';
import { looksLikeRanks } from './ranks.ts';
import { isTierColumn } from '../domain/tiers.ts';
import { RANGES, inRange } from './validate.ts';

export interface Draft {
  role: ColumnRole | 'unknown' | 'empty';
  year?: number;
  subIndexId?: string;
  /** Set by the user's mapping: never overridden by detection. */
  mapped?: boolean;
}

export interface PlanInput {
  readonly headerCells: readonly string[];
  readonly data: readonly CsvRecord[];
  readonly meta: DatasetMeta | undefined;
  readonly mapping: ColumnMapping | undefined;
  /** Where the header is, for issues. */
  readonly at: { readonly line: number; readonly excelRow: number };
}

const NUMBER_LIKE = /^[+\-\u2212]*(?:[0-9][0-9.,eExXa-fA-F+-]*|nan|inf|infinity)$/i;
const MULTI: ReadonlySet<Draft['role']> = new Set([
  'subIndex',
  'yearValue',
  'yearRank',
  'unknown',
  'empty',
  'rowNumber',
  'ignored',
]);

function columnIgnored(line: number, index: number, header: string): Issue {
  return makeIssue('COLUMN_IGNORED', { line, column: columnLetter(index), header, value: header });
}

/** The sidecar's sub-index columns and names (vi, en, short), folded → sub-index id. */
function metaColumnIds(meta: DatasetMeta | undefined): Map<string, string> {
  const ids = new Map<string, string>();
  for (const sub of meta?.subIndices ?? []) {
    for (const column of sub.columns) ids.set(foldKey(column), sub.id);
  }
  // Names also match, so the app's own exports in either language re-import; columns win.
  for (const sub of meta?.subIndices ?? []) {
    for (const name of [sub.name.vi, sub.name.en, sub.shortName?.vi, sub.shortName?.en]) {
      const key = name === undefined ? '' : foldKey(name);
      if (key !== '' && !ids.has(key)) ids.set(key, sub.id);
    }
  }
  return ids;
}

/** Roles from the mapping, the sidecar and the header text alone. */
function headerDrafts(input: PlanInput, issues: Issue[]): Draft[] {
  const metaIds = metaColumnIds(input.meta);
  const used = new Set<string>();
  const drafts = input.headerCells.map((cell, index): Draft => {
    const header = classifyHeader(cell);
    const headerYear =
      header.kind === 'yearValue' || header.kind === 'yearRank' ? header.year : undefined;
    const mapped = mappedRole(input.mapping, index, cell, used);
    if (mapped !== undefined) {
      const role = columnRoleOf(mapped);
      // A year's column keeps its year: "Điểm 2019" mapped as score is the 2019 score.
      if (headerYear !== undefined && (role === 'total' || role === 'rank'))
        return {
          role: role === 'total' ? 'yearValue' : 'yearRank',
          year: headerYear,
          mapped: true,
        };
      return { role, mapped: true };
    }
    const subIndexId = metaIds.get(foldKey(cell));
    if (subIndexId !== undefined && foldKey(cell) !== '') return { role: 'subIndex', subIndexId };
    return headerYear === undefined
      ? { role: header.kind }
      : { role: header.kind, year: headerYear };
  });
  for (const entry of input.mapping ?? []) {
    if (!used.has(entry.key)) {
      issues.push(makeIssue('MAPPING_UNKNOWN_COLUMN', { ...input.at, value: entry.key }));
    }
  }
  return drafts;
}

/** DUPLICATE_HEADER for a header written twice (same name without case/diacritics). */
function duplicateHeaders(input: PlanInput): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  input.headerCells.forEach((cell, index) => {
    const key = foldKey(cell);
    if (key === '') return;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    const related = [{ line: input.at.line, column: columnLetter(first) }];
    const column = columnLetter(index);
    issues.push(
      makeIssue('DUPLICATE_HEADER', { ...input.at, column, header: cell, value: cell, related }),
    );
  });
  return issues;
}

/** Two name columns (e.g. "province" and "province_vi"): keep the one with Vietnamese letters. */
function oneUnitColumn(drafts: Draft[], input: PlanInput, issues: Issue[]): void {
  const candidates = drafts.flatMap((d, index) => (d.role === 'unit' ? [index] : []));
  if (candidates.length < 2) return;
  const accented = (col: number): number =>
    input.data.filter((r) => /[^\p{ASCII}]/u.test(r.cells[col] ?? '')).length;
  const mapped = candidates.find((i) => drafts[i]?.mapped === true);
  const best = mapped ?? candidates.reduce((a, b) => (accented(b) > accented(a) ? b : a));
  for (const index of candidates) {
    const d = drafts[index];
    if (index !== best && d !== undefined) {
      issues.push(columnIgnored(input.at.line, index, input.headerCells[index] ?? ''));
      d.role = 'ignored';
    }
  }
}

/**
 * One column per single-valued role (the user's choice first): later ones are ignored with a
 * notice. Year columns of a wide file are ignored when the file also has a plain total.
 */
function oneColumnPerRole(drafts: Draft[], input: PlanInput, issues: Issue[]): void {
  const taken = new Set<Draft['role']>();
  for (const d of drafts) if (d.mapped === true && !MULTI.has(d.role)) taken.add(d.role);
  const hasTotal = drafts.some((d) => d.role === 'total');
  drafts.forEach((d, index) => {
    const single = !MULTI.has(d.role);
    const yearColumn = d.role === 'yearValue' || d.role === 'yearRank';
    if (d.mapped === true && single) return;
    if ((single && taken.has(d.role)) || (yearColumn && hasTotal)) {
      issues.push(columnIgnored(input.at.line, index, input.headerCells[index] ?? ''));
      d.role = 'ignored';
      return;
    }
    taken.add(d.role);
  });
}

// Numbers derived from others that a chart's table shows beside the scores: changes ("Thay đổi
// điểm"), differences, a sub-index's rank ("Chỉ số 1 · Hạng"), the count ranked ("Số đơn vị được
// xếp hạng"). Small numbers, but never sub-index scores: such a column is ignored.
const DERIVED_HEADER = /^(?:thay doi|chenh lech|change|difference|so don vi|units ranked)(?:\s|$)/u;
const SUB_RANK_HEADER = /·\s*(?:hạng|rank)\s*$/iu;

/** True for a header of derived numbers (DERIVED_HEADER, SUB_RANK_HEADER). */
export function isDerivedHeader(header: string): boolean {
  return DERIVED_HEADER.test(foldKey(header)) || SUB_RANK_HEADER.test(header.normalize('NFC'));
}

/** What a column's cells are, counted to tell a sub-index from other columns (roleFromCells). */
export interface CellCounts {
  /** Number tokens. */
  readonly numbers: number;
  /** Junk that was meant as a number (NaN, 1e3, 7..5): counts with the numbers, not as text. */
  readonly numberLike: number;
  /** Other junk (text). */
  readonly junk: number;
  /**
   * Numbers read (with `.` as the decimal mark) outside 0–10: mostly such ("Điểm năm trước",
   * "Hạng 2018") is another kind of number, not a sub-index; a sub-index with a few bad cells
   * still gets them reported one by one.
   */
  readonly outside: number;
}

/**
 * The counts in one pass, without a token per cell: a plain number (nearly every cell of a
 * numeric column) is read by readPlainNumber. Held to the token-by-token count it replaced by
 * tests/unit/import/fastPaths.test.ts.
 */
export function cellCounts(cells: readonly string[]): CellCounts {
  let numbers = 0;
  let numberLike = 0;
  let junk = 0;
  let outside = 0;
  for (const cell of cells) {
    // A plain cell is a number token (its reading is junk only when it overflows).
    let reading = readPlainNumber(cell, '.');
    if (reading === null) {
      const token = tokenizeCell(cell);
      if (token.kind === 'junk' && NUMBER_LIKE.test(cell.trim())) numberLike++;
      else if (token.kind === 'junk') junk++;
      if (token.kind !== 'number') continue;
      reading = readToken(token, '.');
    }
    numbers++;
    if (reading.kind !== 'junk' && reading.kind !== 'missing') {
      if (!inRange(reading.value, RANGES.subIndex)) outside++;
    }
  }
  return { numbers, numberLike, junk, outside };
}

/** The role of a column whose header said nothing, from its cells; null = ignore it. */
function roleFromCells(
  cells: readonly string[],
  d: Draft,
  input: PlanInput,
  taken: { tier: boolean; rank: boolean; wide: boolean },
): Draft['role'] | null {
  if (!taken.tier && isTierColumn(cells)) return 'tier';
  if (!taken.rank && looksLikeRanks(cells)) return 'rank';
  const { numbers, numberLike, junk, outside } = cellCounts(cells);
  if (d.role === 'empty' && numbers === 0 && junk === 0) return 'ignored'; // Excel padding: silent.
  const subIndex =
    input.meta === undefined &&
    d.role === 'unknown' &&
    numbers > 0 &&
    numbers + numberLike >= junk &&
    outside * 2 <= numbers &&
    !taken.wide;
  return subIndex ? 'subIndex' : null;
}

/** The roles of the first `headerCells.length` columns, with the issues their choice raised. */
export function planColumns(input: PlanInput): { drafts: Draft[]; wide: boolean; issues: Issue[] } {
  const issues: Issue[] = [];
  const drafts = headerDrafts(input, issues);
  issues.push(...duplicateHeaders(input));
  const cellsOf = (col: number): string[] =>
    input.data.map((r) => stripFormulaPrefix(r.cells[col] ?? ''));
  // "Nhóm" over tier words (Tốt, Khá…) is a tier column, not a group column.
  const tierTaken = drafts.some((d) => d.role === 'tier');
  drafts.forEach((d, index) => {
    if (d.role === 'group' && d.mapped !== true && !tierTaken && isTierColumn(cellsOf(index)))
      d.role = 'tier';
  });
  oneUnitColumn(drafts, input, issues);
  oneColumnPerRole(drafts, input, issues);
  const hasTotal = drafts.some((d) => d.role === 'total');
  const wide = !hasTotal && drafts.some((d) => d.role === 'yearValue');
  const taken = {
    tier: drafts.some((d) => d.role === 'tier'),
    rank: drafts.some((d) => d.role === 'rank' || d.role === 'yearRank'),
    wide,
  };
  drafts.forEach((d, index) => {
    if (d.role !== 'unknown' && d.role !== 'empty') return;
    const header = input.headerCells[index] ?? '';
    const role = isDerivedHeader(header) ? null : roleFromCells(cellsOf(index), d, input, taken);
    if (role === 'tier') taken.tier = true;
    if (role === 'rank') taken.rank = true;
    if (role === null)
      issues.push(columnIgnored(input.at.line, index, input.headerCells[index] ?? ''));
    d.role = role ?? 'ignored';
  });
  return { drafts, wide, issues };
}
