import type { ReactNode } from 'react';
import type { RankingBar } from '../../charts/data/ranking.ts';
import type { GroupYear, UnitStanding } from '../../domain/groupYear.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatChange, formatInteger, formatScore } from '../../i18n/format.ts';
import { intervalText, moveFlagText } from '../statsText.ts';
import { LowRespondentsMark } from '../LowRespondentsMark.tsx';
import { rankMoveLabel, tierLabel } from '../labels.ts';

/** One column of the ranking table: its sort key, header and cell. */
export interface Column {
  readonly key: string;
  readonly label: string;
  readonly numeric: boolean;
  readonly cell: (s: UnitStanding) => ReactNode;
}

/** What the cells need beyond the unit's standing. */
export interface ColumnContext {
  readonly groupYear: GroupYear;
  /** The chart's rows by unit id: intervals, statistical groups and move flags. */
  readonly bars: ReadonlyMap<string, RankingBar>;
  readonly minRespondents: number;
  /** Why a change cell is empty (the year's break, or "no data for the previous year"). */
  readonly noPrevious: string;
  readonly selected: string | null;
  readonly onSelect: (unitId: string | null) => void;
  readonly lang: Lang;
  readonly t: Translate;
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

function Missing({ value, t }: { value: string; t: Translate }) {
  return value === '—' ? <span title={t('value.missingLong')}>—</span> : <>{value}</>;
}

/** Rank (with the computed and contradicting marks), unit, total and the two changes. */
function standingColumns(c: ColumnContext): Column[] {
  const { lang, t, selected, onSelect, noPrevious } = c;
  return [
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
          flag={moveFlagText(c.bars.get(s.unit.id)?.move ?? null, t)}
          noPrevious={noPrevious}
          t={t}
          lang={lang}
        />
      ),
    },
  ];
}

/** Rank interval, statistical group and published tier: each only when some unit has one. */
function uncertaintyColumns(c: ColumnContext): Column[] {
  const { lang, t } = c;
  const bar = (s: UnitStanding) => c.bars.get(s.unit.id);
  const bars = [...c.bars.values()];
  const hasTier = c.groupYear.standings.some((s) => s.observation.tier);
  return [
    ...(bars.some((b) => b.interval !== null)
      ? [
          {
            key: 'interval',
            label: t('table.interval'),
            numeric: false,
            cell: (s: UnitStanding) => intervalText(bar(s)?.interval ?? null, t, lang),
          },
        ]
      : []),
    ...(bars.some((b) => b.statGroup !== null)
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
  ];
}

/** Every sub-index, then respondents and standard errors when the data has them. */
function detailColumns(c: ColumnContext): Column[] {
  const { groupYear, lang, t } = c;
  const hasRespondents = groupYear.standings.some((s) => s.observation.respondents !== null);
  const hasSe = groupYear.standings.some((s) => s.observation.standardError !== null);
  return [
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
                  min={c.minRespondents}
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
}

/** The ranking table's columns, in order. */
export function rankingColumns(c: ColumnContext): Column[] {
  return [...standingColumns(c), ...uncertaintyColumns(c), ...detailColumns(c)];
}
