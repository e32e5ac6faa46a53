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
  const head = { sort: data.sort, mode, onSort, sortBy: labels.sortBy };
  return (
    <table className={`table heatmap heatmap--${mode}`}>
      <caption className="visually-hidden">{labels.caption}</caption>
      <thead>
        <tr>
          <SortHeader column="rank" label={labels.rank} className="num heatmap__rank" {...head} />
          <SortHeader column="unit" label={labels.unit} className="heatmap__unit" {...head} />
          <SortHeader
            column="total"
            label={labels.total}
            className="num heatmap__total"
            {...head}
          />
          {data.columns.map((c) => (
            <SortHeader
              key={c.id}
              column={c.id}
              label={`${c.highlighted ? '▼ ' : ''}${c.shortName[lang]}`}
              className={`num heatmap__sub${c.highlighted ? ' is-highlighted' : ''}`}
              title={c.name[lang]}
              {...head}
            />
          ))}
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

interface SortHeaderProps {
  readonly column: string;
  readonly label: string;
  readonly className: string;
  /** The full name, when the label is a short one. */
  readonly title?: string;
  readonly sort: HeatmapData['sort'];
  readonly mode: HeatmapTableProps['mode'];
  readonly onSort: HeatmapTableProps['onSort'];
  readonly sortBy: (column: string) => string;
}

/** A column header; in the plain table a sort button, with ↑/↓ on the current sort column. */
function SortHeader({
  column,
  label,
  className,
  title,
  sort,
  mode,
  onSort,
  sortBy,
}: SortHeaderProps) {
  const current = sort.key === column;
  const arrow = current ? (sort.descending ? ' ↓' : ' ↑') : '';
  const ariaSort = current ? (sort.descending ? 'descending' : 'ascending') : 'none';
  return (
    <th
      scope="col"
      className={className}
      aria-sort={mode === 'plain' ? ariaSort : undefined}
      title={title}
    >
      {mode === 'plain' && onSort ? (
        <button
          type="button"
          className="sort-button"
          onClick={() => onSort(nextHeatmapSort(sort, column))}
          aria-label={sortBy(title ?? label)}
        >
          {label}
          <span aria-hidden="true">{arrow}</span>
        </button>
      ) : (
        <>
          {label}
          <span aria-hidden="true">{arrow}</span>
        </>
      )}
    </th>
  );
}
