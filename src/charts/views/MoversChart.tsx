import { truncateRanking } from '../../domain/truncation.ts';
import type { MoversData, MoverRow } from '../data/movers.ts';
import { CHANGE_COLOURS } from '../scales.ts';
import { theme } from '../theme.ts';
import { RowName } from './RowLabels.tsx';
import { truncate } from './SlopeLabels.tsx';

export interface MoversChartProps {
  readonly data: MoversData;
  readonly width: number;
  /** "+1,25 · ▲2 bậc" — the signed change and rank change of one row. */
  readonly formatRow: (row: MoverRow) => string;
  /** With more than 2 × `limit` units only the `limit` largest rises and falls (and chosen units) are drawn. */
  readonly limit?: number;
  /** "… 43 more units (see the table)" for the rows left out. */
  readonly gapLabel?: (count: number) => string;
}

const ROW = 26;

type Line = { kind: 'row'; mover: MoverRow } | { kind: 'gap'; count: number };

/**
 * Rows to draw: everything, or the `limit` largest rises and falls plus chosen units with a gap
 * line where rows are left out — the one truncation rule (truncateRanking) with room for the
 * chosen units that are not among the extremes.
 */
export function moverLines(ordered: readonly MoverRow[], limit: number): Line[] {
  const chosen = ordered.filter((m) => m.row.highlighted).map((m) => m.row.unitId as string);
  const inMiddle = ordered.filter(
    (m, i) => m.row.highlighted && i >= limit && i < ordered.length - limit,
  ).length;
  const shown = truncateRanking(ordered, (m) => m.row.unitId, {
    max: 2 * limit + inMiddle,
    keep: chosen,
  });
  return shown.items.map((it) =>
    it.kind === 'gap' ? { kind: 'gap', count: it.hidden } : { kind: 'row', mover: it.row },
  );
}

/**
 * Diverging bars of score change, largest rise at the top: rises to the right in blue, falls to
 * the left in vermillion, each labelled in a right-hand column with its signed value and ▲/▼
 * rank change, so the direction never rests on colour. Chosen units are in bold.
 */
export function MoversChart({ data, width, formatRow, limit = 10, gapLabel }: MoversChartProps) {
  const nameWidth = Math.max(104, Math.min(240, Math.round(width * 0.32)));
  const labelWidth = 126;
  const barArea = Math.max(60, width - nameWidth - labelWidth - 8);
  const zero = nameWidth + barArea / 2;
  const half = barArea / 2 - 2;
  const max = data.maxAbsChange || 1;
  const lines = moverLines(data.ordered, limit);
  const height = lines.length * ROW + 8;
  const chars = Math.max(10, Math.floor((nameWidth - 8) / 7));
  const labelX = nameWidth + barArea + 8;

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
      {lines.map((line, i) => {
        const yMid = 4 + i * ROW + ROW / 2;
        if (line.kind === 'gap') {
          const text = gapLabel ? gapLabel(line.count) : `… ${line.count}`;
          // Under the names when it fits there; on a phone it runs on into the empty bar area
          // of its row (haloed where it crosses the zero line) rather than off the left edge.
          const fits = text.length * theme.smallCharWidth <= nameWidth - 10;
          return (
            <text
              key={`gap-${i}`}
              x={fits ? nameWidth - 6 : 4}
              y={yMid}
              textAnchor={fits ? 'end' : 'start'}
              dominantBaseline="middle"
              fill={theme.mutedText}
              stroke="#ffffff"
              strokeWidth={3}
              paintOrder="stroke"
              className="movers-chart__gap"
            >
              {text}
            </text>
          );
        }
        return (
          <MoverBar
            key={line.mover.row.unitId}
            mover={line.mover}
            yMid={yMid}
            geometry={{ nameWidth, zero, half, max, chars, labelX }}
            formatRow={formatRow}
          />
        );
      })}
    </svg>
  );
}

interface MoverBarProps {
  readonly mover: MoverRow;
  readonly yMid: number;
  readonly geometry: {
    readonly nameWidth: number;
    /** x of the zero line, and the room on each side of it. */
    readonly zero: number;
    readonly half: number;
    /** The largest absolute change (the full half width). */
    readonly max: number;
    readonly chars: number;
    readonly labelX: number;
  };
  readonly formatRow: (row: MoverRow) => string;
}

/** One unit: its name, its bar from zero (a dot when unchanged) and its signed change in the label column. */
function MoverBar({ mover: m, yMid, geometry: g, formatRow }: MoverBarProps) {
  const len = (Math.abs(m.change) / g.max) * g.half;
  const x = m.change >= 0 ? g.zero : g.zero - len;
  const colour =
    m.direction === 'rise'
      ? CHANGE_COLOURS.rise
      : m.direction === 'fall'
        ? CHANGE_COLOURS.fall
        : CHANGE_COLOURS.same;
  const label = formatRow(m);
  const weight = m.row.highlighted ? 700 : 400;
  return (
    <g data-unit={m.row.unitId} data-direction={m.direction}>
      <title>{`${m.row.name}: ${label}`}</title>
      <RowName x={g.nameWidth - 6} yMid={yMid} fontWeight={weight}>
        {truncate(m.row.name, g.chars)}
      </RowName>
      <rect
        x={x}
        y={yMid - 8}
        width={Math.max(len, m.direction === 'same' ? 0 : 1)}
        height={16}
        fill={colour}
      />
      {m.direction === 'same' ? <circle cx={g.zero} cy={yMid} r={3} fill={colour} /> : null}
      <text x={g.labelX} y={yMid} dominantBaseline="middle" fill={theme.text} fontWeight={weight}>
        {label}
      </text>
    </g>
  );
}
