import type { SubIndexBar } from '../data/scorecard.ts';
import { svgCoord } from '../scales.ts';
import { labelWidth, theme } from '../theme.ts';
import { wrapLabel } from './wrapLabel.ts';

export interface SubIndexBarsChartProps {
  readonly bars: readonly SubIndexBar[];
  readonly lang: 'vi' | 'en';
  readonly width: number;
  /** Locale-aware score formatter ("—" when missing). */
  readonly formatValue: (value: number | null) => string;
  readonly labels: {
    readonly mean: string;
    readonly median: string;
    readonly best: string;
    /** The unit's name, for the legend. */
    readonly unit: string;
  };
  /**
   * A fixed-size image's chart height: the chart fills it with every text at least 14 px — one
   * line per sub-index (the group's figures stay as markers; their values are in the table).
   */
  readonly fitHeight?: number | null;
}

const LINE = 15;
/** Text size in fixed-size images (MIN_EXPORT_TEXT_PX). */
const FIT_FONT = 14;
const SCALE_MAX = 10;

/** Mean: a vertical line; median: a diamond; best: a triangle — shapes, not only colours. */
function Markers({
  x,
  y,
  h,
  bar,
}: {
  x: (v: number) => number;
  y: number;
  h: number;
  bar: SubIndexBar;
}) {
  const mid = y + h / 2;
  return (
    <g aria-hidden="true">
      {bar.mean !== null ? (
        <line
          x1={x(bar.mean)}
          x2={x(bar.mean)}
          y1={y - 3}
          y2={y + h + 3}
          stroke={theme.average}
          strokeWidth={2}
        />
      ) : null}
      {bar.median !== null ? (
        <path
          d={`M${x(bar.median)},${mid - 6} l6,6 l-6,6 l-6,-6 Z`}
          fill="#ffffff"
          stroke={theme.average}
          strokeWidth={1.5}
        />
      ) : null}
      {bar.best !== null ? (
        // Its tip on its own bar's top edge: in a fixed-size image the rows are close, and a
        // triangle floating between two bars was read as the lower one's.
        <path d={`M${x(bar.best)},${y} l5,-8 l-10,0 Z`} fill={theme.average} />
      ) : null}
    </g>
  );
}

interface BarsRow {
  readonly bar: SubIndexBar;
  readonly lines: string[];
  readonly top: number;
  readonly barY: number;
}

/** Sizes and rows: on screen (labels beside, or above on narrow screens) or filling a fixed height. */
function barsLayout(
  bars: readonly SubIndexBar[],
  lang: 'vi' | 'en',
  width: number,
  fitHeight: number | null,
) {
  const fit = fitHeight !== null;
  // Narrow screens put each label above its bar so the bars get the full width.
  const narrow = width < 560 && !fit;
  const left = narrow ? 8 : labelWidth(width);
  // Values are printed in a right-aligned column, clear of the markers.
  const right = 56;
  const plotWidth = Math.max(80, width - left - right);
  const x = (v: number) =>
    svgCoord(left + (Math.max(0, Math.min(SCALE_MAX, v)) / SCALE_MAX) * plotWidth);
  const perLine = narrow
    ? Math.max(20, Math.floor((width - 16) / 7))
    : Math.max(12, Math.floor((left - 12) / (fit ? 8 : 7)));
  const legendHeight = fit ? 56 : 48;
  const axisHeight = fit ? 26 : 22;
  // In a fixed-size image each row gets an equal share of the height (one line, no stats line).
  const fitStep =
    fitHeight === null
      ? 0
      : Math.max(24, (fitHeight - legendHeight - axisHeight) / Math.max(1, bars.length));
  const barHeight = fit ? Math.min(24, Math.max(12, fitStep - 12)) : 16;
  const rows: BarsRow[] = [];
  let offset = legendHeight;
  for (const b of bars) {
    const lines = wrapLabel(b.shortName[lang], perLine, fit ? 1 : 2);
    const labelBlock = narrow ? lines.length * LINE + 4 : 0;
    rows.push({
      bar: b,
      lines,
      top: offset,
      barY: fit ? offset + (fitStep - barHeight) / 2 : offset + 10 + labelBlock,
    });
    offset += fit ? fitStep : narrow ? labelBlock + 50 : Math.max(50, lines.length * LINE + 30);
  }
  const height = offset + axisHeight;
  return { fit, narrow, left, x, legendHeight, axisHeight, barHeight, rows, height };
}

type BarsLayout = ReturnType<typeof barsLayout>;

/**
 * The unit's sub-index scores as horizontal bars on the 0–10 scale, each with the group's mean
 * (line), median (diamond) and best (triangle) marked, the unit's value printed at the bar's end
 * and the three group figures printed under it. Missing values draw no bar and print "—".
 */
