import { makeIssue } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import type { ColumnPlan, ParsedRow } from './model.ts';

type YearColumn = ColumnPlan & { year: number };
const yearColumns = (columns: readonly ColumnPlan[], role: ColumnPlan['role']): YearColumn[] =>
  columns.filter((c): c is YearColumn => c.role === role && c.year !== undefined);

/**
 * Wide format (years as column groups: "Điểm 2019 | Điểm 2020 | Xếp hạng 2019 | …", or "2019 |
 * 2020" under a merged "Điểm PCI") to long rows, one per unit and year, in year order within
 * each unit. Each year keeps the rank published for it (never one computed from a partial list).
 * A unit-year without a score is skipped (a blank cell is not a result), unless the file gives
 * only ranks for that year. Returns the rows and a WIDE_FORMAT_RESHAPED notice naming the years.
 */
export function reshapeWide(
  rows: readonly ParsedRow[],
  columns: readonly ColumnPlan[],
): { readonly rows: ParsedRow[]; readonly issues: Issue[] } {
  const scoreCols = yearColumns(columns, 'yearValue');
  const rankCols = yearColumns(columns, 'yearRank');
  const years = [...new Set([...scoreCols, ...rankCols].map((c) => c.year))].sort((a, b) => a - b);
  const out: ParsedRow[] = [];
  for (const row of rows) {
    for (const year of years) {
      const scoreCol = scoreCols.find((c) => c.year === year);
      const rankCol = rankCols.find((c) => c.year === year);
      const total = scoreCol === undefined ? null : (row.yearValues?.get(scoreCol.index) ?? null);
      const published = rankCol === undefined ? undefined : row.yearRanks?.get(rankCol.index);
      const rank = published?.rank ?? null;
      if (total === null && (scoreCol !== undefined || rank === null)) continue;
      out.push({
        ...row,
        year,
        total,
        totalCol: scoreCol?.index ?? row.totalCol,
        rank,
        fieldSize: published?.fieldSize ?? null,
        subIndices: new Map(),
      });
    }
  }
  return { rows: out, issues: [makeIssue('WIDE_FORMAT_RESHAPED', { params: { years } })] };
}
