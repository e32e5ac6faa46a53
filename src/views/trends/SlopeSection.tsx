import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { MoversChart } from '../../charts/views/MoversChart.tsx';
import { SlopeChart } from '../../charts/views/SlopeChart.tsx';
import type { Dataset, Lang } from '../../domain/types.ts';
import { formatChange, formatScore } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { rankChangeText } from './summaries.ts';
import { respondentsOf } from '../RespondentsN.tsx';
import { Deferred } from '../../ui/Deferred.tsx';
import type { SlopeRow } from '../../charts/data/slope.ts';
import type { SlopeModel } from './model.ts';
import { SlopeTable } from './SlopeTable.tsx';
import { frameLabels } from '../labels.ts';

export interface SlopeSectionProps {
  readonly dataset: Dataset;
  /** The slope, its movers and their text (`buildTrendsScreen`). */
  readonly model: SlopeModel;
  readonly lang: Lang;
  readonly t: Translate;
  readonly source: string;
  readonly watermark: string | null;
  /** Minimum respondents before a score is marked † (`minn=`). */
  readonly minRespondents: number;
}

/** What the slope and the movers frames share: summary, notes and the table's shape. */
function shared({ dataset, model, lang, t, source, watermark, minRespondents }: SlopeSectionProps) {
  const nOf = respondentsOf(dataset);
  const { fromYear: from, toYear: to } = model.slope;
  return {
    frame: { summary: model.summary, source, notes: model.notes, watermark },
    table: (caption: string, rows: readonly SlopeRow[]) => (
      <SlopeTable
        {...{ caption, rows, from, to, nOf, lang, t, minRespondents }}
        header={model.header}
      />
    ),
  };
}

/** The risers and fallers between the two years, as bars. */
function MoversFrame(
  props: SlopeSectionProps & { readonly moversFrame: NonNullable<SlopeModel['moversFrame']> },
) {
  const { model, lang, t, moversFrame } = props;
  const { frame, table } = shared(props);
  return (
    <ChartFrame
      title={moversFrame.title}
      subtitle={moversFrame.subtitle}
      {...frame}
      labels={frameLabels(t, t('trends.moversChartLabel', { title: moversFrame.title }))}
      table={<Deferred render={() => table(moversFrame.title, moversFrame.rows)} />}
      tools={(f) => (
        <ExportMenu {...f} lang={lang} table={moversFrame.exportTable} info={model.exportInfo} />
      )}
    >
      {(width) => (
        <MoversChart
          data={model.movers}
          width={width}
          formatRow={(m) =>
            `${formatChange(m.change, lang)} · ${rankChangeText(m.rankChange, lang, t)}`
          }
          gapLabel={(count) => t('trends.moversGap', { count })}
        />
      )}
    </ChartFrame>
  );
}

/** The slope chart between two years and the risers/fallers bars, sharing one table alternative. */
export function SlopeSection(props: SlopeSectionProps) {
  const { model, lang, t } = props;
  const { slope, title, moversFrame } = model;
  const fmt = (v: number | null) => formatScore(v, lang);
  const { frame, table } = shared(props);

  return (
    <>
      <ChartFrame
        title={title}
        subtitle={model.subtitle}
        {...frame}
        labels={frameLabels(t, t('trends.slopeChartLabel', { title }))}
        table={<Deferred render={() => table(title, slope.rows)} />}
        tools={(f) => (
          <ExportMenu {...f} lang={lang} table={model.exportTable} info={model.exportInfo} />
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
      {moversFrame ? <MoversFrame {...props} moversFrame={moversFrame} /> : null}
    </>
  );
}
