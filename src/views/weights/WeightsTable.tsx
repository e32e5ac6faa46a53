import type { WeightMovesData } from '../../charts/data/weights.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { UnitId } from '../../domain/types.ts';
import { LowRespondentsMark } from '../LowRespondentsMark.tsx';
import { movePlaces, moveWords } from './moveText.ts';
import { usePrinting, useRowWindow, WINDOW_FROM } from '../../ui/rowWindow.ts';

export interface WeightsTableProps {
  readonly data: WeightMovesData;
  readonly lang: Lang;
  readonly t: Translate;
  readonly caption: string;
  /** Respondents per unit; null when the data has no counts (the column is left out). */
  readonly respondents?: ReadonlyMap<UnitId, number | null> | null;
  readonly minRespondents?: number;
}

/**
 * The what-if ranking as a table: unit, rank with the dataset weights, what-if rank, moved, total,
 * and the respondents (n=, † below the minimum) when the data has them.
 */
export function WeightsTable({
  data,
  lang,
  t,
  caption,
  respondents = null,
  minRespondents = 0,
}: WeightsTableProps) {
  const nCell = (unitId: UnitId) =>
    respondents ? (
      <RespondentsCell n={respondents.get(unitId) ?? null} min={minRespondents} lang={lang} t={t} />
    ) : null;
  // Long rankings: only the rows in view are rendered (every row when printing), as in the ranking table.
  const count = data.bars.length + data.unranked.length;
  const printing = usePrinting();
  const long = count >= WINDOW_FROM;
  const [ref, win] = useRowWindow<HTMLDivElement>(count, long && !printing);
  const spacer = (rows: number) =>
    rows > 0 ? (
      <tr aria-hidden="true" className="table__spacer">
        <td colSpan={respondents ? 6 : 5} style={{ height: rows * win.rowHeight }} />
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
        <WeightsHead t={t} respondents={respondents !== null} />
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
              <td data-direction={b.direction ?? 'none'}>
                <span aria-hidden="true">{movePlaces(b.moved, lang, t)}</span>
                <span className="visually-hidden">{moveWords(b.moved, lang, t)}</span>
              </td>
              <td className="num">{formatScore(b.total, lang)}</td>
              {nCell(b.unitId)}
            </tr>
          ))}
          {unranked.map((u) => (
            <tr key={u.unitId} data-unit={u.unitId}>
              <th scope="row">{u.name}</th>
              <td className="num">—</td>
              <td className="num">—</td>
              <td>{t('table.notRanked')}</td>
              <td className="num">—</td>
              {nCell(u.unitId)}
            </tr>
          ))}
          {spacer(count - win.end)}
        </tbody>
      </table>
    </div>
  );
}

/** The column headings; the respondents column only when the data has counts. */
function WeightsHead({ t, respondents }: { t: Translate; respondents: boolean }) {
  return (
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
        {respondents ? (
          <th scope="col" className="num">
            {t('table.respondents')}
          </th>
        ) : null}
      </tr>
    </thead>
  );
}

/** A unit's respondents ("—" when unknown), † below the minimum. */
function RespondentsCell({
  n,
  min,
  lang,
  t,
}: {
  n: number | null;
  min: number;
  lang: Lang;
  t: Translate;
}) {
  return (
    <td className="num">
      {n === null ? '—' : formatInteger(n, lang)}
      <LowRespondentsMark n={n} min={min} t={t} lang={lang} />
    </td>
  );
}
