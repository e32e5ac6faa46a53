import type { UnitStanding } from '../../domain/groupYear.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { nextSort, type ParsedSort } from '../tableSort.ts';
import type { Column } from './rankingColumns.tsx';

/** The header row: one sort button per column, its direction in `aria-sort` and an arrow. */
export function SortableHead({
  columns,
  parsed,
  t,
  onSort,
}: {
  columns: readonly Column[];
  parsed: ParsedSort;
  t: Translate;
  onSort: (sort: string | null) => void;
}) {
  return (
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
  );
}

/**
 * The rows [start, end) with spacer rows standing for the others (the whole list when the table
 * is not windowed); the unit's cell is the row header.
 */
export function WindowedBody({
  columns,
  rows,
  win,
  selected,
}: {
  columns: readonly Column[];
  rows: readonly UnitStanding[];
  win: { readonly start: number; readonly end: number; readonly rowHeight: number };
  selected: string | null;
}) {
  return (
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
  );
}
