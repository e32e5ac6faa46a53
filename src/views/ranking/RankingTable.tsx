import { useId, useMemo, useState } from 'react';
import type { RankingBar, RankingChartData } from '../../charts/data/ranking.ts';
import type { GroupYear, UnitStanding } from '../../domain/groupYear.ts';
import { foldKey } from '../../domain/names.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatChange, formatInteger, formatScore } from '../../i18n/format.ts';
import { intervalText, moveFlagText } from '../statsText.ts';
import { nextSort, parseSort, sortStandings } from '../tableSort.ts';
import { LowRespondentsMark } from '../LowRespondentsMark.tsx';
import { rankMoveLabel, tierLabel } from '../labels.ts';
import { usePrinting, useRowWindow } from '../../ui/rowWindow.ts';

/**
 * From this many rows the table renders only the rows in view (in its own scroll box): 5,000
 * rendered rows blocked the page for seconds. Printing renders every row again.
 */
export const WINDOW_FROM = 150;

export interface RankingTableProps {
  readonly groupYear: GroupYear;
  /** The chart's rows: respondents, intervals, groups and move flags per unit. */
  readonly chartData?: RankingChartData;
  readonly minRespondents?: number;
  readonly groupName: string;
  readonly lang: Lang;
  readonly t: Translate;
  readonly selected: string | null;
  /** Why no change is shown this year (a gap, the 2025 merger); default "no data for the previous year". */
  readonly noPreviousText?: string | null;
  readonly sort: string | null;
  readonly onSort: (sort: string | null) => void;
  readonly onSelect: (unitId: string | null) => void;
}

interface Column {
  readonly key: string;
  readonly label: string;
  readonly numeric: boolean;
  readonly cell: (s: UnitStanding) => React.ReactNode;
}

function RankChange({
  value,
  flag,
  noPrevious,
  t,
  lang,
}: {
  value: number | null;
  flag: string | null;
  noPrevious: string;
  t: Translate;
  lang: Lang;
}) {
  if (value === null) return <span title={noPrevious}>—</span>;
  if (value === 0) return <span title={t('change.same')}>= 0</span>;
  const up = value > 0;
  return (
    <span
      className={up ? 'delta delta--up' : 'delta delta--down'}
      title={rankMoveLabel(value, lang, t)?.spoken}
    >
      <span aria-hidden="true">{up ? '▲' : '▼'} </span>
      {up ? '+' : '−'}
      {formatInteger(Math.abs(value), lang)}
      {flag ? <span className="delta__flag"> ({flag})</span> : null}
    </span>
  );
}

/**
 * The ranking table: rank, unit, score, changes and every sub-index; sortable by any column
 * (the sort lives in the URL) and searchable ignoring case and diacritics ("bach thong" finds
 * "Bạch Thông"). Selecting a row selects the unit everywhere.
 */
