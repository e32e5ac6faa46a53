import type { Lang } from '../../i18n/i18n.ts';
import type { HeatmapData, HeatmapRow } from '../data/heatmap.ts';
import { legendStops, MISSING_FILL, sequentialScale, textColourOn } from '../scales.ts';
import { theme } from '../theme.ts';
import { ColumnOutlines, HeatmapHead } from './HeatmapGrid.tsx';
import {
  FIT_FONT,
  FIT_LEGEND_ROW,
  FIT_LINE,
  FIT_VALUE_FONT,
  fitHeatmap,
  type HeatmapFit,
} from './heatmapFit.ts';
import { truncate } from './SlopeLabels.tsx';

export interface HeatmapFramedProps {
  readonly data: HeatmapData;
  readonly lang: Lang;
  readonly width: number;
  readonly height: number;
  readonly domain: readonly [number, number];
  readonly formatValue: (value: number | null) => string;
  readonly formatLegend: (value: number) => string;
  readonly formatRank: (rank: number | null) => string;
  readonly legendTitle: string;
  readonly missingLabel?: string;
  readonly footnote: (shown: number, total: number) => readonly string[];
  readonly labels: {
    readonly rank: string;
    readonly unit: string;
    readonly total: string;
    readonly rankOfCell: (rank: string) => string;
  };
}

const CHAR = 8;
const SWATCH = 24;

interface LegendItem {
  readonly key: string;
  readonly colour: string;
  readonly label: string;
  readonly missing: boolean;
  readonly x: number;
  readonly y: number;
}

/** The legend: five colour stops (and "missing") flowing after the title, wrapping to the width. */
function placeLegend(props: HeatmapFramedProps, scale: ReturnType<typeof sequentialScale>) {
  const items = [
    ...legendStops(scale, 5).map((s) => ({
      key: `v${s.value}`,
      colour: s.colour,
      label: props.formatLegend(s.value),
      missing: false,
    })),
    ...(props.missingLabel
      ? [{ key: 'missing', colour: MISSING_FILL, label: props.missingLabel, missing: true }]
      : []),
  ];
  const titleW = props.legendTitle.length * CHAR + 16;
  const itemW = (label: string) => SWATCH + 6 + label.length * CHAR + 16;
  const legendWidth = titleW + items.reduce((s, i) => s + itemW(i.label), 0);
  let lx = titleW;
  let ly = 0;
  const placed: LegendItem[] = items.map((item) => {
    const w = itemW(item.label);
    if (lx > 0 && lx + w > props.width) {
      lx = 0;
      ly += FIT_LEGEND_ROW;
    }
    const at = { ...item, x: lx, y: ly };
    lx += w;
    return at;
  });
  return { placed, legendWidth };
}

/** Rows after which units are left out: a heavier dashed rule marks the gap. */
function rowsBeforeGaps(items: HeatmapFit['shown']['items']): Set<number> {
  const gapAfter = new Set<number>();
  items.forEach((it, i) => {
    if (it.kind === 'gap' && i > 0)
      gapAfter.add(items.slice(0, i).filter((x) => x.kind === 'row').length - 1);
  });
  return gapAfter;
}

/**
 * The heatmap in a fixed-size image, as one SVG exactly `width` × `height`: the legend on top,
 * the grid stretched to the rest, the rows that fit (fitHeatmap) and the footnote when rows are
 * left out. Every text is at least 14 px; the selected unit in bold, the highlighted column
 * outlined (colour is not the only cue).
 */
export function HeatmapFramed(props: HeatmapFramedProps) {
  const { data, lang, width, height, domain, formatValue, formatRank, labels } = props;
  const scale = sequentialScale(domain);
  const { placed, legendWidth } = placeLegend(props, scale);
  const fit = fitHeatmap({
    width,
    height,
    rows: data.rows,
    columns: data.columns.map((c) => `${c.highlighted ? '▼ ' : ''}${c.shortName[lang]}`),
    legendWidth,
    selected: data.rows.filter((r) => r.selected).map((r) => r.unitId),
    footnote: props.footnote,
  });
  const x0 = fit.rankW + fit.unitW + fit.totalW;
  const rows = fit.shown.items.flatMap((it) => (it.kind === 'row' ? [it.row] : []));
  const gapAfter = rowsBeforeGaps(fit.shown.items);
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="heatmap-svg"
      fontFamily={theme.font}
      fontSize={FIT_FONT}
      fill={theme.text}
    >
      <FramedLegend title={props.legendTitle} placed={placed} />
      <HeatmapHead
        rankW={fit.rankW}
        x0={x0}
        cellW={fit.cellW}
        y={fit.gridTop - 8}
        lineHeight={FIT_LINE}
        labels={labels}
        heads={fit.headLines.map((lines, i) => ({ key: data.columns[i]?.id ?? i, lines }))}
      />
      {rows.map((r, j) => (
        <FramedRow
          key={r.unitId}
          row={r}
          y={fit.gridTop + j * fit.rowH}
          gap={gapAfter.has(j)}
          width={width}
          x0={x0}
          fit={fit}
          colour={(v) => scale.colour(v)}
          formatValue={formatValue}
          formatRank={formatRank}
          rankOfCell={labels.rankOfCell}
        />
      ))}
      <ColumnOutlines
        columns={data.columns}
        x0={x0}
        cellW={fit.cellW}
        top={fit.gridTop}
        height={rows.length * fit.rowH}
      />
      {fit.footnote.map((line, k) => (
        <text key={k} x={0} y={fit.gridTop + rows.length * fit.rowH + 8 + (k + 1) * FIT_LINE - 4}>
          {line}
        </text>
      ))}
    </svg>
  );
}

