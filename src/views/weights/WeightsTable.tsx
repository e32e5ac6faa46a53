import type { WeightMovesData } from '../../charts/data/weights.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
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
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={caption}>
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
          {data.bars.map((b) => (
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
          {data.unranked.map((u) => (
            <tr key={u.unitId} data-unit={u.unitId}>
              <th scope="row">{u.name}</th>
              <td className="num">—</td>
              <td className="num">—</td>
              <td>{t('table.notRanked')}</td>
              <td className="num">—</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
