import type { SlopeRow } from '../../charts/data/slope.ts';
import type { Lang } from '../../domain/types.ts';
import { formatChange, formatInteger, formatScore } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { RespondentsN, type RespondentsOf } from '../RespondentsN.tsx';
import { rankChangeText } from './summaries.ts';

export interface SlopeTableProps {
  readonly caption: string;
  /** Column headings: unit, the two years' scores, change, the two ranks, rank change. */
  readonly header: readonly string[];
  readonly rows: readonly SlopeRow[];
  readonly from: number;
  readonly to: number;
  readonly nOf: RespondentsOf;
  readonly lang: Lang;
  readonly t: Translate;
  /** Minimum respondents before a score is marked † (`minn=`). */
  readonly minRespondents: number;
}

/** The slope's (or the movers') rows as a table: both years' scores and ranks and the changes. */
export function SlopeTable({
  caption,
  header,
  rows,
  from,
  to,
  nOf,
  lang,
  t,
  minRespondents,
}: SlopeTableProps) {
  const n = (unitId: string, year: number) =>
    nOf ? <RespondentsN n={nOf(unitId, year)} min={minRespondents} t={t} lang={lang} /> : null;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {header.map((h, i) => (
              <th key={i} scope="col" className={i === 0 ? undefined : 'num'}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.unitId}
              className={r.highlighted ? 'is-selected' : undefined}
              data-unit={r.unitId}
            >
              <th scope="row">{r.name}</th>
              <td className="num">
                {formatScore(r.from, lang)}
                {n(r.unitId, from)}
              </td>
              <td className="num">
                {formatScore(r.to, lang)}
                {n(r.unitId, to)}
              </td>
              <td className="num">{formatChange(r.change, lang)}</td>
              <td className="num">{formatInteger(r.fromRank, lang)}</td>
              <td className="num">{formatInteger(r.toRank, lang)}</td>
              <td className="num">{rankChangeText(r.rankChange, lang, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
