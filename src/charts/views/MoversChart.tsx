import type { MoversData, MoverRow } from '../data/movers.ts';
import { CHANGE_COLOURS } from '../scales.ts';
import { theme } from '../theme.ts';
import { truncate } from './SlopeLabels.tsx';

export interface MoversChartProps {
  readonly data: MoversData;
  readonly width: number;
  /** "+1,25 · ▲ 2 bậc" — the signed change and rank change of one row. */
  readonly formatRow: (row: MoverRow) => string;
}

const ROW = 26;

/**
 * Diverging bars of score change, largest rise at the top: rises to the right in blue, falls to
 * the left in vermillion with a hatch-free lighter tone, each labelled with its signed value and
 * ▲/▼ so the direction never rests on colour. Chosen units are in bold.
 */
export function MoversChart({ data, width, formatRow }: MoversChartProps) {
  const nameWidth = Math.max(110, Math.min(240, Math.round(width * 0.36)));
  const valueRoom = 118;
  const barArea = Math.max(60, width - nameWidth - valueRoom * 2);
  const zero = nameWidth + valueRoom + barArea / 2;
  const half = barArea / 2;
  const max = data.maxAbsChange || 1;
  const height = data.ordered.length * ROW + 8;
  const chars = Math.max(10, Math.floor((nameWidth - 8) / 7));

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={theme.font}
      fontSize={theme.smallFontSize}
      className="movers-chart"
    >
      <line x1={zero} x2={zero} y1={0} y2={height} stroke={theme.mutedText} strokeWidth={1} />
      {data.ordered.map((m, i) => {
        const yMid = 4 + i * ROW + ROW / 2;
        const len = (Math.abs(m.change) / max) * half;
        const x = m.change >= 0 ? zero : zero - len;
        const colour =
          m.direction === 'rise'
            ? CHANGE_COLOURS.rise
            : m.direction === 'fall'
              ? CHANGE_COLOURS.fall
              : CHANGE_COLOURS.same;
        const label = formatRow(m);
        const weight = m.row.highlighted ? 700 : 400;
        return (
          <g key={m.row.unitId} data-unit={m.row.unitId} data-direction={m.direction}>
            <title>{`${m.row.name}: ${label}`}</title>
            <text
              x={nameWidth - 6}
              y={yMid}
              textAnchor="end"
              dominantBaseline="middle"
              fill={theme.text}
              fontWeight={weight}
            >
              {truncate(m.row.name, chars)}
            </text>
            <rect
              x={x}
              y={yMid - 8}
              width={Math.max(len, m.direction === 'same' ? 0 : 1)}
              height={16}
              fill={colour}
            />
            <text
              x={m.change >= 0 ? zero + len + 6 : zero - len - 6}
              y={yMid}
              textAnchor={m.change >= 0 ? 'start' : 'end'}
              dominantBaseline="middle"
              fill={theme.text}
              fontWeight={weight}
            >
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
