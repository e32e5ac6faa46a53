import { truncateRanking } from '../../domain/truncation.ts';
import type { Band, StabilityBar, StabilityData } from '../data/weights.ts';
import { theme } from '../theme.ts';
import { GapRule, RowName } from './RowLabels.tsx';
import { truncate } from './SlopeLabels.tsx';

export interface StabilityChartProps {
  readonly data: StabilityData;
  readonly width: number;
  readonly labels: {
    /** Column headings. */
    readonly share: string;
    readonly rangeHeading: string;
    /** Heading of a band's rows ("Nhóm đầu: hạng 1–3"). */
    readonly band: (band: Band, from: number, to: number) => string;
    /** "87%" */
    readonly percent: (share: number) => string;
    /** "2–5" (or "3" when the range is one rank). */
    readonly rangeText: (row: StabilityBar) => string;
  };
  /** Long rankings: at most `max` rows (top, bottom, selected; truncateRanking) and gap rows. */
  readonly truncation?: {
    readonly max: number;
    readonly gapLabel: (hidden: number) => string;
  };
}

const ROW = 24;
const HEAD = 22;

type Line =
  | { kind: 'band'; band: Band; from: number; to: number }
  | { kind: 'row'; row: StabilityBar }
  | { kind: 'gap'; hidden: number };

/** The rows shown (truncateRanking), each band's first row preceded by its heading. */
function stabilityLines(
  data: StabilityData,
  truncation: StabilityChartProps['truncation'],
): Line[] {
  // Band headings give the ranks of the whole band, also when its rows are summarised.
  const bands = new Map<Band, { from: number; to: number }>();
  for (const r of data.rows) {
    const b = bands.get(r.band);
    bands.set(
      r.band,
      b
        ? { from: Math.min(b.from, r.rank), to: Math.max(b.to, r.rank) }
        : { from: r.rank, to: r.rank },
    );
  }
  const shown = truncateRanking(data.rows, (r) => r.unitId, {
    max: truncation?.max ?? Infinity,
    keep: data.rows.filter((r) => r.selected).map((r) => r.unitId),
  });
  const lines: Line[] = [];
  let lastBand: Band | null = null;
  for (const item of shown.items) {
    if (item.kind === 'gap') {
      lines.push(item);
      continue;
    }
    const row = item.row;
    if (row.band !== lastBand) {
      const range = bands.get(row.band) ?? { from: row.rank, to: row.rank };
      lines.push({ kind: 'band', band: row.band, ...range });
      lastBand = row.band;
    }
    lines.push({ kind: 'row', row });
  }
  return lines;
}

/** Column positions: names, the share bar, the rank-range axis. */
interface Columns {
  readonly width: number;
  readonly nameWidth: number;
  readonly shareBar: number;
  readonly rangeX0: number;
  readonly rangeWidth: number;
  readonly rx: (rank: number) => number;
  readonly chars: number;
}

function stabilityColumns(width: number, ranked: number): Columns {
  const nameWidth = Math.max(110, Math.min(260, Math.round(width * 0.34)));
  const rest = Math.max(120, width - nameWidth - 8);
  const shareWidth = Math.round(rest * 0.42);
  const shareBar = Math.max(30, shareWidth - 44);
  const rangeX0 = nameWidth + shareWidth + 12;
  const rangeLabel = 44;
  const rangeWidth = Math.max(30, width - rangeX0 - rangeLabel - 4);
  const n = Math.max(1, ranked);
  const rx = (rank: number) =>
    rangeX0 + (n === 1 ? rangeWidth / 2 : ((rank - 1) / (n - 1)) * rangeWidth);
  const chars = Math.max(10, Math.floor((nameWidth - 8) / 7));
  return { width, nameWidth, shareBar, rangeX0, rangeWidth, rx, chars };
}

/**
 * Rank stability under random weightings, rows by rank grouped under band headings: a bar of the
 * share of draws that keep the unit in its band (0–100 %, the percentage written beside it), and
 * the 5–95 % range of its rank on a 1..n axis (line from best to worst, the current rank as a
 * dot, the range written out). The selected unit is bold and marked ▶.
 */
