import type { SlopeData, SlopeRow } from '../data/slope.ts';
import { CHANGE_COLOURS, CONTEXT_COLOUR } from '../scales.ts';
import { theme } from '../theme.ts';
import { spreadLabels, truncate } from './SlopeLabels.tsx';

export interface SlopeChartProps {
  readonly data: SlopeData;
  readonly width: number;
  readonly formatValue: (value: number | null) => string;
  /** Text for a unit present in one year only, e.g. "chỉ có năm 2019". */
  readonly onlyLabel: (year: number) => string;
  /** Accessible description of one line (used as its SVG <title>). */
  readonly describe: (row: SlopeRow) => string;
}

const TOP = 28;
const BOTTOM = 12;
const LABEL_GAP = 15;
/** Above this many units only the chosen ones are labelled (PCI: 63 provinces). */
const LABEL_ALL_MAX = 20;

function colourOf(row: SlopeRow): string {
  if (row.change === null) return theme.mutedText;
  return row.change > 0
    ? CHANGE_COLOURS.rise
    : row.change < 0
      ? CHANGE_COLOURS.fall
      : CHANGE_COLOURS.same;
}

/** Most context lines drawn one by one (with a tooltip each). */
const MAX_CONTEXT_LINES = 300;

/** Where the two year axes sit and how values map to heights; which rows are strong or labelled. */
interface SlopeLayout {
  readonly height: number;
  readonly x1: number;
  readonly x2: number;
  readonly y: (v: number) => number;
  readonly charsRight: number;
  readonly strong: (r: SlopeRow) => boolean;
  readonly labelled: readonly SlopeRow[];
  readonly leftLabels: Map<string, number>;
  readonly rightLabels: Map<string, number>;
}

function slopeLayout(data: SlopeData, width: number): SlopeLayout {
  const many = data.rows.length > LABEL_ALL_MAX;
  const anyHighlighted = data.rows.some((r) => r.highlighted);
  const strong = (r: SlopeRow) => r.highlighted || (!many && !anyHighlighted);
  const labelled = data.rows.filter((r) => r.highlighted || !many);
  const height = Math.max(
    240,
    Math.min(560, TOP + BOTTOM + Math.max(labelled.length, 8) * (LABEL_GAP + 3)),
  );
  const leftPad = 64;
  const rightPad = Math.max(120, Math.min(260, Math.round(width * 0.42)));
  const x1 = leftPad;
  const x2 = Math.max(x1 + 60, width - rightPad);
  const [lo, hi] = data.domain ?? [0, 1];
  const span = hi - lo || 1;
  const y = (v: number) => TOP + (1 - (v - lo) / span) * (height - TOP - BOTTOM);
  const charsRight = Math.max(10, Math.floor((rightPad - 54) / 7));
  const rightLabels = spreadLabels(
    labelled.filter((r) => r.to !== null).map((r) => ({ key: r.unitId, y: y(r.to as number) })),
    LABEL_GAP,
    TOP - 6,
    height - 2,
  );
  const leftLabels = spreadLabels(
    labelled.filter((r) => r.from !== null).map((r) => ({ key: r.unitId, y: y(r.from as number) })),
    LABEL_GAP,
    TOP - 6,
    height - 2,
  );
  return { height, x1, x2, y, charsRight, strong, labelled, leftLabels, rightLabels };
}

/**
 * A slope chart: the earlier year on the left, the later on the right, one line per unit. Rises
 * are blue and solid, falls vermillion and dashed (so the direction never rests on colour alone;
 * the slope itself and the signed values say it too). Chosen units are drawn strong and always
 * labelled; with many units the others are thin grey context. A unit present in one year only is
 * a hollow point on that side.
 */
export function SlopeChart({ data, width, formatValue, onlyLabel, describe }: SlopeChartProps) {
  const layout = slopeLayout(data, width);
  const { height, x1, x2, y, strong } = layout;
  const ordered = [...data.rows].sort((a, b) => Number(strong(a)) - Number(strong(b)));
  // Thousands of context lines, each a group with a tooltip, froze the page: above
  // MAX_CONTEXT_LINES they are one path without tooltips (the table lists every unit).
  const bundled = data.rows.length > MAX_CONTEXT_LINES;

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={theme.font}
      fontSize={theme.smallFontSize}
      className="slope-chart"
    >
      <YearAxes x1={x1} x2={x2} fromYear={data.fromYear} toYear={data.toYear} height={height} />
      {bundled ? (
        <path
          d={ordered
            .filter((r) => !strong(r) && r.from !== null && r.to !== null)
            .map((r) => `M${x1},${y(r.from as number)}L${x2},${y(r.to as number)}`)
            .join('')}
          stroke={CONTEXT_COLOUR}
          strokeWidth={1}
          fill="none"
          className="slope-chart__context"
        />
      ) : null}
      {(bundled ? ordered.filter(strong) : ordered).map((r) => (
        <SlopeLine key={r.unitId} row={r} layout={layout} describe={describe} />
      ))}
      {layout.labelled.map((r) => (
        <SlopeRowLabels
          key={`l-${r.unitId}`}
          row={r}
          layout={layout}
          fromYear={data.fromYear}
          toYear={data.toYear}
          formatValue={formatValue}
          onlyLabel={onlyLabel}
        />
      ))}
    </svg>
  );
}

