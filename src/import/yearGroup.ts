/**
 * Stages "year" and "group resolution": each row's year (its column, else the user's, else the
 * title's) and group (its column matched to the sidecar's groups, else block headings inside the
 * table, else the user's, else the sidecar's only group). Merged cells in Excel (one "2019" or
 * "Sở, ban, ngành" spanning a block of rows) reach the file as a value on the block's first row
 * and empty cells below: they are filled down, with one notice naming every line.
 */
import { makeIssue } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import type { DatasetMeta } from '../domain/meta.ts';
import type { Group, GroupId } from '../domain/types.ts';
import { groupResolver } from './groups.ts';
import { yearFromTitles } from './header.ts';
import type { ColumnPlan, ParsedRow } from './model.ts';
import type { CsvRecord } from './parseCsv.ts';
import { withoutBlockWord } from './sections.ts';

/** The year every row gets when the file has no year column: the user's, else the title's. */
export function fixedYearOf(
  hasYearColumn: boolean,
  optionYear: number | undefined,
  titles: readonly CsvRecord[],
): { readonly year: number | null; readonly issues: Issue[] } {
  if (optionYear !== undefined || hasYearColumn) return { year: optionYear ?? null, issues: [] };
  const fromTitle = yearFromTitles(titles);
  if (fromTitle === null) return { year: null, issues: [makeIssue('YEAR_MISSING')] };
  const { record, year } = fromTitle;
  const at = { line: record.line, excelRow: record.excelRow };
  return {
    year,
    issues: [makeIssue('YEAR_FROM_TITLE', { ...at, value: String(year), params: { year } })],
  };
}

/** MERGED_CELLS_FILLED for the lines of `column` that took the value above. */
export function mergedCellsIssue(
  lines: readonly number[],
  column: ColumnPlan | undefined,
): Issue[] {
  if (lines.length === 0 || column === undefined) return [];
  const related = lines.slice(1).map((line) => ({ line, column: column.letter }));
  return [
    makeIssue('MERGED_CELLS_FILLED', {
      line: lines[0] ?? null,
      column: column.letter,
      header: column.header,
      related,
      params: { count: lines.length },
    }),
  ];
}

/** Each row's year; blank cells below a filled one are filled down (not in wide files). */
export function resolveYears(
  rows: readonly ParsedRow[],
  columns: readonly ColumnPlan[],
  wide: boolean,
  fixedYear: number | null,
): { readonly years: (number | null)[]; readonly issues: Issue[] } {
  const hasYearColumn = wide || columns.some((c) => c.role === 'year');
  const yearColumn = columns.find((c) => c.role === 'year');
  const issues: Issue[] = [];
  const filled: number[] = [];
  let last: number | null = null;
  const years = rows.map((row): number | null => {
    if (!hasYearColumn) return fixedYear;
    if (row.year !== null) {
      last = row.year;
      return row.year;
    }
    if (fixedYear !== null) return fixedYear;
    if (last !== null && !wide && row.yearBlank) {
      filled.push(row.line);
      return last;
    }
    issues.push(
      makeIssue('YEAR_MISSING', {
        severity: 'error',
        line: row.line,
        excelRow: row.excelRow,
        column: yearColumn?.letter ?? null,
        header: yearColumn?.header ?? null,
        value: '',
      }),
    );
    return null;
  });
  return { years, issues: [...issues, ...mergedCellsIssue(filled, yearColumn)] };
}

export interface GroupInput {
  readonly rows: readonly ParsedRow[];
  readonly columns: readonly ColumnPlan[];
  readonly sections: readonly { readonly name: string; readonly line: number }[];
  readonly meta: DatasetMeta | undefined;
  readonly optionGroup: string | undefined;
}

export interface GroupResult {
  readonly groups: (Group | null)[];
  /** Groups in order of first appearance (the fixed group last). */
  readonly discovered: Group[];
  readonly issues: Issue[];
}

/**
 * The group of every row of a file without a group column: the user's (UNKNOWN_GROUP when the
 * sidecar has no such group), else the sidecar's only group, else null with GROUP_MISSING (the
 * preview asks). Shared by the ranking and the response paths.
 */