function FramedLegend({ title, placed }: { title: string; placed: readonly LegendItem[] }) {
  return (
    <>
      <text x={0} y={FIT_LEGEND_ROW / 2} dominantBaseline="middle" fontWeight={700}>
        {title}
      </text>
      {placed.map((p) => (
        <g key={p.key}>
          <rect
            x={p.x}
            y={p.y + 4}
            width={SWATCH}
            height={FIT_LEGEND_ROW - 8}
            fill={p.colour}
            stroke={p.missing ? '#9aa5b1' : 'rgb(0 0 0 / 0.25)'}
            strokeDasharray={p.missing ? '3 2' : undefined}
          />
          <text x={p.x + SWATCH + 6} y={p.y + FIT_LEGEND_ROW / 2} dominantBaseline="middle">
            {p.label}
          </text>
        </g>
      ))}
    </>
  );
}

interface FramedRowProps {
  readonly row: HeatmapRow;
  readonly y: number;
  /** Units are left out after this row: a heavier dashed rule under it. */
  readonly gap: boolean;
  readonly width: number;
  readonly x0: number;
  readonly fit: HeatmapFit;
  readonly colour: (value: number) => string;
  readonly formatValue: (value: number | null) => string;
  readonly formatRank: (rank: number | null) => string;
  readonly rankOfCell: (rank: string) => string;
}

/** One unit: its rule, rank, name and total, then its cells. */
function FramedRow({ row: r, y, gap, width, x0, fit, ...cell }: FramedRowProps) {
  const mid = y + fit.rowH / 2;
  return (
    <g fontWeight={r.selected ? 700 : 400}>
      <line
        x1={0}
        x2={width}
        y1={y + fit.rowH}
        y2={y + fit.rowH}
        stroke={gap ? theme.text : theme.grid}
        strokeWidth={gap ? 2 : 1}
        strokeDasharray={gap ? '6 4' : undefined}
      />
      <text x={fit.rankW - 6} y={mid} textAnchor="end" dominantBaseline="middle">
        {cell.formatRank(r.rank)}
      </text>
      <text x={fit.rankW + 4} y={mid} dominantBaseline="middle">
        {truncate(`${r.selected ? '▶ ' : ''}${r.name}`, Math.floor((fit.unitW - 8) / CHAR))}
      </text>
      <text x={x0 - 6} y={mid} textAnchor="end" dominantBaseline="middle">
        {cell.formatValue(r.total)}
      </text>
      {r.cells.map((c, i) => (
        <FramedCell key={c.subIndexId} cell={c} x={x0 + i * fit.cellW} y={y} fit={fit} {...cell} />
      ))}
    </g>
  );
}

type FramedCellProps = Pick<
  FramedRowProps,
  'y' | 'fit' | 'colour' | 'formatValue' | 'formatRank' | 'rankOfCell'
> & {
  readonly cell: HeatmapRow['cells'][number];
  readonly x: number;
};

/** A coloured cell with its value in bold and, when there is room, its rank under it. */
function FramedCell({
  cell: c,
  x: cx,
  y,
  fit,
  colour,
  formatValue,
  formatRank,
  rankOfCell,
}: FramedCellProps) {
  const fill = c.value === null ? MISSING_FILL : colour(c.value);
  const mid = y + fit.rowH / 2;
  const two = fit.cellRanks && c.rank !== null;
  return (
    <g fill={textColourOn(fill)}>
      <rect x={cx + 1} y={y + 1} width={fit.cellW - 2} height={fit.rowH - 2} fill={fill} />
      <text
        x={cx + fit.cellW / 2}
        y={two ? mid - FIT_LINE / 2 : mid}
        textAnchor="middle"
        dominantBaseline="middle"
        fontWeight={700}
        fontSize={FIT_VALUE_FONT}
      >
        {formatValue(c.value)}
      </text>
      {two ? (
        <text
          x={cx + fit.cellW / 2}
          y={mid + FIT_LINE / 2}
          textAnchor="middle"
          dominantBaseline="middle"
          fontWeight={400}
        >
          {rankOfCell(formatRank(c.rank))}
        </text>
      ) : null}
    </g>
  );
}
