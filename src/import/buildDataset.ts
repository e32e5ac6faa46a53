import { canonicalName, slug, unitId } from '../domain/names.ts';
import type { DatasetMeta } from '../domain/meta.ts';
import type {
  DatasetScale,
  SummaryRow,
  Dataset,
  DatasetId,
  Group,
  GroupId,
  Observation,
  SubIndexDef,
  SubIndexId,
  Unit,
  UnitId,
} from '../domain/types.ts';
import { indexNameFromHeader, splitYearSuffix } from './columns.ts';
import type { ReportRow } from './model.ts';
import { indexFromText } from './titles.ts';
import { RANGES, inRange } from './validate.ts';
import type { ColumnPlan } from './table.ts';

/** A row ready to become an observation: group and year resolved. */
export interface ResolvedRow {
  readonly year: number;
  readonly group: Group;
  readonly unit: string;
  readonly total: number | null;
  readonly publishedRank: number | null;
  readonly tier: string | null;
  readonly respondents: number | null;
  readonly standardError: number | null;
  readonly notes: string | null;
  readonly code: string | null;
  readonly subIndices: ReadonlyMap<number, number | null>;
  /** The "of 63" of a published rank "60/63"; absent or null when not written. */
  readonly fieldSize?: number | null;
}

export interface BuildContext {
  readonly meta: DatasetMeta | undefined;
  readonly datasetId: string | undefined;
  readonly fileName: string | undefined;
  /** Text of the first title row, if any. */
  readonly titleText: string | null;
  readonly illustrative: boolean;
  readonly columns: readonly ColumnPlan[];
  /** Groups in order of first appearance (used without a sidecar). */
  readonly groups: readonly Group[];
  /** The index name as chosen (user, sidecar, headers, title); guessed when absent. */
  readonly indexName?: string;
  /** The declared scale when it is not DEFAULT_SCALE. */
  readonly scale?: DatasetScale | undefined;
  /** Medians and averages kept as reference lines (summaries.ts). */
  readonly summaryRows?: readonly SummaryRow[];
  /** `unitId`, or the import's remembered copy of it (names.ts). */
  readonly unitIdOf?: (groupId: GroupId, name: string) => UnitId;
}

const baseName = (fileName: string): string =>
  fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');

/** The sub-index id of a column: the sidecar's, else the slug of the header. */
export function subIndexIdOf(column: ColumnPlan): SubIndexId {
  return (column.subIndexId ??
    (slug(column.header) || `column-${column.letter.toLowerCase()}`)) as SubIndexId;
}

/**
 * The index the file reports: named by its score header ("Điểm PAPI", "DDCI score"), else by the
 * title ("KẾT QUẢ DDCI 2023"), else DCCI (the dashboard's own index).
 */
export function guessIndexName(columns: readonly ColumnPlan[], titleText: string | null): string {
  for (const c of columns) {
    if (c.role !== 'total' && c.role !== 'yearValue') continue;
    const name = indexNameFromHeader(splitYearSuffix(c.header)?.prefix ?? c.header);
    if (name !== null) return name;
  }
  return (titleText === null ? null : indexFromText(titleText)) ?? 'DCCI';
}

/** Sub-index definitions: the sidecar's, else one per sub-index column (named by its header). */
function subIndexDefs(
  meta: DatasetMeta | undefined,
  subColumns: readonly ColumnPlan[],
): SubIndexDef[] {
  return meta !== undefined
    ? meta.subIndices.map((s) => ({
        id: s.id as SubIndexId,
        name: s.name,
        columns: s.columns,
        ...(s.shortName === undefined ? {} : { shortName: s.shortName }),
        ...(s.weight === undefined ? {} : { weight: s.weight }),
        ...(s.groups === undefined ? {} : { groups: s.groups.map((g) => g as GroupId) }),
        ...(s.years === undefined ? {} : { years: s.years }),
        ...(s.direction === undefined ? {} : { direction: s.direction }),
      }))
    : subColumns.map((c) => ({
        id: subIndexIdOf(c),
        name: { vi: c.header, en: c.header },
        columns: [c.header],
      }));
}