export function RankingTable({
  groupYear,
  chartData,
  minRespondents = 0,
  groupName,
  lang,
  t,
  selected,
  noPreviousText = null,
  sort,
  onSort,
  onSelect,
}: RankingTableProps) {
  const [query, setQuery] = useState('');
  // Why a change cell is empty: the year's break (gap, merger) when there is one.
  const noPrevious = noPreviousText ?? t('table.noPrevious');
  const searchId = useId();
  const parsed = parseSort(sort);
  const hasTier = groupYear.standings.some((s) => s.observation.tier);
  const hasRespondents = groupYear.standings.some((s) => s.observation.respondents !== null);
  const hasSe = groupYear.standings.some((s) => s.observation.standardError !== null);
  const bars = new Map<string, RankingBar>((chartData?.bars ?? []).map((b) => [b.unitId, b]));
  const bar = (s: UnitStanding) => bars.get(s.unit.id);
  const hasIntervals = [...bars.values()].some((b) => b.interval !== null);
  const hasGroups = [...bars.values()].some((b) => b.statGroup !== null);

  const columns: Column[] = [
    {
      key: 'rank',
      label: t('table.rank'),
      numeric: true,
      cell: (s) => (
        <>
          {formatInteger(s.rank.rank, lang)}
          {s.rank.source === 'computed' ? (
            <span className="table__mark" title={t('table.computedRank')}>
              *
            </span>
          ) : null}
          {s.rank.contradicts ? (
            <span
              className="table__mark"
              title={t('table.contradicts', { computed: formatInteger(s.rank.computedRank, lang) })}
            >
              {' ⚠'}
            </span>
          ) : null}
        </>
      ),
    },
    {
      key: 'unit',
      label: t('table.unit'),
      numeric: false,
      cell: (s) => (
        <button
          type="button"
          className="linklike"
          aria-pressed={s.unit.id === selected}
          onClick={() => onSelect(s.unit.id === selected ? null : s.unit.id)}
        >
          {s.unit.name}
        </button>
      ),
    },
    {
      key: 'total',
      label: t('table.total'),
      numeric: true,
      cell: (s) => <Missing value={formatScore(s.total, lang)} t={t} />,
    },
    {
      key: 'change',
      label: t('table.change'),
      numeric: true,
      cell: (s) => (
        <span title={s.change === null ? noPrevious : undefined}>
          {formatChange(s.change, lang)}
        </span>
      ),
    },
    {
      key: 'rankChange',
      label: t('table.rankChange'),
      numeric: true,
      cell: (s) => (
        <RankChange
          value={s.rankChange}
          flag={moveFlagText(bar(s)?.move ?? null, t)}
          noPrevious={noPrevious}
          t={t}
          lang={lang}
        />
      ),
    },
    ...(hasIntervals
      ? [
          {
            key: 'interval',
            label: t('table.interval'),
            numeric: false,
            cell: (s: UnitStanding) => intervalText(bar(s)?.interval ?? null, t, lang),
          },
        ]
      : []),
    ...(hasGroups
      ? [
          {
            key: 'statGroup',
            label: t('table.statGroup'),
            numeric: false,
            cell: (s: UnitStanding) => {
              const g = bar(s)?.statGroup ?? null;
              return g === null ? '—' : t('stats.groupShort', { index: g });
            },
          },
        ]
      : []),
    ...(hasTier
      ? [
          {
            key: 'tier',
            label: t('table.tier'),
            numeric: false,
            cell: (s: UnitStanding) =>
              s.observation.tier === null ? '—' : tierLabel(s.observation.tier, t),
          },
        ]
      : []),
    ...groupYear.subIndices.map<Column>((si) => ({
      key: si.id,
      label: (si.shortName ?? si.name)[lang],
      numeric: true,
      cell: (s) => (
        <Missing value={formatScore(s.observation.subIndices.get(si.id) ?? null, lang)} t={t} />
      ),
    })),
    ...(hasRespondents
      ? [
          {
            key: 'respondents',
            label: t('table.respondents'),
            numeric: true,
            cell: (s: UnitStanding) => (
              <>
                {formatInteger(s.observation.respondents, lang)}
                <LowRespondentsMark
                  n={s.observation.respondents}
                  min={minRespondents}
                  t={t}
                  lang={lang}
                />
              </>
            ),
          },
        ]
      : []),
    ...(hasSe
      ? [
          {
            key: 'se',
            label: t('table.se'),
            numeric: true,
            cell: (s: UnitStanding) => formatScore(s.observation.standardError, lang),
          },
        ]
      : []),
  ];

  const rows = useMemo(() => {
    const sorted = sortStandings(groupYear.standings, parsed, (s, key) => {
      const b = bars.get(s.unit.id);
      if (key === 'interval') return b?.interval ? b.interval.low + b.interval.high / 1000 : null;
      if (key === 'statGroup') return b?.statGroup ?? null;
      return undefined;
    });
    const q = foldKey(query);
    return q === '' ? sorted : sorted.filter((s) => foldKey(s.unit.name).includes(q));
  }, [groupYear, chartData, parsed.key, parsed.descending, query]); // eslint-disable-line react-hooks/exhaustive-deps
  const printing = usePrinting();
  const long = groupYear.standings.length >= WINDOW_FROM;
  const [scrollRef, win] = useRowWindow<HTMLDivElement>(rows.length, long && !printing);
  const hintId = useId();

  return (
    <div className="ranking-table">
      <div className="ranking-table__tools">
        <label htmlFor={searchId}>{t('table.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('table.searchPlaceholder')}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="ranking-table__count" aria-live="polite">
          {t('table.resultCount', { shown: rows.length, total: groupYear.standings.length })}
        </span>
      </div>
      {long ? (
        <p id={hintId} className="ranking-table__hint">
          {t('table.windowedHint')}
        </p>
      ) : null}
      <div
        ref={scrollRef}
        className={long ? 'table-scroll table-scroll--windowed' : 'table-scroll'}
        tabIndex={0}
        role="region"
        aria-label={t('table.caption', { group: groupName, year: groupYear.year })}
        aria-describedby={long ? hintId : undefined}
        onScroll={win.onScroll}
      >
        <table className="table">
          <caption className="visually-hidden">
            {t('table.caption', { group: groupName, year: groupYear.year })}
          </caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = parsed.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    className={c.numeric ? 'num' : undefined}
                    aria-sort={active ? (parsed.descending ? 'descending' : 'ascending') : 'none'}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => onSort(nextSort(parsed, c.key))}
                      title={t('table.sortBy', { column: c.label })}
                    >
                      {c.label}
                      <span aria-hidden="true" className="sort-button__arrow">
                        {active ? (parsed.descending ? ' ↓' : ' ↑') : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {win.start > 0 ? (
              <tr aria-hidden="true" className="table__spacer">
                <td colSpan={columns.length} style={{ height: win.start * win.rowHeight }} />
              </tr>
            ) : null}
            {rows.slice(win.start, win.end).map((s) => (
              <tr
                key={s.unit.id}
                className={s.unit.id === selected ? 'is-selected' : undefined}
                data-unit={s.unit.id}
              >
                {columns.map((c) =>
                  c.key === 'unit' ? (
                    <th key={c.key} scope="row">
                      {c.cell(s)}
                    </th>
                  ) : (
                    <td key={c.key} className={c.numeric ? 'num' : undefined}>
                      {c.cell(s)}
                    </td>
                  ),
                )}
              </tr>
            ))}
            {win.end < rows.length ? (
              <tr aria-hidden="true" className="table__spacer">
                <td
                  colSpan={columns.length}
                  style={{ height: (rows.length - win.end) * win.rowHeight }}
                />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {rows.length === 0 ? (
        <p className="ranking-table__empty">{t('table.noMatch', { query })}</p>
      ) : null}
    </div>
  );
}

function Missing({ value, t }: { value: string; t: Translate }) {
  return value === '—' ? <span title={t('value.missingLong')}>—</span> : <>{value}</>;
}
