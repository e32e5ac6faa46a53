import type { ReactNode } from 'react';
import type { HeatmapData } from '../data/heatmap.ts';
import { sequentialScale, textColourOn } from '../scales.ts';
import type { Lang } from '../../i18n/i18n.ts';

export interface HeatmapTableProps {
  readonly data: HeatmapData;
  readonly lang: Lang;
  readonly formatValue: (value: number | null) => string;
  readonly formatRank: (rank: number | null) => string;
  readonly labels: {
    readonly caption: string;
    readonly unit: string;
    readonly total: string;
    readonly rank: string;
    readonly sortBy: (column: string) => string;
    readonly rankOfCell: (rank: string) => string;
    readonly missing: string;
  };
  /** The colour domain (shared with the legend); defaults to the data's. */
  readonly domain?: readonly [number, number];
  /**
   * 'colour': the heatmap (cells filled with the sequential scale, text colour chosen for contrast).
   * 'plain': the accessible table alternative, with sort buttons in the column headers.
   */
  readonly mode: 'colour' | 'plain';
  readonly onSort?: (sort: string | null) => void;
  /** What follows a unit's total (its respondents, n= and †), rendered by the view. */
  readonly totalNote?: (unitId: string) => ReactNode;
}

/** The next `sort=` value after choosing a column: toggles the current one, else a natural first direction. */
export function nextHeatmapSort(
  current: { key: string; descending: boolean },
  key: string,
): string | null {
  if (current.key === key) {
    const value = current.descending ? key : `-${key}`;
    return value === 'rank' ? null : value;
  }
  if (key === 'rank') return null;
  return key === 'unit' ? 'unit' : `-${key}`;
}

/**
 * Units × sub-indices as an HTML table, so the printed values stay crisp and selectable. In
 * colour mode each cell is filled from the viridis scale with its value and the unit's rank on
 * that sub-index printed in near-black or white, whichever contrasts more (colour is never the
 * only channel). The highlighted sub-index (`sub=`) gets a strong outline and a ▼ marker.
 */
export function HeatmapTable({
  data,
  lang,
  formatValue,
  formatRank,
  labels,
  domain,
  mode,
  onSort,
  totalNote,
}: HeatmapTableProps) {
  const scale = sequentialScale(domain ?? data.domain ?? [0, 10]);
  const arrow = (key: string) =>
    data.sort.key === key ? (data.sort.descending ? ' ↓' : ' ↑') : '';
  const ariaSort = (key: string) =>
    data.sort.key === key ? (data.sort.descending ? 'descending' : 'ascending') : 'none';
  const header = (key: string, label: string, className: string, title?: string) => (
    <th
      key={key}
      scope="col"
      className={className}
      aria-sort={mode === 'plain' ? ariaSort(key) : undefined}
      title={title}
    >
      {mode === 'plain' && onSort ? (
        <button
          type="button"
          className="sort-button"
          onClick={() => onSort(nextHeatmapSort(data.sort, key))}
          aria-label={labels.sortBy(title ?? label)}
        >
          {label}
          <span aria-hidden="true">{arrow(key)}</span>
        </button>
      ) : (
        <>
          {label}
          <span aria-hidden="true">{arrow(key)}</span>
        </>
      )}
    </th>
  );

  return (
    <table className={`table heatmap heatmap--${mode}`}>
      <caption className="visually-hidden">{labels.caption}</caption>
      <thead>
        <tr>
          {header('rank', labels.rank, 'num heatmap__rank')}
          {header('unit', labels.unit, 'heatmap__unit')}
          {header('total', labels.total, 'num heatmap__total')}
          {data.columns.map((c) =>
            header(
              c.id,
              `${c.highlighted ? '▼ ' : ''}${c.shortName[lang]}`,
              `num heatmap__sub${c.highlighted ? ' is-highlighted' : ''}`,
              c.name[lang],
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {data.rows.map((r) => (
          <tr
            key={r.unitId}
            className={r.selected ? 'is-selected' : undefined}
            data-unit={r.unitId}
          >
            <td className="num heatmap__rank">{formatRank(r.rank)}</td>
            <th scope="row" className="heatmap__unit">
              {r.name}
            </th>
            <td className="num heatmap__total">
              {formatValue(r.total)}
              {totalNote?.(r.unitId)}
            </td>
            {r.cells.map((c, i) => {
              const column = data.columns[i];
              const fill = mode === 'colour' && c.value !== null ? scale.colour(c.value) : null;
              const cls = `num heatmap__cell${column?.highlighted ? ' is-highlighted' : ''}${c.value === null ? ' is-missing' : ''}`;
              return (
                <td
                  key={c.subIndexId}
                  className={cls}
                  data-sub={c.subIndexId}
                  style={fill ? { backgroundColor: fill, color: textColourOn(fill) } : undefined}
                  title={c.value === null ? labels.missing : undefined}
                >
                  <span className="heatmap__value">{formatValue(c.value)}</span>
                  {c.rank !== null ? (
                    <span className="heatmap__cellrank">
                      {labels.rankOfCell(formatRank(c.rank))}
                    </span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
