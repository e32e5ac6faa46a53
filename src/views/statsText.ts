import type { RankingBar, RankingChartData } from '../charts/data/ranking.ts';
import type { GroupYearStats, MoveFlag, RankInterval } from '../domain/uncertainty.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import { formatInteger } from '../i18n/format.ts';

/** "hạng 3–6" / "rank 3–6" ("hạng 1" when the interval is a single rank). */
export function intervalText(
  interval: Pick<RankInterval, 'low' | 'high'> | null,
  t: Translate,
  lang: Lang,
): string {
  if (!interval) return '—';
  const low = formatInteger(interval.low, lang);
  return interval.low === interval.high
    ? t('stats.intervalSame', { low })
    : t('stats.interval', { low, high: formatInteger(interval.high, lang) });
}

export function moveFlagText(flag: MoveFlag | null, t: Translate): string | null {
  if (flag === null) return null;
  return t(flag === 'likely-real' ? 'stats.likelyReal' : 'stats.withinNoise');
}

/** "n=44†" with the low-respondents mark, or null when the data has no counts. */
export function respondentsText(bar: RankingBar, t: Translate, lang: Lang): string | null {
  if (bar.respondents === null) return null;
  return (
    t('stats.respondentsShort', { n: formatInteger(bar.respondents, lang) }) +
    (bar.lowRespondents ? t('stats.lowNMark') : '')
  );
}

/** The muted line under a unit's name: statistical group, rank interval, respondents. */
export function barDetail(bar: RankingBar, t: Translate, lang: Lang): string | null {
  const parts = [
    bar.statGroup === null ? null : t('stats.detailGroup', { index: bar.statGroup }),
    bar.interval === null ? null : intervalText(bar.interval, t, lang),
    respondentsText(bar, t, lang),
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/**
 * The method in one sentence (or why there are no intervals): parametric or bootstrap, the
 * fallback from a response file that could not be used, a failed computation. Null while the
 * statistics are still being computed.
 */
export function methodNotes(
  stats: GroupYearStats | null,
  failed: boolean,
  t: Translate,
  lang: Lang,
): string[] {
  if (failed) return [t('stats.failed')];
  if (!stats) return [];
  const notes: string[] = [];
  if (stats.fellBack) notes.push(t('stats.fellBack'));
  if (stats.method === null) notes.push(t('stats.methodNone'));
  else
    notes.push(
      t(stats.method === 'bootstrap' ? 'stats.methodBootstrap' : 'stats.methodParametric', {
        resamples: formatInteger(stats.resamples, lang),
      }),
    );
  return notes;
}

/** "Khoảng hạng 90% (sai số chuẩn)": the interval's column name in CSV exports, with its method. */
export function intervalHeader(stats: GroupYearStats | null, t: Translate): string {
  const method =
    stats?.method === 'bootstrap'
      ? t('stats.methodShortBootstrap')
      : stats?.method === 'parametric'
        ? t('stats.methodShortParametric')
        : null;
  return method ? `${t('table.interval')} (${method})` : t('table.interval');
}

/** The note that explains † (only when some unit is below the minimum). */
export function lowRespondentsNote(
  respondents: readonly (number | null)[],
  minRespondents: number,
  t: Translate,
  lang: Lang,
): string[] {
  return respondents.some((n) => n !== null && n < minRespondents)
    ? [t('stats.lowNNote', { min: formatInteger(minRespondents, lang) })]
    : [];
}

/**
 * The notes that explain the statistics under a ranking: the method sentence, the groups
 * ("nhóm 1: A, B, C"), the move flags, the whiskers and the low-respondents mark.
 */
export function statsNotes(
  data: RankingChartData,
  minRespondents: number,
  t: Translate,
  lang: Lang,
  failed = false,
): string[] {
  const stats = data.stats;
  const notes = methodNotes(stats, failed, t, lang);
  if (stats) {
    const names = new Map(data.bars.map((b) => [b.unitId as string, b.name]));
    if (stats.groups.length > 0) {
      const groups = stats.groups
        .map((g) =>
          t('stats.group', {
            index: g.index,
            units: g.unitIds.map((id) => names.get(id) ?? id).join(', '),
          }),
        )
        .join('; ');
      notes.push(t('stats.groupsNote', { groups: `${groups}.` }));
    }
    if (stats.moves.size > 0) notes.push(t('stats.movesNote'));
  }
  if (data.bars.some((b) => b.standardError !== null && b.value !== null))
    notes.push(t('stats.whiskerNote'));
  notes.push(
    ...lowRespondentsNote(
      data.bars.map((b) => b.respondents),
      minRespondents,
      t,
      lang,
    ),
  );
  return notes;
}
