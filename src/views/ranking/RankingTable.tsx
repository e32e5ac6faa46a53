import { useId, useMemo, useState } from 'react';
import type { RankingBar, RankingChartData } from '../../charts/data/ranking.ts';
import type { GroupYear } from '../../domain/groupYear.ts';
import { foldKey } from '../../domain/names.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { parseSort, sortStandings } from '../tableSort.ts';
import { usePrinting, useRowWindow, WINDOW_FROM } from '../../ui/rowWindow.ts';
import { rankingColumns } from './rankingColumns.tsx';
import { SortableHead, WindowedBody } from './RankingTableRows.tsx';

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
  const parsed = parseSort(sort);
  const bars = new Map<string, RankingBar>((chartData?.bars ?? []).map((b) => [b.unitId, b]));
  const columns = rankingColumns({
    groupYear,
    bars,
    minRespondents,
    noPrevious,
    selected,
    onSelect,
    lang,
    t,
  });

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
      <TableSearch
        query={query}
        shown={rows.length}
        total={groupYear.standings.length}
        t={t}
        onQuery={setQuery}
      />
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
          <SortableHead columns={columns} parsed={parsed} t={t} onSort={onSort} />
          <WindowedBody columns={columns} rows={rows} win={win} selected={selected} />
        </table>
      </div>
      {rows.length === 0 ? (
        <p className="ranking-table__empty">{t('table.noMatch', { query })}</p>
      ) : null}
    </div>
  );
}

/** The search box and how many units match ("5 of 63"), announced as it changes. */
function TableSearch({
  query,
  shown,
  total,
  t,
  onQuery,
}: {
  query: string;
  shown: number;
  total: number;
  t: Translate;
  onQuery: (query: string) => void;
}) {
  const searchId = useId();
  return (
    <div className="ranking-table__tools">
      <label htmlFor={searchId}>{t('table.search')}</label>
      <input
        id={searchId}
        type="search"
        value={query}
        placeholder={t('table.searchPlaceholder')}
        onChange={(e) => onQuery(e.target.value)}
      />
      <span className="ranking-table__count" aria-live="polite">
        {t('table.resultCount', { shown, total })}
      </span>
    </div>
  );
}
