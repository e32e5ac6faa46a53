import type { ReactNode } from 'react';
import { buildGapData } from '../../charts/data/gap.ts';
import { buildScorecardData, type ScorecardData } from '../../charts/data/scorecard.ts';
import { ScorecardGapChart } from '../../charts/views/ScorecardGapChart.tsx';
import { SubIndexBarsChart } from '../../charts/views/SubIndexBarsChart.tsx';
import type { GroupYear } from '../../domain/groupYear.ts';
import { scorecardSentence } from '../../i18n/sentences.ts';
import type { Dataset } from '../../domain/types.ts';
import type { GroupYearStats } from '../../domain/uncertainty.ts';
import type { ReportBlock, ReportImage } from '../../export/docx/blocks.ts';
import { buildDocx, DOCX_MIME } from '../../export/docx/build.ts';
import { downloadBlob } from '../../export/download.ts';
import { exportFileName } from '../../export/fileName.ts';
import { EXPORT_FORMATS } from '../../export/pipeline.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatChange, formatDate, formatScore } from '../../i18n/format.ts';
import { loadIndicatorSource, type IndicatorSource } from '../scorecard/indicatorSource.ts';
import { groupReportBlocks } from './groupReport.ts';
import { unitReportBlocks } from './unitReport.ts';

/**
 * Builds and downloads the Word reports (loaded on demand with the docx library, so neither
 * weighs on the first page load). Charts are drawn by the one export pipeline (PNG at 2×, with
 * the source line and the illustrative watermark), then laid out by export/docx.
 */

/** Image width in CSS pixels: the report's text width at 96 dpi is ≈ 624 px; drawn a bit wider. */
const IMAGE_WIDTH = 760;

async function chartImage(
  render: (width: number) => ReactNode,
  frame: { source: string; watermark: string | null; exported: string },
  alt: string,
  title: string,
): Promise<ReportImage | null> {
  const produce = EXPORT_FORMATS.get('png');
  if (!produce) return null;
  try {
    const file = await produce({
      frame: { title: '', subtitle: '', notes: [], ...frame },
      layout: { width: IMAGE_WIDTH, height: null },
      renderChart: render,
      table: null,
      csvTitle: '',
      dialect: 'plain',
    });
    return {
      data: new Uint8Array(await file.blob.arrayBuffer()),
      width: file.pixels?.width ?? IMAGE_WIDTH,
      height: file.pixels?.height ?? IMAGE_WIDTH / 2,
      alt,
      title,
    };
  } catch {
    // A chart that cannot be drawn leaves a note in the report, never a failed download.
    return null;
  }
}

export interface ReportContext {
  readonly dataset: Dataset;
  readonly lang: Lang;
  readonly t: Translate;
  readonly groupName: string;
  readonly source: string;
  readonly minRespondents: number;
}

async function indicatorsOf(dataset: Dataset): Promise<IndicatorSource | null> {
  try {
    return (await loadIndicatorSource(dataset)) ?? null;
  } catch {
    return null;
  }
}

async function unitImages(ctx: ReportContext, data: ScorecardData) {
  const { lang, t } = ctx;
  const frame = {
    source: ctx.source,
    watermark: ctx.dataset.illustrative ? t('chart.watermark') : null,
    exported: t('export.exported', { date: formatDate(new Date(), lang) }),
  };
  const subTitle = t('scorecard.subTitle', {
    unit: data.unitName,
    index: ctx.dataset.indexName,
    year: data.year,
  });
  const sub =
    data.subIndexBars.length === 0
      ? null
      : await chartImage(
          (width) => (
            <SubIndexBarsChart
              bars={data.subIndexBars}
              lang={lang}
              width={width}
              formatValue={(v) => formatScore(v, lang)}
              labels={{
                mean: t('scorecard.mean'),
                median: t('scorecard.median'),
                best: t('scorecard.best'),
                unit: data.unitName,
              }}
            />
          ),
          frame,
          subTitle,
          subTitle,
        );
  const gapData = data.gap ? buildGapData(data.gap) : null;
  const gap =
    gapData === null || gapData.bars.every((b) => b.value === null)
      ? null
      : await chartImage(
          (width) => (
            <ScorecardGapChart
              data={gapData}
              lang={lang}
              width={width}
              formatChange={(v) => formatChange(v, lang)}
            />
          ),
          frame,
          data.unitName,
          data.unitName,
        );
  return { sub, gap };
}

