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
  // Fixed-size images: every text 14 px, the strips tighter (heading, median label and spread
  // closer to the dots) so two groups fit a 1200×630 image.
  const K = fit
    ? { font: 14, head: 14, line: 18, above: 34, step: 9, below: 46, gap: 8, char: 8.2 }
    : {
        font: theme.smallFontSize,
        head: theme.fontSize,
        line: 16,
        above: 44,
        step: STEP,
        below: 62,
        gap: 12,
        char: 7.5,
      };
  const [lo, hi] = data.domain;
  const x = (v: number) => SIDE + ((v - lo) / (hi - lo)) * (width - 2 * SIDE);
  const ticks = ticksFor(data.domain);
  const perLine = Math.max(24, Math.floor(width / K.char));
  const panels: {
    group: DistributionGroup;
    top: number;
    height: number;
    lines: string[];
    spread: string[];
  }[] = [];
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
  const total = Math.max(offset, 20);

  return (
    <svg
      width={width}
      height={total}
      viewBox={`0 0 ${width} ${total}`}
      fontFamily={theme.font}
      fontSize={K.font}
      className="distribution-chart"
    >
      {panels.map(({ group, top: panelTop, height, lines, spread }) => {
        // Everything below the heading is laid out from `top`, pushed down by extra heading lines.
        const top = panelTop + (lines.length - 1) * K.line;
        const maxStack = group.points.reduce((m, p) => Math.max(m, p.stack), 0);
        const base = top + K.above + maxStack * K.step + 6;
        const axisY = base + 8;
        const { median, best, worst } = group.summary;
        return (
          <g key={group.groupId} data-group={group.groupId}>
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
                <line x1={SIDE} x2={width - SIDE} y1={axisY} y2={axisY} stroke={theme.mutedText} />
                {ticks.map((v) => (
                  <g key={v}>
                    <line x1={x(v)} x2={x(v)} y1={axisY} y2={axisY + 4} stroke={theme.mutedText} />
                    <text
                      x={x(v)}
                      y={axisY + (fit ? 17 : 15)}
                      textAnchor="middle"
                      fill={theme.mutedText}
                    >
                      {v}
                    </text>
                  </g>
                ))}
                {median !== null ? (
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
                ) : null}
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
                {best !== null && worst !== null ? (
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
                      y={panelTop + height - 4 - (spread.length - 1) * K.line}
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
                ) : null}
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