/**
 * Builds the immutable Dataset from resolved rows. With a sidecar: id, titles, source, groups and
 * sub-indices come from it and `meta.units` adds codes and English names. Without: id from
 * `datasetId` or the file name's slug, title from the title row or the file name, one sub-index
 * per sub-index column (id = slug of the header). Units are listed in order of first appearance;
 * years sorted.
 */
export function buildDataset(rows: readonly ResolvedRow[], ctx: BuildContext): Dataset {
  const { meta } = ctx;
  const subColumns = ctx.columns.filter((c) => c.role === 'subIndex');
  const subIdByCol = new Map(subColumns.map((c) => [c.index, subIndexIdOf(c)] as const));

  const unitExtras = new Map<string, { nameEn?: string; code?: string }>();
  for (const u of meta?.units ?? []) {
    unitExtras.set(unitId(u.group as GroupId, canonicalName(u.name)), {
      ...(u.nameEn === undefined ? {} : { nameEn: u.nameEn }),
      ...(u.code === undefined ? {} : { code: u.code }),
    });
  }

  const unitIdOf = ctx.unitIdOf ?? unitId;
  const units = new Map<string, Unit>();
  const observations: Observation[] = [];
  const years = new Set<number>();
  for (const row of rows) {
    const id = unitIdOf(row.group.id, row.unit);
    if (!units.has(id)) {
      // The sidecar's code wins over a code column.
      const code = row.code === null ? {} : { code: row.code };
      units.set(id, { id, groupId: row.group.id, name: row.unit, ...code, ...unitExtras.get(id) });
    }
    years.add(row.year);
    const subIndices = new Map<SubIndexId, number | null>();
    for (const [col, value] of row.subIndices) {
      const subId = subIdByCol.get(col);
      if (subId !== undefined) subIndices.set(subId, value);
    }
    const observation: { -readonly [K in keyof Observation]: Observation[K] } = {
      unitId: id,
      year: row.year,
      total: row.total,
      publishedRank: row.publishedRank,
      tier: row.tier,
      subIndices,
      respondents: row.respondents,
      standardError: row.standardError,
      notes: row.notes,
    };
    // Stored (format version 2) when it is a rank the dataset rules accept. Set after the
    // literal: a spread in it put every observation on a slow path.
    if (row.fieldSize != null && inRange(row.fieldSize, RANGES.rank))
      observation.fieldSize = row.fieldSize;
    observations.push(observation);
  }

  const fileTitle = ctx.fileName === undefined ? null : baseName(ctx.fileName);
  const title = ctx.titleText ?? fileTitle ?? 'Dữ liệu nhập';
  const subIndices = subIndexDefs(meta, subColumns);
  const groups: Group[] =
    meta !== undefined
      ? meta.groups.map((g) => ({ id: g.id as GroupId, name: g.name }))
      : [...ctx.groups];

  return {
    id: (ctx.datasetId ?? meta?.id ?? (slug(fileTitle ?? '') || 'imported')) as DatasetId,
    title: meta?.title ?? { vi: title, en: title },
    province: meta?.province ?? null,
    indexName: ctx.indexName ?? meta?.indexName ?? guessIndexName(ctx.columns, ctx.titleText),
    years: [...years].sort((a, b) => a - b),
    groups,
    subIndices,
    units: [...units.values()],
    observations,
    source: meta?.source ?? {
      name: { vi: ctx.fileName ?? 'Tệp nhập', en: ctx.fileName ?? 'Imported file' },
      licence: { vi: 'Chưa rõ', en: 'Unknown' },
    },
    illustrative: (meta?.illustrative ?? false) || ctx.illustrative,
    ...(meta?.notes === undefined ? {} : { notes: meta.notes }),
    ...(meta?.methodChanges === undefined ? {} : { methodChanges: meta.methodChanges }),
    ...(ctx.scale === undefined ? {} : { scale: ctx.scale }),
    ...(ctx.summaryRows === undefined || ctx.summaryRows.length === 0
      ? {}
      : { summaryRows: ctx.summaryRows }),
  };
}

/** Report rows keyed by header text, for the validator and the preview. */
export function reportSubIndices(
  values: ReadonlyMap<number, number | null>,
  columns: readonly ColumnPlan[],
): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const [col, value] of values) {
    const header = columns[col]?.header;
    if (header !== undefined) out.set(header, value);
  }
  return out;
}

export type { ReportRow };
