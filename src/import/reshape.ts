import { makeIssue } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import type { ParsedRow } from './model.ts';
import type { ColumnPlan } from './table.ts';

/**
 * Wide format (one total-score column per year: "Đơn vị, 2018, 2019, 2020") to long rows, one
 * per unit and year, in year order within each unit. A year cell that is missing still gives a
 * row (with a null total) so the gap is visible. Returns the rows and a WIDE_FORMAT_RESHAPED
 * notice naming the years.
 */
export function reshapeWide(
  rows: readonly ParsedRow[],
  columns: readonly ColumnPlan[],
): { readonly rows: ParsedRow[]; readonly issues: Issue[] } {
  const yearColumns = columns
    .filter(
      (c): c is ColumnPlan & { year: number } => c.role === 'yearValue' && c.year !== undefined,
    )
    .sort((a, b) => a.year - b.year);
  const out: ParsedRow[] = [];
  for (const row of rows) {
    for (const c of yearColumns) {
      out.push({
        ...row,
        year: c.year,
        total: row.yearValues?.get(c.index) ?? null,
        totalCol: c.index,
        rank: null,
        subIndices: new Map(),
      });
    }
  }
  const years = yearColumns.map((c) => c.year);
  return { rows: out, issues: [makeIssue('WIDE_FORMAT_RESHAPED', { params: { years } })] };
}