export function SubIndexBarsChart({
  bars,
  lang,
  width,
  formatValue,
  labels,
  fitHeight = null,
}: SubIndexBarsChartProps) {
  const l = barsLayout(bars, lang, width, fitHeight);
  const { fit, x, height, legendHeight, axisHeight } = l;
  const font = fit ? FIT_FONT : theme.fontSize;
  const small = fit ? FIT_FONT : theme.smallFontSize;
  const ticks = [0, 2, 4, 6, 8, 10];

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={theme.font}
      fontSize={font}
      className="subindex-bars"
    >
      <BarsLegend labels={labels} fit={fit} small={small} />
      {ticks.map((v) => (
        <line
          key={v}
          x1={x(v)}
          x2={x(v)}
          y1={legendHeight}
          y2={height - axisHeight}
          stroke={theme.grid}
        />
      ))}
      {l.rows.map((row) => (
        <BarsRowView
          key={row.bar.id}
          row={row}
          l={l}
          width={width}
          formatValue={formatValue}
          labels={labels}
        />
      ))}
      {ticks.map((v) => (
        <text
          key={v}
          x={x(v)}
          y={height - 6}
          textAnchor="middle"
          fontSize={small}
          fill={theme.mutedText}
        >
          {v}
        </text>
      ))}
    </svg>
  );
}

interface BarsLegendProps {
  readonly labels: SubIndexBarsChartProps['labels'];
  readonly fit: boolean;
  readonly small: number;
}

/** The key: the unit's bar, then the mean's line, the median's diamond and the best's triangle. */
function BarsLegend({ labels, fit, small }: BarsLegendProps) {
  const legendStep = fit ? 130 : 96;
  return (
    <g transform="translate(0, 4)" fontSize={small} fill={theme.text}>
      <rect x={0} y={2} width={14} height={10} fill={theme.barSelected} />
      <text x={18} y={11}>
        {labels.unit}
      </text>
      <g transform={`translate(0, ${fit ? 24 : 20})`}>
        <line x1={4} x2={4} y1={0} y2={14} stroke={theme.average} strokeWidth={2} />
        <text x={10} y={11}>
          {labels.mean}
        </text>
        <path
          d={`M${legendStep + 6},1 l6,6 l-6,6 l-6,-6 Z`}
          fill="#ffffff"
          stroke={theme.average}
          strokeWidth={1.5}
        />
        <text x={legendStep + 16} y={11}>
          {labels.median}
        </text>
        <path d={`M${legendStep * 2 + 6},12 l5,-8 l-10,0 Z`} fill={theme.average} />
        <text x={legendStep * 2 + 16} y={11}>
          {labels.best}
        </text>
      </g>
    </g>
  );
}

interface BarsRowViewProps {
  readonly row: BarsRow;
  readonly l: BarsLayout;
  readonly width: number;
  readonly formatValue: (value: number | null) => string;
  readonly labels: SubIndexBarsChartProps['labels'];
}

/** One sub-index: its name, the unit's bar, the group's markers, the value and the group's figures. */
function BarsRowView({ row, l, width, formatValue, labels }: BarsRowViewProps) {
  const { bar, lines, top, barY: y } = row;
  const { narrow, left, barHeight } = l;
  const textY = narrow ? top + 14 : y + barHeight / 2 - ((lines.length - 1) * LINE) / 2;
  const textX = narrow ? left : left - 8;
  return (
    <g data-subindex={bar.id}>
      <text
        x={textX}
        y={textY}
        textAnchor={narrow ? 'start' : 'end'}
        dominantBaseline="middle"
        fill={theme.text}
        fontWeight={narrow ? 600 : 400}
      >
        {lines.map((part, i) => (
          <tspan key={i} x={textX} dy={i === 0 ? 0 : LINE}>
            {part}
          </tspan>
        ))}
      </text>
      {bar.value !== null ? (
        <rect
          x={left}
          y={y}
          width={svgCoord(l.x(bar.value) - left)}
          height={barHeight}
          fill={theme.barSelected}
        />
      ) : null}
      <Markers x={l.x} y={y} h={barHeight} bar={bar} />
      <text
        x={width - 4}
        textAnchor="end"
        y={y + barHeight / 2}
        dominantBaseline="middle"
        fontWeight={700}
        fill={theme.text}
      >
        {formatValue(bar.value)}
      </text>
      {l.fit ? null : (
        <text x={left} y={y + barHeight + 16} fontSize={theme.smallFontSize} fill={theme.mutedText}>
          {`${labels.mean} ${formatValue(bar.mean)} · ${labels.median} ${formatValue(bar.median)} · ${labels.best} ${formatValue(bar.best)}`}
        </text>
      )}
    </g>
  );
}