async function save(
  ctx: ReportContext,
  title: string,
  blocks: readonly ReportBlock[],
  fileView: string,
  year: number,
) {
  const bytes = await buildDocx({
    lang: ctx.lang,
    title,
    watermark: ctx.dataset.illustrative ? ctx.t('chart.watermark') : null,
    footer: ctx.source,
    blocks,
  });
  const group = ctx.dataset.groups.find((g) => g.name[ctx.lang] === ctx.groupName);
  downloadBlob(
    exportFileName({
      index: ctx.dataset.indexName,
      province: ctx.dataset.province?.vi ?? null,
      year,
      group: group?.name.vi ?? ctx.groupName,
      view: fileView,
      ext: 'docx',
    }),
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_MIME }),
  );
}

/** The scorecard's "Tải báo cáo Word": the unit and year shown, with the scorecard's own notes. */
export async function downloadUnitReport(
  ctx: ReportContext & {
    readonly data: ScorecardData;
    readonly sentence: string;
    readonly notes: readonly string[];
  },
): Promise<void> {
  const { data, t, lang } = ctx;
  const [images, indicators] = await Promise.all([
    unitImages(ctx, data),
    indicatorsOf(ctx.dataset),
  ]);
  const blocks = unitReportBlocks({
    data,
    indexName: ctx.dataset.indexName,
    lang,
    t,
    groupName: ctx.groupName,
    sentence: ctx.sentence,
    notes: ctx.notes,
    source: ctx.source,
    minRespondents: ctx.minRespondents,
    indicators,
    images,
    made: t('report.made', { date: formatDate(new Date(), lang) }),
  });
  const title = t('report.title', {
    index: ctx.dataset.indexName,
    year: data.year,
    unit: data.unitName,
  });
  await save(ctx, title, blocks, `bao-cao-${data.unitName}`, data.year);
}

/** The ranking's group report: ranking chart and table, movers, then one page per unit. */
export async function downloadGroupReport(
  ctx: ReportContext & {
    readonly groupYear: GroupYear;
    readonly stats: GroupYearStats | null;
    readonly notes: readonly string[];
    readonly renderRanking: (width: number) => ReactNode;
  },
): Promise<void> {
  const { t, lang, groupYear } = ctx;
  const frame = {
    source: ctx.source,
    watermark: ctx.dataset.illustrative ? t('chart.watermark') : null,
    exported: t('export.exported', { date: formatDate(new Date(), lang) }),
  };
  const title = t('report.groupTitle', {
    index: ctx.dataset.indexName,
    year: groupYear.year,
    group: ctx.groupName,
  });
  const [ranking, indicators] = await Promise.all([
    chartImage(ctx.renderRanking, frame, title, title),
    indicatorsOf(ctx.dataset),
  ]);
  const units = groupYear.standings.flatMap((s) => {
    const data = buildScorecardData(ctx.dataset, groupYear, s.unit.id, ctx.stats);
    return data ? [{ data, sentence: scorecardSentence(data.facts, lang) }] : [];
  });
  const blocks = groupReportBlocks({
    groupYear,
    indexName: ctx.dataset.indexName,
    lang,
    t,
    groupName: ctx.groupName,
    title,
    ranking,
    stats: ctx.stats,
    units,
    notes: ctx.notes,
    source: ctx.source,
    minRespondents: ctx.minRespondents,
    indicators,
    made: t('report.made', { date: formatDate(new Date(), lang) }),
  });
  await save(ctx, title, blocks, 'bao-cao-khoi', groupYear.year);
}
