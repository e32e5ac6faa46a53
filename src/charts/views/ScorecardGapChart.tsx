import type { GapBar, GapChartData } from '../data/gap.ts';
import { svgCoord } from '../scales.ts';
import { labelWidth, theme } from '../theme.ts';
import { wrapLabel } from './wrapLabel.ts';

export interface ScorecardGapChartProps {
  readonly data: GapChartData;
  readonly lang: 'vi' | 'en';
  readonly width: number;
  /** Signed, locale-aware formatter ("+1,25", "−0,40", "—"). */
  readonly formatChange: (value: number | null) => string;
}

const LINE = 15;

/**
 * The gap to the leader by sub-index as bars diverging from zero: to the right where the leader
 * does better (the unit loses points there), to the left where the unit does better. Each bar's
 * signed value is printed, and the two sides differ in colour and in position, so colour is
 * never the only cue. Missing values print "—".
 */
export function ScorecardGapChart({ data, lang, width, formatChange }: ScorecardGapChartProps) {
  const left = labelWidth(width);
  const pad = 56;
  const plotWidth = Math.max(80, width - left - 2 * pad);
  const max = data.maxAbs > 0 ? data.maxAbs : 1;
  const zero = left + pad + plotWidth / 2;
  const x = (v: number) => svgCoord(zero + (v / max) * (plotWidth / 2));
  const perLine = Math.max(12, Math.floor((left - 12) / 7));
  const rows: { bar: GapBar; lines: string[]; top: number; h: number }[] = [];
  let offset = 4;
  for (const b of data.bars) {
    const lines = wrapLabel(b.shortName[lang], perLine, 2);
    const h = Math.max(30, lines.length * LINE + 10);
    rows.push({ bar: b, lines, top: offset, h });
    offset += h;
  }
  const height = offset + 4;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={theme.font}
      fontSize={theme.fontSize}
      className="gap-chart"
    >
      <line x1={zero} x2={zero} y1={0} y2={height} stroke={theme.average} strokeWidth={1} />
      {rows.map(({ bar, lines, top, h }) => {
        const y = top + (h - 16) / 2;
        const v = bar.value;
        const positive = v !== null && v >= 0;
        const textY = y + 8 - ((lines.length - 1) * LINE) / 2;
        return (
          <g key={bar.id} data-subindex={bar.id}>
            <text
              x={left - 8}
              y={textY}
              textAnchor="end"
              dominantBaseline="middle"
              fill={theme.text}
            >
              {lines.map((part, i) => (
                <tspan key={i} x={left - 8} dy={i === 0 ? 0 : LINE}>
                  {part}
                </tspan>
              ))}
            </text>
            {v !== null ? (
              <rect
                x={Math.min(zero, x(v))}
                y={y}
                width={svgCoord(Math.max(1, Math.abs(x(v) - zero)))}
                height={16}
                fill={positive ? theme.categorical[1] : theme.categorical[0]}
              />
            ) : null}
            <text
              x={v === null ? zero + 6 : positive ? x(v) + 6 : x(v) - 6}
              y={y + 8}
              textAnchor={v === null || positive ? 'start' : 'end'}
              dominantBaseline="middle"
              fontSize={theme.smallFontSize}
              fill={theme.text}
            >
              {formatChange(v)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