export function StabilityChart({ data, width, labels, truncation }: StabilityChartProps) {
  const c = stabilityColumns(width, data.ranked);
  const lines = stabilityLines(data, truncation);
  const height = HEAD + lines.length * ROW + 6;

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={theme.font}
      fontSize={theme.smallFontSize}
      className="stability-chart"
    >
      <text x={c.nameWidth + 2} y={14} fill={theme.mutedText} fontWeight={700}>
        {labels.share}
      </text>
      <text x={c.rangeX0} y={14} fill={theme.mutedText} fontWeight={700}>
        {labels.rangeHeading}
      </text>
      {lines.map((line, i) => {
        const yMid = HEAD + i * ROW + ROW / 2;
        if (line.kind === 'gap') {
          const label = truncation?.gapLabel(line.hidden) ?? `… ${line.hidden}`;
          return (
            <GapRule
              key={`gap-${i}`}
              className="stability-chart__gap"
              hidden={line.hidden}
              label={truncate(label, c.chars)}
              x={c.nameWidth}
              x2={width}
              yMid={yMid}
            />
          );
        }
        if (line.kind === 'band') {
          return (
            <g key={`band-${line.band}`} className="stability-chart__band">
              <line
                x1={0}
                x2={width}
                y1={yMid + ROW / 2 - 1}
                y2={yMid + ROW / 2 - 1}
                stroke={theme.grid}
              />
              <text x={0} y={yMid + 2} dominantBaseline="middle" fill={theme.text} fontWeight={700}>
                {labels.band(line.band, line.from, line.to)}
              </text>
            </g>
          );
        }
        return (
          <StabilityRow key={line.row.unitId} row={line.row} yMid={yMid} c={c} labels={labels} />
        );
      })}
    </svg>
  );
}

interface StabilityRowProps {
  readonly row: StabilityBar;
  readonly yMid: number;
  readonly c: Columns;
  readonly labels: StabilityChartProps['labels'];
}

/** One unit: its name, the share bar with its percentage, and its rank range with the current rank. */
function StabilityRow({ row: r, yMid, c, labels }: StabilityRowProps) {
  const { nameWidth, shareBar, rangeX0, rangeWidth, rx } = c;
  const weight = r.selected ? 700 : 400;
  const colour = r.selected ? theme.barSelected : theme.bar;
  const pct = labels.percent(r.stayShare);
  const range = labels.rangeText(r);
  return (
    <g data-unit={r.unitId} data-share={r.stayShare.toFixed(3)}>
      <title>{`${r.rank}. ${r.name}: ${pct}, ${range}`}</title>
      <RowName x={nameWidth - 6} yMid={yMid} fontWeight={weight}>
        {truncate(`${r.selected ? '▶ ' : ''}${r.rank}. ${r.name}`, c.chars)}
      </RowName>
      <rect x={nameWidth} y={yMid - 7} width={shareBar} height={14} fill={theme.grid} />
      <rect
        x={nameWidth}
        y={yMid - 7}
        width={Math.max(1, r.stayShare * shareBar)}
        height={14}
        fill={colour}
      />
      <text
        x={nameWidth + shareBar + 4}
        y={yMid}
        dominantBaseline="middle"
        fill={theme.text}
        fontWeight={weight}
      >
        {pct}
      </text>
      <line x1={rangeX0} x2={rangeX0 + rangeWidth} y1={yMid} y2={yMid} stroke={theme.grid} />
      <line
        x1={rx(r.rankLow)}
        x2={rx(r.rankHigh)}
        y1={yMid}
        y2={yMid}
        stroke={colour}
        strokeWidth={6}
        strokeLinecap="round"
      />
      <circle cx={rx(r.rank)} cy={yMid} r={4} fill={theme.text} stroke="#ffffff" />
      <text
        x={c.width - 4}
        y={yMid}
        textAnchor="end"
        dominantBaseline="middle"
        fill={theme.text}
        fontWeight={weight}
      >
        {range}
      </text>
    </g>
  );
}
