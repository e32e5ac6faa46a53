import type { StabilityData } from '../../charts/data/weights.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatInteger } from '../../i18n/format.ts';

/** Rank stability as a table: rank, unit, band, % of draws in the band, 5–95 % rank range. */
export function StabilityTable({
  data,
  lang,
  t,
  caption,
}: {
  data: StabilityData;
  lang: Lang;
  t: Translate;
  caption: string;
}) {
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('table.rank')}
            </th>
            <th scope="col">{t('table.unit')}</th>
            <th scope="col">{t('weights.stability.col.band')}</th>
            <th scope="col" className="num">
              {t('weights.stability.share')}
            </th>
            <th scope="col" className="num">
              {t('weights.stability.range')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.unitId} className={r.selected ? 'is-selected' : undefined}>
              <td className="num">{formatInteger(r.rank, lang)}</td>
              <th scope="row">{r.name}</th>
              <td>{t(`weights.stability.band${r.band}`)}</td>
              <td className="num">
                {t('weights.stability.percent', {
                  value: formatInteger(Math.round(r.stayShare * 100), lang),
                })}
              </td>
              <td className="num">
                {r.rankLow === r.rankHigh
                  ? formatInteger(r.rankLow, lang)
                  : `${formatInteger(r.rankLow, lang)}–${formatInteger(r.rankHigh, lang)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
