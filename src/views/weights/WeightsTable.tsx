import type { WeightMovesData } from '../../charts/data/weights.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import { usePrinting, useRowWindow } from '../../ui/rowWindow.ts';
import { WINDOW_FROM } from '../RankingTable.tsx';
import { moveWords } from './moveText.ts';

/** The what-if ranking as a table: unit, rank with the dataset weights, what-if rank, moved, total. */
export function WeightsTable({
  data,
  lang,
  t,
  caption,
}: {
  data: WeightMovesData;
  lang: Lang;
  t: Translate;
  caption: string;
}) {
  // Long rankings: only the rows in view are rendered (every row when printing), as in the ranking table.
  const count = data.bars.length + data.unranked.length;
  const printing = usePrinting();
  const long = count >= WINDOW_FROM;
  const [ref, win] = useRowWindow<HTMLDivElement>(count, long && !printing);
  const spacer = (rows: number) =>
    rows > 0 ? (
      <tr aria-hidden="true" className="table__spacer">
        <td colSpan={5} style={{ height: rows * win.rowHeight }} />
      </tr>
    ) : null;
  const bars = data.bars.slice(win.start, win.end);
  const unranked = data.unranked.slice(
    Math.max(0, win.start - data.bars.length),
    Math.max(0, win.end - data.bars.length),
  );
  return (
    <div
      ref={ref}
      className={long ? 'table-scroll table-scroll--windowed' : 'table-scroll'}
      role="region"
      tabIndex={0}
      aria-label={caption}
      onScroll={win.onScroll}
    >
      <table className="table weights-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.unit')}</th>
            <th scope="col" className="num">
              {t('weights.col.baselineRank')}
            </th>
            <th scope="col" className="num">
              {t('weights.col.rank')}
            </th>
            <th scope="col">{t('weights.col.moved')}</th>
            <th scope="col" className="num">
              {t('weights.col.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {spacer(win.start)}
          {bars.map((b) => (
            <tr
              key={b.unitId}
              className={b.selected ? 'is-selected' : undefined}
              data-unit={b.unitId}
            >
              <th scope="row">{b.name}</th>
              <td className="num">{formatInteger(b.baselineRank, lang)}</td>
              <td className="num">{formatInteger(b.rank, lang)}</td>
              <td data-direction={b.direction ?? 'none'}>{moveWords(b.moved, lang, t)}</td>
              <td className="num">{formatScore(b.total, lang)}</td>
            </tr>
          ))}
          {unranked.map((u) => (
            <tr key={u.unitId} data-unit={u.unitId}>
              <th scope="row">{u.name}</th>
              <td className="num">—</td>
              <td className="num">—</td>
              <td>{t('table.notRanked')}</td>
              <td className="num">—</td>
            </tr>
          ))}
          {spacer(count - win.end)}
        </tbody>
      </table>
    </div>
  );
}