export function optionOrOnlyGroup(
  meta: DatasetMeta | undefined,
  optionGroup: string | undefined,
  missingIsNeeded = true,
): { readonly group: Group | null; readonly issues: Issue[] } {
  if (optionGroup !== undefined && optionGroup.trim() !== '') {
    const group = groupResolver(meta)(optionGroup);
    const issues = group === null ? [makeIssue('UNKNOWN_GROUP', { value: optionGroup })] : [];
    return { group, issues };
  }
  const only = meta?.groups.length === 1 ? meta.groups[0] : undefined;
  if (only !== undefined) return { group: { id: only.id as GroupId, name: only.name }, issues: [] };
  return { group: null, issues: missingIsNeeded ? [makeIssue('GROUP_MISSING')] : [] };
}

/** The group of every row when neither a column nor block headings give it, with its issues. */
function fixedGroupOf(input: GroupInput, sectionsGiveGroup: boolean): GroupResult {
  const needed = !sectionsGiveGroup || input.rows.some((r) => r.section === null);
  const { group, issues } = optionOrOnlyGroup(input.meta, input.optionGroup, needed);
  return { groups: [group], discovered: group === null ? [] : [group], issues };
}

/** Each row's group (see the file comment). */
export function resolveGroups(input: GroupInput): GroupResult {
  const groupColumn = input.columns.find((c) => c.role === 'group');
  const optionGroup = input.optionGroup !== undefined && input.optionGroup.trim() !== '';
  // Block headings ("I. KHỐI SỞ, BAN, NGÀNH") give the group only without a column or option.
  const sectionsGiveGroup =
    groupColumn === undefined && !optionGroup && input.rows.some((r) => r.section !== null);
  const issues: Issue[] = sectionsGiveGroup
    ? []
    : input.sections.map((s) => makeIssue('SECTION_ROW_IGNORED', { line: s.line, value: s.name }));
  const fixed = groupColumn === undefined ? fixedGroupOf(input, sectionsGiveGroup) : null;
  issues.push(...(fixed?.issues ?? []));
  const fixedGroup = fixed?.groups[0] ?? null;
  const discovered = new Map<string, Group>();
  const fromSection = sectionGroups(input.meta, issues, discovered);
  const fromColumn = columnGroups(input.meta, groupColumn, issues, discovered);
  const groups = input.rows.map((row): Group | null => {
    if (sectionsGiveGroup && row.section !== null && row.sectionLine !== null)
      return fromSection(row.section, row.sectionLine);
    return groupColumn === undefined ? fixedGroup : fromColumn(row);
  });
  if (fixedGroup !== null) discovered.set(fixedGroup.id, fixedGroup);
  issues.push(...mergedCellsIssue(fromColumn.filled, groupColumn));
  return { groups, discovered: [...discovered.values()], issues };
}

/** The group of a block heading, resolved once per heading (GROUP_FROM_SECTION). */
function sectionGroups(
  meta: DatasetMeta | undefined,
  issues: Issue[],
  discovered: Map<string, Group>,
): (section: string, line: number) => Group | null {
  const resolver = groupResolver(meta);
  const byLine = new Map<number, Group | null>();
  return (section, line) => {
    if (byLine.has(line)) return byLine.get(line) ?? null;
    const group = resolver(section) ?? resolver(withoutBlockWord(section));
    byLine.set(line, group);
    issues.push(
      group === null
        ? makeIssue('UNKNOWN_GROUP', { line, value: section })
        : makeIssue('GROUP_FROM_SECTION', {
            line,
            value: section,
            params: { canonical: group.name.vi },
          }),
    );
    if (group !== null && !discovered.has(group.id)) discovered.set(group.id, group);
    return group;
  };
}

/** The group of a row's group cell; a blank cell below a filled one takes the group above. */
function columnGroups(
  meta: DatasetMeta | undefined,
  column: ColumnPlan | undefined,
  issues: Issue[],
  discovered: Map<string, Group>,
): ((row: ParsedRow) => Group | null) & { filled: number[] } {
  const resolver = groupResolver(meta);
  const filled: number[] = [];
  let last: Group | null = null;
  const resolve = (row: ParsedRow): Group | null => {
    const at = {
      line: row.line,
      excelRow: row.excelRow,
      column: column?.letter ?? null,
      header: column?.header ?? null,
      value: row.groupText ?? '',
    };
    if (row.groupText === null || row.groupText === '') {
      if (last !== null) {
        filled.push(row.line);
        return last;
      }
      issues.push(makeIssue('GROUP_MISSING', { ...at, severity: 'error' }));
      return null;
    }
    const group = resolver(row.groupText);
    last = group;
    if (group === null) {
      issues.push(makeIssue('UNKNOWN_GROUP', at));
      return null;
    }
    if (!discovered.has(group.id)) discovered.set(group.id, group);
    return group;
  };
  return Object.assign(resolve, { filled });
}
