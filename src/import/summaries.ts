/**
 * Stage "summary rows kept": medians, averages and national rows ("Trung vị 63 tỉnh", "Trung
 * bình khối") are never units (table.ts sets them apart) but are kept on the dataset as
 * reference lines, each with its label, year, group and total. A row whose year or total cannot
 * be told is dropped (it would be a line of nothing); its year is its own, else the table's, else
 * that of the data row above it (a merged cell); its group is the one its own cell names, else
 * its block's, else (without a group column) the table's only group, else none (it summarises
 * the whole table).
 */
import type { DatasetMeta } from '../domain/meta.ts';
import { canonicalName } from '../domain/names.ts';
import type { Group, GroupId, SummaryRow } from '../domain/types.ts';
import { MAX_DATASET_SUMMARY_ROWS } from './datasetRules.ts';
import { groupResolver } from './groups.ts';
import type { ColumnPlan, ParsedRow } from './model.ts';
import { reshapeWide } from './reshape.ts';

/** A data row with its resolved year and group (importDataset.ts). */
export interface ResolvedDataRow {
  readonly row: ParsedRow;
  readonly year: number | null;
  readonly group: Group | null;
}

export interface SummaryInput {
  readonly summaries: readonly ParsedRow[];
  readonly resolved: readonly ResolvedDataRow[];
  readonly columns: readonly ColumnPlan[];
  readonly wide: boolean;
  /** The year of every row when the file has no year column (option or title). */
  readonly fixedYear: number | null;
  readonly groups: readonly Group[];
  readonly meta: DatasetMeta | undefined;
}

/** The summary rows to keep, one per label, year and group (the first wins). */
export function keepSummaryRows(input: SummaryInput): SummaryRow[] {
  // Bounded: a file of nothing but "Trung bình" rows must not cost rows × summaries.
  const capped = input.summaries.slice(0, MAX_DATASET_SUMMARY_ROWS);
  const long = input.wide ? reshapeWide(capped, input.columns).rows : capped;
  const known = new Map(input.groups.map((g) => [g.id, g] as const));
  const resolve = groupResolver(input.meta);
  const hasGroupColumn = input.columns.some((c) => c.role === 'group');
  const out: SummaryRow[] = [];
  const seen = new Set<string>();
  for (const row of long) {
    const above = rowAbove(input.resolved, row.line);
    const year = row.year ?? input.fixedYear ?? above?.year ?? null;
    if (year === null || row.total === null) continue;
    const named = row.groupText ? resolve(row.groupText) : null;
    const sectionRow =
      row.sectionLine === null
        ? undefined
        : input.resolved.find((r) => r.row.sectionLine === row.sectionLine);
    // Without a group column every row has the table's group; a blank group cell means none.
    const only = input.groups.length === 1 && !hasGroupColumn ? (input.groups[0] ?? null) : null;
    let group: Group | null = named === null ? null : (known.get(named.id) ?? null);
    if (group === null && sectionRow !== undefined) group = sectionRow.group;
    if (group === null) group = only;
    const name = canonicalName(row.unitRaw);
    const groupId: GroupId | null = group?.id ?? null;
    const key = `${name}\u0000${year}\u0000${groupId ?? ''}`;
    if (seen.has(key) || out.length >= MAX_DATASET_SUMMARY_ROWS) continue;
    seen.add(key);
    out.push({ name, year, groupId, total: row.total });
  }
  return out;
}

/** The last data row above `line` (merged year and group cells belong to it), or undefined. */
function rowAbove(resolved: readonly ResolvedDataRow[], line: number): ResolvedDataRow | undefined {
  let found: ResolvedDataRow | undefined;
  for (const r of resolved) if (r.row.line < line) found = r;
  return found;
}
