import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import type { ExportInfo, ExportTable } from '../../export/types.ts';
import type { MoversData } from '../../charts/data/movers.ts';
import type { SlopeData } from '../../charts/data/slope.ts';
import { MoversChart } from '../../charts/views/MoversChart.tsx';
import { SlopeChart } from '../../charts/views/SlopeChart.tsx';
import type { Dataset, Lang } from '../../domain/types.ts';
import { formatChange, formatInteger, formatScore } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { rankChangeText, slopeNotes, slopeSummary } from './summaries.ts';
import { RespondentsN, respondentsOf } from '../RespondentsN.tsx';
import { Deferred } from '../../ui/Deferred.tsx';

export interface SlopeSectionProps {
  readonly dataset: Dataset;
  readonly slope: SlopeData;
  readonly movers: MoversData;
  readonly groupId: string;
  readonly groupName: string;
  readonly lang: Lang;
  readonly t: Translate;
  readonly source: string;
  readonly watermark: string | null;
  /** Minimum respondents before a score is marked † (`minn=`). */
  readonly minRespondents: number;
}

/** The slope chart between two years and the risers/fallers bars, sharing one table alternative. */
export function SlopeSection({
  dataset,
  slope,
  movers,
  groupId,
  groupName,
  lang,
  t,
  source,
  watermark,
  minRespondents,
}: SlopeSectionProps) {
  const nOf = respondentsOf(dataset);
  const { fromYear: from, toYear: to } = slope;
  const fmt = (v: number | null) => formatScore(v, lang);
  const slopeTitle = t('trends.slopeTitle', {
    index: dataset.indexName,
    from,
    to,
    group: groupName.toLocaleLowerCase(lang),
  });
  const moversTitle = t('trends.moversTitle', { from, to });
  const summary = slopeSummary(slope, movers, lang, t);
  const notes = slopeNotes(slope, movers, lang, t);

  const table = (caption: string, rows: typeof slope.rows) => (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.unit')}</th>
            <th scope="col" className="num">
              {t('trends.colFrom', { year: from })}
            </th>
            <th scope="col" className="num">
              {t('trends.colTo', { year: to })}
            </th>
            <th scope="col" className="num">
              {t('trends.colChange')}
            </th>
            <th scope="col" className="num">
              {t('trends.colRankFrom', { year: from })}
            </th>
            <th scope="col" className="num">
              {t('trends.colRankTo', { year: to })}
            </th>
            <th scope="col" className="num">
              {t('trends.colRankChange')}
            </th>
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
                {fmt(r.from)}
                {nOf ? (
                  <RespondentsN n={nOf(r.unitId, from)} min={minRespondents} t={t} lang={lang} />
                ) : null}
              </td>
              <td className="num">
                {fmt(r.to)}
                {nOf ? (
                  <RespondentsN n={nOf(r.unitId, to)} min={minRespondents} t={t} lang={lang} />
                ) : null}
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
  const moverRows = [...movers.ordered.map((m) => m.row), ...movers.notComparable];
  const exportTable = (rows: typeof slope.rows): ExportTable => ({
    header: [
      t('table.unit'),
      t('trends.colFrom', { year: from }),
      t('trends.colTo', { year: to }),
      t('trends.colChange'),
      t('trends.colRankFrom', { year: from }),
      t('trends.colRankTo', { year: to }),
      t('trends.colRankChange'),
    ],
    rows: rows.map((r) => [r.name, r.from, r.to, r.change, r.fromRank, r.toRank, r.rankChange]),
  });
  const exportInfo: ExportInfo = { dataset, view: 'trends', groupId, year: `${from}–${to}` };

  return (
    <>
      <ChartFrame
        title={slopeTitle}
        subtitle={t('trends.slopeSubtitle', { from, to })}
        summary={summary}
        source={source}
        notes={notes}
        watermark={watermark}
        labels={{
          showTable: t('chart.showTable'),
          showChart: t('chart.showChart'),
          chart: t('trends.slopeChartLabel', { title: slopeTitle }),
        }}
        table={<Deferred render={() => table(slopeTitle, slope.rows)} />}
        tools={(f) => (
          <ExportMenu {...f} lang={lang} table={exportTable(slope.rows)} info={exportInfo} />
        )}
      >
        {(width) => (
          <SlopeChart
            data={slope}
            width={width}
            formatValue={fmt}
            onlyLabel={(year) => t('trends.onlyYear', { year })}
            describe={(r) =>
              t('trends.slopeLine', {
                name: r.name,
                from: fmt(r.from),
                to: fmt(r.to),
                change: formatChange(r.change, lang),
              })
            }
          />
        )}
      </ChartFrame>
      {movers.ordered.length > 0 && from !== to ? (
        <ChartFrame
          title={moversTitle}
          subtitle={t('trends.moversSubtitle', { group: groupName })}
          summary={summary}
          source={source}
          notes={notes}
          watermark={watermark}
          labels={{
            showTable: t('chart.showTable'),
            showChart: t('chart.showChart'),
            chart: t('trends.moversChartLabel', { title: moversTitle }),
          }}
          table={<Deferred render={() => table(moversTitle, moverRows)} />}
          tools={(f) => (
            <ExportMenu {...f} lang={lang} table={exportTable(moverRows)} info={exportInfo} />
          )}
        >
          {(width) => (
            <MoversChart
              data={movers}
              width={width}
              formatRow={(m) =>
                `${formatChange(m.change, lang)} · ${rankChangeText(m.rankChange, lang, t)}`
              }
              gapLabel={(count) => t('trends.moversGap', { count })}
            />
          )}
        </ChartFrame>
      ) : null}
    </>
  );
}