interface YearAxesProps {
  readonly x1: number;
  readonly x2: number;
  readonly fromYear: number;
  readonly toYear: number;
  readonly height: number;
}

/** Each year's heading over its vertical axis. */
function YearAxes({ x1, x2, fromYear, toYear, height }: YearAxesProps) {
  return (
    <>
      <text
        x={x1}
        y={14}
        textAnchor="middle"
        fontWeight={700}
        fill={theme.text}
        fontSize={theme.fontSize}
      >
        {fromYear}
      </text>
      <text
        x={x2}
        y={14}
        textAnchor="middle"
        fontWeight={700}
        fill={theme.text}
        fontSize={theme.fontSize}
      >
        {toYear}
      </text>
      <line x1={x1} x2={x1} y1={TOP - 6} y2={height - BOTTOM + 4} stroke={theme.grid} />
      <line x1={x2} x2={x2} y1={TOP - 6} y2={height - BOTTOM + 4} stroke={theme.grid} />
    </>
  );
}

interface SlopeLineProps {
  readonly row: SlopeRow;
  readonly layout: SlopeLayout;
  readonly describe: (row: SlopeRow) => string;
}

/** One unit's line (solid rise, dashed fall, grey context) and its end points, hollow when alone. */
function SlopeLine({ row: r, layout, describe }: SlopeLineProps) {
  const { x1, x2, y } = layout;
  const isStrong = layout.strong(r);
  const colour = isStrong ? colourOf(r) : CONTEXT_COLOUR;
  const dashed = isStrong && r.change !== null && r.change < 0;
  return (
    <g data-unit={r.unitId} data-presence={r.presence}>
      <title>{describe(r)}</title>
      {/* No line where no change is computed (across the province merger of 2025). */}
      {r.from !== null && r.to !== null && r.change !== null ? (
        <line
          x1={x1}
          y1={y(r.from)}
          x2={x2}
          y2={y(r.to)}
          stroke={colour}
          strokeWidth={isStrong ? 2.5 : 1}
          strokeDasharray={dashed ? '6 3' : undefined}
        />
      ) : null}
      {r.from !== null ? (
        <circle
          cx={x1}
          cy={y(r.from)}
          r={isStrong ? 4 : 2.5}
          fill={r.to === null ? '#fff' : colour}
          stroke={colour}
          strokeWidth={1.5}
        />
      ) : null}
      {r.to !== null ? (
        <circle
          cx={x2}
          cy={y(r.to)}
          r={isStrong ? 4 : 2.5}
          fill={r.from === null ? '#fff' : colour}
          stroke={colour}
          strokeWidth={1.5}
        />
      ) : null}
    </g>
  );
}

interface SlopeRowLabelsProps {
  readonly row: SlopeRow;
  readonly layout: SlopeLayout;
  readonly fromYear: number;
  readonly toYear: number;
  readonly formatValue: (value: number | null) => string;
  readonly onlyLabel: (year: number) => string;
}

/** A labelled unit's values at both ends, its name on the right, or "only in <year>". */
function SlopeRowLabels({
  row: r,
  layout,
  fromYear,
  toYear,
  formatValue,
  onlyLabel,
}: SlopeRowLabelsProps) {
  const { x1, x2, charsRight } = layout;
  const ly = layout.leftLabels.get(r.unitId);
  const ry = layout.rightLabels.get(r.unitId);
  const weight = r.highlighted ? 700 : 400;
  return (
    <g aria-hidden="true">
      {ly !== undefined ? (
        <text
          x={x1 - 8}
          y={ly}
          textAnchor="end"
          dominantBaseline="middle"
          fill={theme.text}
          fontWeight={weight}
        >
          {formatValue(r.from)}
        </text>
      ) : null}
      {ry !== undefined ? (
        <text x={x2 + 8} y={ry} dominantBaseline="middle" fill={theme.text} fontWeight={weight}>
          {`${formatValue(r.to)} ${truncate(r.name, charsRight)}`}
        </text>
      ) : null}
      {ry === undefined && ly !== undefined ? (
        <text
          x={x1 + 8}
          y={ly}
          dominantBaseline="middle"
          fill={theme.mutedText}
          fontWeight={weight}
        >
          {`${truncate(r.name, charsRight)} (${onlyLabel(fromYear)})`}
        </text>
      ) : null}
      {ry !== undefined && r.from === null ? (
        <text x={x2 - 8} y={ry} textAnchor="end" dominantBaseline="middle" fill={theme.mutedText}>
          {onlyLabel(toYear)}
        </text>
      ) : null}
    </g>
  );
}
