import type { MoversData } from '../../charts/data/movers.ts';
import type { SlopeData } from '../../charts/data/slope.ts';
import type { TrendData } from '../../charts/data/trends.ts';
import type { Dataset, Lang } from '../../domain/types.ts';
import { formatChange, formatInteger, formatScore } from '../../i18n/format.ts';
import { rankMoveLabel } from '../labels.ts';
import type { Translate } from '../../i18n/i18n.ts';

/** One sentence per chosen unit: first and last year with data, or "only in YEAR", or "no data". */
export function trendSummary(trend: TrendData, lang: Lang, t: Translate, max: number): string {
  if (trend.series.length === 0) return t('trends.summaryEmpty', { max });
  const rankText = (rank: number | null, n: number) =>
    rank === null ? '—' : t('trends.rankOf', { rank: formatInteger(rank, lang), n });
  return trend.series
    .map((s) => {
      const present = s.points.filter((p) => p.total !== null);
      const a = present[0];
      const b = present[present.length - 1];
      if (!a || !b) return t('trends.summaryNone', { name: s.name });
      if (a === b)
        return t('trends.summaryOnly', {
          name: s.name,
          year: a.year,
          value: formatScore(a.total, lang),
          rank: rankText(a.rank, a.groupSize),
        });
      return t('trends.summaryUnit', {
        name: s.name,
        first: formatScore(a.total, lang),
        firstYear: a.year,
        firstRank: rankText(a.rank, a.groupSize),
        last: formatScore(b.total, lang),
        lastYear: b.year,
        lastRank: rankText(b.rank, b.groupSize),
      });
    })
    .join(' ');
}

/** "2017–2019" or "2017–2019, 2021" for a sorted list of years. */
export function yearRanges(years: readonly number[]): string {
  const parts: string[] = [];
  let start = years[0];
  for (let i = 0; i < years.length; i++) {
    const y = years[i] as number;
    const next = years[i + 1];
    if (next === y + 1) continue;
    parts.push(start === y ? String(y) : `${String(start)}–${String(y)}`);
    start = next;
  }
  return parts.join(', ');
}

/** Comparability notes of the trend: rescaling, gaps, changing group size, declared method changes. */
export function trendNotes(dataset: Dataset, trend: TrendData, lang: Lang, t: Translate): string[] {
  const notes = [t('trends.rescaleNote')];
  if (trend.hasGaps) notes.push(t('trends.gapNote'));
  if (trend.unitsReorganised) notes.push(t('trends.dcci2025Note'));
  if (trend.missingYears.length > 0)
    notes.push(t('trends.missingYearsNote', { years: yearRanges(trend.missingYears) }));
  if (trend.groupSizeChanges) {
    const sizes = trend.groupSizes.map((g) => `${g.year}: ${g.n}`).join(', ');
    notes.push(t('trends.sizeNote', { sizes }));
  }
  for (const m of trend.methodChanges)
    notes.push(t('trends.methodNote', { year: m.year, note: m.note[lang] }));
  if (dataset.notes?.[0]) notes.push(dataset.notes[0][lang]);
  return notes;
}

/** The slope's text summary: counts of risers/fallers and the extremes. */
export function slopeSummary(
  slope: SlopeData,
  movers: MoversData,
  lang: Lang,
  t: Translate,
): string {
  if (slope.fromYear === slope.toYear) return t('trends.sameYear', { year: slope.fromYear });
  if (movers.ordered.length === 0) return t('trends.moversEmpty');
  const parts = [
    t('trends.slopeCounts', {
      from: slope.fromYear,
      to: slope.toYear,
      risers: movers.risers,
      fallers: movers.fallers,
      same: movers.unchanged,
    }),
  ];
  const top = movers.ordered[0];
  const bottom = movers.ordered[movers.ordered.length - 1];
  if (top && top.direction === 'rise')
    parts.push(
      t('trends.slopeTop', { name: top.row.name, change: formatChange(top.change, lang) }),
    );
  if (bottom && bottom.direction === 'fall')
    parts.push(
      t('trends.slopeBottom', { name: bottom.row.name, change: formatChange(bottom.change, lang) }),
    );
  return parts.join(' ');
}

/** Comparability notes of a slope between two years. */
export function slopeNotes(
  slope: SlopeData,
  movers: MoversData,
  lang: Lang,
  t: Translate,
): string[] {
  const notes = [t('trends.rescaleNote')];
  if (slope.sizeChanged)
    notes.push(
      t('trends.slopeSizeNote', {
        from: slope.fromYear,
        to: slope.toYear,
        fromSize: slope.fromSize,
        toSize: slope.toSize,
      }),
    );
  if (slope.subIndexSetChanged)
    notes.push(t('trends.subIndexSetNote', { from: slope.fromYear, to: slope.toYear }));
  for (const m of slope.methodChanges)
    notes.push(t('trends.methodNote', { year: m.year, note: m.note[lang] }));
  if (slope.unitsReorganised) notes.push(t('trends.dcci2025Note'));
  if (slope.eraChanged) notes.push(t('trends.eraNote', { from: slope.fromYear, to: slope.toYear }));
  if (movers.notComparable.length > 0)
    notes.push(
      t('trends.notComparable', { names: movers.notComparable.map((r) => r.name).join(', ') }),
    );
  return notes;
}

/** "▲2 bậc" / "▼1 bậc" / "= hạng" / "—" for a rank change. */
export function rankChangeText(value: number | null, lang: Lang, t: Translate): string {
  if (value === null) return '—';
  if (value === 0) return t('trends.rankSame');
  return rankMoveLabel(value, lang, t)?.shown ?? '—';
}
