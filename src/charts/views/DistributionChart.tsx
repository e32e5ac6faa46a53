import type { DistributionData, DistributionGroup } from '../data/distribution.ts';
import { boundedTicks } from '../scales.ts';
import { theme } from '../theme.ts';
import { wrapLabel } from './wrapLabel.ts';

export interface DistributionChartProps {
  readonly data: DistributionData;
  readonly width: number;
  readonly formatValue: (value: number | null) => string;
  /** Text for each group: heading, median label, spread label; `empty` for a group without data. */
  readonly labels: {
    readonly heading: (group: DistributionGroup) => string;
    /** A second heading line for the group that holds the selected unit (null otherwise). */
    readonly selected: (group: DistributionGroup) => string | null;
    readonly median: (group: DistributionGroup) => string;
    readonly spread: (group: DistributionGroup) => string;
    readonly empty: string;
  };
  /** Laid out for a fixed-size image: 14 px text, tighter strips. */
  readonly fit?: boolean;
}

const STEP = 11;
/** Above this many dots in a strip, dots carry no tooltip of their own (the table lists them all): thousands of <title>s cost seconds. */
const MAX_DOT_TITLES = 300;
const SIDE = 20;

/** Centre of the spread label: under the bracket, but kept whole inside the chart (≈7 px per bold character). */
function spreadX(centre: number, lines: readonly string[], width: number): number {
  const half = (Math.max(0, ...lines.map((l) => l.length)) * 7) / 2;
  return Math.min(Math.max(centre, half + 2), width - half - 2);
}

/** Every 5 points on narrow axes, every 10 on wider ones, and never more than MAX_TICKS. */
function ticksFor(domain: readonly [number, number]): number[] {
  return boundedTicks(domain, domain[1] - domain[0] <= 30 ? 5 : 10);
}

/** Text and spacing of the strips: on screen, or (fit) every text 14 px and the strips tighter. */
interface Sizes {
  readonly font: number;
  readonly head: number;
  readonly line: number;
  readonly above: number;
  readonly step: number;
  readonly below: number;
  readonly gap: number;
  readonly char: number;
}

// Fixed-size images: every text 14 px, the strips tighter (heading, median label and spread
// closer to the dots) so two groups fit a 1200×630 image.
const FIT_SIZES: Sizes = {
  font: 14,
  head: 14,
  line: 18,
  above: 34,
  step: 9,
  below: 46,
  gap: 8,
  char: 8.2,
};
const SCREEN_SIZES: Sizes = {
  font: theme.smallFontSize,
  head: theme.fontSize,
  line: 16,
  above: 44,
  step: STEP,
  below: 62,
  gap: 12,
  char: 7.5,
};

interface Panel {
  readonly group: DistributionGroup;
  readonly top: number;
  readonly height: number;
  readonly lines: string[];
  readonly spread: string[];
}

/** Each group's strip: its top, height, heading lines and spread label lines, stacked. */
function layoutPanels(
  data: DistributionData,
  labels: DistributionChartProps['labels'],
  K: Sizes,
  perLine: number,
): { panels: Panel[]; total: number } {
  const panels: Panel[] = [];
  let offset = 0;
  for (const group of data.groups) {
    const maxStack = group.points.reduce((m, p) => Math.max(m, p.stack), 0);
    const selected = labels.selected(group);
    const lines = [
      ...wrapLabel(labels.heading(group), perLine, 2),
      ...(selected ? wrapLabel(selected, perLine, 2) : []),
    ];
    const spread = group.points.length === 0 ? [] : wrapLabel(labels.spread(group), perLine - 4, 2);
    const head = (lines.length - 1) * K.line + Math.max(0, spread.length - 1) * K.line;
    const height =
      head + (group.points.length === 0 ? 48 : K.above + maxStack * K.step + 6 + 8 + K.below);
    panels.push({ group, top: offset, height, lines, spread });
    offset += height + K.gap;
  }
  return { panels, total: Math.max(offset, 20) };
}

/**
 * One strip per group on a shared score axis: a dot per unit (stacked where totals nearly
 * coincide), the median as a dashed line with its value, and the spread (best − worst) as a
 * bracket under the axis labelled with the gap in points. The selected unit is a larger, ringed,
 * dark dot — size and outline as well as colour. Groups without data say so.
 */
export function DistributionChart({
  data,
  width,
  formatValue,
  labels,
  fit = false,
}: DistributionChartProps) {
  const K = fit ? FIT_SIZES : SCREEN_SIZES;
  const [lo, hi] = data.domain;
  const x = (v: number) => SIDE + ((v - lo) / (hi - lo)) * (width - 2 * SIDE);
  const ticks = ticksFor(data.domain);
  const { panels, total } = layoutPanels(data, labels, K, Math.max(24, Math.floor(width / K.char)));
  const strip = { K, x, ticks, width, fit, labels, formatValue };

  return (
    <svg
      width={width}
      height={total}
      viewBox={`0 0 ${width} ${total}`}
      fontFamily={theme.font}
      fontSize={K.font}
      className="distribution-chart"
    >
      {panels.map((panel) => (
        <GroupStrip key={panel.group.groupId} panel={panel} {...strip} />
      ))}
    </svg>
  );
}

interface StripProps {
  readonly K: Sizes;
  readonly x: (v: number) => number;
  readonly ticks: readonly number[];
  readonly width: number;
  readonly fit: boolean;
  readonly labels: DistributionChartProps['labels'];
  readonly formatValue: (value: number | null) => string;
}

