import type { IndicatorMapping, ResponseTable } from './responses.ts';
import type { GroupId, LocalizedText, SubIndexId, UnitId } from './types.ts';

/**
 * The questions behind a sub-index (issue 15, point 4): per indicator, the unit's mean answer on
 * the answer scale with respondents and a 90 % interval, against the group average and the best
 * unit. Pure: takes respondents (a bundled or, once stored, an imported response table), so the
 * drill-down and the Word report do not depend on where the answers come from.
 */

/** z for a two-sided 90 % interval (normal approximation, as the rest of the app's 90 % intervals). */
export const Z90 = 1.6448536269514722;

/** The mean answer of one unit to one indicator. */
export interface IndicatorMean {
  readonly mean: number;
  /** Respondents who answered this indicator (skipped answers are left out). */
  readonly n: number;
  /** 90 % interval of the mean: mean ± z·sd/√n; null with fewer than 2 answers. */
  readonly low: number | null;
  readonly high: number | null;
}

export interface IndicatorStat {
  /** The indicator's code as the file's header writes it (`transparency.1`). */
  readonly code: string;
  readonly subIndexId: SubIndexId;
  /** The unit's mean answer; null when nobody of the unit answered it. */
  readonly unit: IndicatorMean | null;
  /** Mean of the units' means (each unit counts once, like the group average of a score). */
  readonly groupMean: number | null;
  /** Units of the group-year that have a mean for this indicator. */
  readonly unitsAnswered: number;
  /** The unit with the highest mean (answers: higher is better); ties → the first in file order. */
  readonly best: {
    readonly unitId: UnitId;
    readonly unitName: string;
    readonly mean: number;
  } | null;
  /** unit − group (negative = below the group); null when either is missing. */
  readonly gap: number | null;
}

/** Mean, count and 90 % interval of a list of answers; null when empty. */
export function meanWithInterval(values: readonly number[]): IndicatorMean | null {
  const n = values.length;
  if (n === 0) return null;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  if (n < 2) return { mean, n, low: null, high: null };
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
  const half = (Z90 * Math.sqrt(variance)) / Math.sqrt(n);
  return { mean, n, low: mean - half, high: mean + half };
}

/**
 * Per indicator of `subIndexId`, the statistics of `unitId` in its group-year, sorted by how far
 * the unit is below the group (most below first); indicators without a gap come last, in file
 * order. Empty when the table has no indicators for the sub-index.
 */
export function indicatorStats(
  table: ResponseTable,
  mapping: IndicatorMapping,
  year: number,
  groupId: GroupId | string,
  subIndexId: SubIndexId | string,
  unitId: UnitId | string,
): IndicatorStat[] {
  const at = mapping.subIndexIds.indexOf(subIndexId as SubIndexId);
  const columns = at < 0 ? [] : (mapping.indicators[at] ?? []);
  if (columns.length === 0) return [];
  const rows = table.rows.filter((r) => r.year === year && r.groupId === groupId);
  // Units in file order, each with its answers per column.
  const units = new Map<string, { name: string; answers: number[][] }>();
  for (const r of rows) {
    let u = units.get(r.unitId);
    if (!u) units.set(r.unitId, (u = { name: r.unitName, answers: columns.map(() => []) }));
    columns.forEach((c, k) => {
      const a = r.answers[c];
      if (typeof a === 'number' && Number.isFinite(a)) u.answers[k]?.push(a);
    });
  }
  const stats = columns.map<IndicatorStat>((c, k) => {
    const means: { id: string; name: string; mean: number }[] = [];
    for (const [id, u] of units) {
      const m = meanWithInterval(u.answers[k] ?? []);
      if (m) means.push({ id, name: u.name, mean: m.mean });
    }
    const own = units.get(unitId);
    const unit = own ? meanWithInterval(own.answers[k] ?? []) : null;
    const groupMean =
      means.length === 0 ? null : means.reduce((s, m) => s + m.mean, 0) / means.length;
    const top = means.reduce<(typeof means)[number] | null>(
      (b, m) => (b === null || m.mean > b.mean ? m : b),
      null,
    );
    return {
      code: table.indicators[c] ?? '',
      subIndexId: subIndexId as SubIndexId,
      unit,
      groupMean,
      unitsAnswered: means.length,
      best: top ? { unitId: top.id as UnitId, unitName: top.name, mean: top.mean } : null,
      gap: unit !== null && groupMean !== null ? unit.mean - groupMean : null,
    };
  });
  return stats
    .map((s, i) => ({ s, i }))
    .sort((a, b) => {
      if (a.s.gap === null || b.s.gap === null)
        return a.s.gap === null ? (b.s.gap === null ? a.i - b.i : 1) : -1;
      return a.s.gap - b.s.gap || a.i - b.i;
    })
    .map(({ s }) => s);
}

/** Indicator labels (`data/<id>-indicators.json`): code → vi/en label, and whether made up. */
export interface IndicatorLabels {
  readonly illustrative: boolean;
  readonly note?: LocalizedText;
  readonly indicators: Readonly<Record<string, LocalizedText>>;
}

/** Checks untrusted JSON as IndicatorLabels; null when it is not one. */
export function parseIndicatorLabels(value: unknown): IndicatorLabels | null {
  const isText = (v: unknown): v is LocalizedText =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Record<string, unknown>).vi === 'string' &&
    typeof (v as Record<string, unknown>).en === 'string';
  if (typeof value !== 'object' || value === null) return null;
  const o = value as Record<string, unknown>;
  if (typeof o.illustrative !== 'boolean') return null;
  if (typeof o.indicators !== 'object' || o.indicators === null) return null;
  const indicators: Record<string, LocalizedText> = {};
  for (const [k, v] of Object.entries(o.indicators as Record<string, unknown>)) {
    if (!isText(v)) return null;
    indicators[k] = { vi: v.vi, en: v.en };
  }
  return {
    illustrative: o.illustrative,
    ...(isText(o.note) ? { note: { vi: o.note.vi, en: o.note.en } } : {}),
    indicators,
  };
}
