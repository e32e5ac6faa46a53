import { truncateRanking } from '../../domain/truncation.ts';
import type { WeightBar, WeightMovesData } from '../data/weights.ts';
import { CHANGE_COLOURS } from '../scales.ts';
import { theme } from '../theme.ts';
import { GapRule, RowName } from './RowLabels.tsx';
import { truncate } from './SlopeLabels.tsx';

export interface WeightMovesChartProps {
  readonly data: WeightMovesData;
  readonly width: number;
  readonly formatValue: (value: number) => string;
  /** "▲2" / "▼1" / "=": the places moved, as text (the colour only repeats it). */
  readonly formatMove: (bar: WeightBar) => string;
  /** "2 units without a total" below the bars. */
  readonly unrankedLabel?: (count: number) => string;
  /** Long rankings: at most `max` bars (top, bottom, selected; truncateRanking) and gap rows. */
  readonly truncation?: {
    readonly max: number;
    readonly gapLabel: (hidden: number) => string;
  };
  /**
   * A fixed-size image's chart height: rows (and text, up to 22 px) grow to fill it, so a short
   * ranking in a tall image leaves no blank bands above and below.
   */
  readonly fitHeight?: number | null;
}

const ROW_H = 26;
const TOP = 6;

/** Rows shown, row height, text size and columns; rows grow to fill a fixed-size image. */
function movesLayout(
  data: WeightMovesData,
  width: number,
  {
    truncation,
    fitHeight,
    unrankedLabel,
  }: Omit<WeightMovesChartProps, 'data' | 'width' | 'formatValue' | 'formatMove'>,
) {
  const shown = truncateRanking(data.bars, (b) => b.unitId, {
    max: truncation?.max ?? Infinity,
    keep: data.bars.filter((b) => b.selected).map((b) => b.unitId),
  });
  const nameWidth = Math.max(120, Math.min(280, Math.round(width * 0.38)));
  const labelWidth = fitHeight == null ? 116 : 150;
  const barArea = Math.max(40, width - nameWidth - labelWidth - 8);
  const max = Math.max(
    10,
    Math.ceil(data.bars.reduce((m, b) => Math.max(m, b.total), 0) / 10) * 10,
  );
  const x = (v: number) => nameWidth + (Math.max(0, v) / max) * barArea;
  const extra = data.unranked.length > 0 && unrankedLabel ? 1 : 0;
  const lines = shown.items.length + extra;
  const row =
    fitHeight == null ? ROW_H : Math.max(ROW_H, Math.min(5 * ROW_H, (fitHeight - TOP - 6) / lines));
  const font = Math.min(22, Math.max(theme.smallFontSize, Math.round(row * 0.2)));
  return {
    shown,
    nameWidth,
    x,
    extra,
    row,
    font,
    barH: Math.max(16, Math.min(60, Math.round(row * 0.45))),
    height: TOP + lines * row + 6,
    chars: Math.max(10, Math.floor((nameWidth - 8) / (font * 0.58))),
    labelX: nameWidth + barArea + 8,
  };
}

type MovesLayout = ReturnType<typeof movesLayout>;

/**
 * The what-if ranking: one horizontal bar per unit from 0 to its recomputed total, sorted by the
 * what-if rank (written before the name), with the total and the places moved against the
 * dataset's weights written at the right (▲ up, ▼ down, = unchanged), so movement never rests on
 * colour. The selected unit is bold, marked ▶ and drawn in the strong colour.
 */
export function WeightMovesChart({
  data,
  width,
  formatValue,
  formatMove,
  unrankedLabel,
  truncation,
  fitHeight = null,
}: WeightMovesChartProps) {
  const l = movesLayout(data, width, { truncation, fitHeight, unrankedLabel });
  const { shown, nameWidth, x, row: ROW, height } = l;

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={theme.font}
      fontSize={l.font}
      className="weight-moves-chart"
    >
      <line x1={x(0)} x2={x(0)} y1={0} y2={height} stroke={theme.grid} />
      {shown.items.map((item, i) => {
        const yMid = TOP + i * ROW + ROW / 2;
        return item.kind === 'gap' ? (
          <GapRule
            key={`gap-${i}`}
            hidden={item.hidden}
            label={truncate(truncation?.gapLabel(item.hidden) ?? `… ${item.hidden}`, l.chars)}
            x={x(0)}
            x2={width}
            yMid={yMid}
          />
        ) : (
          <MoveBar
            key={item.row.unitId}
            bar={item.row}
            yMid={yMid}
            l={l}
            width={width}
            formatValue={formatValue}
            formatMove={formatMove}
          />
        );
      })}
      {l.extra && unrankedLabel ? (
        <text
          x={nameWidth - 6}
          y={TOP + shown.items.length * ROW + ROW / 2}
          textAnchor="end"
          dominantBaseline="middle"
          fill={theme.mutedText}
        >
          {unrankedLabel(data.unranked.length)}
        </text>
      ) : null}
    </svg>
  );
}

interface MoveBarProps {
  readonly bar: WeightBar;
  readonly yMid: number;
  readonly l: MovesLayout;
  readonly width: number;
  readonly formatValue: (value: number) => string;
  readonly formatMove: (bar: WeightBar) => string;
}

/** One unit: "▶ rank. name", its bar, its total and the places it moved (▲/▼/=). */
function MoveBar({ bar: b, yMid, l, width, formatValue, formatMove }: MoveBarProps) {
  const { x, nameWidth, barH } = l;
  const weight = b.selected ? 700 : 400;
  const moveColour =
    b.direction === 'up'
      ? CHANGE_COLOURS.rise
      : b.direction === 'down'
        ? CHANGE_COLOURS.fall
        : theme.mutedText;
  const move = formatMove(b);
  const name = `${b.selected ? '▶ ' : ''}${b.rank}. ${b.name}`;
  return (
    <g data-unit={b.unitId} data-rank={b.rank} data-direction={b.direction ?? 'none'}>
      <title>{`${b.rank}. ${b.name}: ${formatValue(b.total)} ${move}`}</title>
      <RowName x={nameWidth - 6} yMid={yMid} fontWeight={weight}>
        {truncate(name, l.chars)}
      </RowName>
      <rect
        x={x(0)}
        y={yMid - barH / 2}
        width={Math.max(1, x(b.total) - x(0))}
        height={barH}
        fill={b.selected ? theme.barSelected : theme.bar}
      />
      <text x={l.labelX} y={yMid} dominantBaseline="middle" fill={theme.text} fontWeight={weight}>
        {formatValue(b.total)}
      </text>
      <text
        x={width - 4}
        y={yMid}
        textAnchor="end"
        dominantBaseline="middle"
        fill={moveColour}
        fontWeight={700}
        className="weight-moves-chart__move"
      >
        {move}
      </text>
    </g>
  );
}