/** One group: its heading, then its axis, median, dots and spread (or "no data"). */
function GroupStrip({ panel, ...p }: StripProps & { panel: Panel }) {
  const { group, top: panelTop, lines } = panel;
  const { K, labels } = p;
  // Everything below the heading is laid out from `top`, pushed down by extra heading lines.
  const top = panelTop + (lines.length - 1) * K.line;
  const maxStack = group.points.reduce((m, pt) => Math.max(m, pt.stack), 0);
  const base = top + K.above + maxStack * K.step + 6;
  const axisY = base + 8;
  return (
    <g data-group={group.groupId}>
      <text x={0} y={panelTop + 14} fontSize={K.head} fontWeight={700} fill={theme.text}>
        {lines.map((line, i) => (
          <tspan key={i} x={0} dy={i === 0 ? 0 : K.line}>
            {line}
          </tspan>
        ))}
      </text>
      {group.points.length === 0 ? (
        <text x={0} y={top + 36} fill={theme.mutedText}>
          {labels.empty}
        </text>
      ) : (
        <>
          <StripAxis axisY={axisY} {...p} />
          <MedianMark group={group} top={top} axisY={axisY} {...p} />
          <StripDots group={group} base={base} {...p} />
          <SpreadBracket panel={panel} axisY={axisY} {...p} />
        </>
      )}
    </g>
  );
}

function StripAxis({ axisY, x, ticks, width, fit }: StripProps & { axisY: number }) {
  return (
    <>
      <line x1={SIDE} x2={width - SIDE} y1={axisY} y2={axisY} stroke={theme.mutedText} />
      {ticks.map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={axisY} y2={axisY + 4} stroke={theme.mutedText} />
          <text x={x(v)} y={axisY + (fit ? 17 : 15)} textAnchor="middle" fill={theme.mutedText}>
            {v}
          </text>
        </g>
      ))}
    </>
  );
}

/** The median as a dashed line from above the dots to the axis, its label above. */
function MedianMark({
  group,
  top,
  axisY,
  K,
  x,
  width,
  labels,
}: StripProps & { group: DistributionGroup; top: number; axisY: number }) {
  const { median } = group.summary;
  if (median === null) return null;
  return (
    <>
      <line
        x1={x(median)}
        x2={x(median)}
        y1={top + K.above - 8}
        y2={axisY}
        stroke={theme.average}
        strokeDasharray="4 3"
      />
      <text
        x={Math.min(Math.max(x(median), SIDE + 40), width - SIDE - 40)}
        y={top + K.above - 13}
        textAnchor="middle"
        fill={theme.text}
      >
        {labels.median(group)}
      </text>
    </>
  );
}

/** A dot per unit, stacked; the selected ones drawn last, larger and ringed. */
function StripDots({
  group,
  base,
  K,
  x,
  fit,
  formatValue,
}: StripProps & { group: DistributionGroup; base: number }) {
  return (
    <>
      {group.points
        .filter((p) => !p.selected)
        .map((p, _i, all) => (
          <circle
            key={p.unitId}
            cx={x(p.total)}
            cy={base - p.stack * K.step}
            r={fit ? 4 : 5}
            fill={theme.bar}
            stroke="#ffffff"
            strokeWidth={1}
            data-unit={p.unitId}
          >
            {all.length <= MAX_DOT_TITLES ? (
              <title>{`${p.name}: ${formatValue(p.total)}`}</title>
            ) : null}
          </circle>
        ))}
      {group.points
        .filter((p) => p.selected)
        .map((p) => (
          <circle
            key={p.unitId}
            cx={x(p.total)}
            cy={base - p.stack * K.step}
            r={7}
            fill={theme.barSelected}
            stroke={theme.text}
            strokeWidth={2}
            data-unit={p.unitId}
            data-selected="true"
          >
            <title>{`${p.name}: ${formatValue(p.total)}`}</title>
          </circle>
        ))}
    </>
  );
}

/** The spread (best − worst) as a bracket under the axis, its ends' values and the gap label. */
function SpreadBracket({
  panel,
  axisY,
  K,
  x,
  width,
  fit,
  formatValue,
}: StripProps & { panel: Panel; axisY: number }) {
  const { best, worst } = panel.group.summary;
  if (best === null || worst === null) return null;
  const { spread } = panel;
  return (
    <g className="distribution-spread">
      <path
        d={`M${x(worst)},${axisY + 20} v6 H${x(best)} v-6`}
        fill="none"
        stroke={theme.text}
        strokeWidth={1.5}
      />
      {x(best) - x(worst) >= 90 ? (
        <>
          {/* In an image the figures sit beside the bracket's ends, saving a line. */}
          <text
            x={fit ? x(worst) - 6 : x(worst)}
            y={axisY + (fit ? 28 : 40)}
            textAnchor={fit ? 'end' : 'start'}
            fill={theme.mutedText}
          >
            {formatValue(worst)}
          </text>
          <text
            x={fit ? x(best) + 6 : x(best)}
            y={axisY + (fit ? 28 : 40)}
            textAnchor={fit ? 'start' : 'end'}
            fill={theme.mutedText}
          >
            {formatValue(best)}
          </text>
        </>
      ) : null}
      <text
        x={spreadX((x(worst) + x(best)) / 2, spread, width)}
        y={panel.top + panel.height - 4 - (spread.length - 1) * K.line}
        textAnchor="middle"
        fontWeight={700}
        fill={theme.text}
      >
        {spread.map((line, i) => (
          <tspan
            key={i}
            x={spreadX((x(worst) + x(best)) / 2, spread, width)}
            dy={i === 0 ? 0 : K.line}
          >
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
