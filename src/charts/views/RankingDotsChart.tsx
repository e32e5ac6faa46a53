import type { RankingBar, RankingChartData } from '../data/ranking.ts';
import type { DotAxis } from '../data/dots.ts';
import { labelWidth, theme } from '../theme.ts';
import { AxisLabel, GapLabel } from './AxisLabel.tsx';
import { MeanRule, ReferenceRule, ValueText } from './RankingMarks.tsx';
import { wrapLabel, wrapNote } from './wrapLabel.ts';
import { truncateRanking } from '../../domain/truncation.ts';
import { scoreTick } from '../../i18n/format.ts';

export interface RankingDotsChartProps {
  /** The same rows the bar chart gets. */
  readonly data: RankingChartData;
  readonly axis: DotAxis;
  readonly width: number;
  readonly formatValue: (value: number | null) => string;
  readonly averageLabel: string;
  /** Published summary rows as labelled lines, as in the bar chart (labels under the axis). */
  readonly references?: readonly { readonly value: number; readonly label: string }[];
  /** Under the axis, in the image: "the axis starts at 55, not at zero". */
  readonly zoomNote: string;
  readonly detail?: (bar: RankingBar) => string | null;
  readonly whisker?: (bar: RankingBar) => number | null;
  readonly onSelect?: (unitId: string) => void;
  /** As in the bar chart: long rankings show the top, the bottom and the selected units. */
  readonly truncation?: {
    readonly max: number;
    readonly gapLabel: (hidden: number) => string;
  };
}

const LINE_HEIGHT = 15;
const AXIS_HEIGHT = 44;

interface DotsRow {
  readonly bar: RankingBar | null;
  readonly gap: number | null;
  readonly lines: readonly string[];
  /** The muted note's lines (`wrapNote`); none for a gap row or no note. */
  readonly note: readonly string[];
  readonly err: number | null;
}

/** The same rows as the bar chart, by the same rule (truncateRanking), with their wrapped labels. */
function dotsRows(
  data: RankingChartData,
  charsPerLine: number,
  yWidth: number,
  { detail, whisker, truncation }: Pick<RankingDotsChartProps, 'detail' | 'whisker' | 'truncation'>,
): DotsRow[] {
  const shown = truncateRanking(data.bars, (b) => b.unitId, {
    max: truncation?.max ?? Infinity,
    keep: data.bars.filter((b) => b.selected).map((b) => b.unitId),
  });
  return shown.items.map((item) => {
    if (item.kind === 'gap') {
      const label = truncation?.gapLabel(item.hidden) ?? `… ${item.hidden}`;
      return {
        bar: null,
        gap: item.hidden,
        lines: wrapLabel(label, charsPerLine, 2),
        note: [],
        err: null,
      };
    }
    const b = item.row;
    const label = `${b.rank ?? '—'}. ${b.name}${b.contradicts ? ' ⚠' : ''}`;
    const note = detail?.(b);
    return {
      bar: b,
      gap: null,
      lines: wrapLabel(label, charsPerLine),
      note: note ? wrapNote(note, yWidth) : [],
      err: whisker?.(b) ?? null,
    };
  });
}

/** Where the plot sits: label column, plot ends, row height, the zoomed scale. */
interface DotsFrame {
  readonly top: number;
  readonly x0: number;
  readonly x1: number;
  readonly plotBottom: number;
  readonly rowHeight: number;
  readonly lo: number;
  readonly hi: number;
  readonly clamp: (v: number) => number;
  readonly x: (v: number) => number;
}

function dotsFrame(rows: readonly DotsRow[], axis: DotAxis, width: number, yWidth: number) {
  const lines = rows.map((r) => r.lines.length + r.note.length);
  const rowHeight = Math.max(theme.rowHeight, Math.max(...lines, 1) * LINE_HEIGHT + 8);
  const top = theme.margin.top;
  const x0 = theme.margin.left + yWidth;
  const x1 = Math.max(x0 + 40, width - theme.margin.right - 40);
  const [lo, hi] = axis.domain;
  const span = hi - lo || 1;
  const clamp = (v: number) => Math.min(hi, Math.max(lo, v));
  const x = (v: number) => x0 + ((clamp(v) - lo) / span) * (x1 - x0);
  const plotBottom = top + rows.length * rowHeight;
  const frame: DotsFrame = { top, x0, x1, plotBottom, rowHeight, lo, hi, clamp, x };
  return frame;
}

/**
 * The ranking as dots on a zoomed axis, for groups whose scores lie close together: rows as in
 * the bar chart ("rank. name" on the left, value and tier after the dot, the average as a dashed
 * line, the selected unit strong, bold and marked ▶), the axis drawn with a break mark at its
 * start and a note that it does not start at zero. Plain SVG, text only.
 */
export function RankingDotsChart({
  data,
  axis,
  width,
  formatValue,
  averageLabel,
  references = [],
  zoomNote,
  detail,
  whisker,
  onSelect,
  truncation,
}: RankingDotsChartProps) {
  const yWidth = labelWidth(width);
  const charsPerLine = Math.max(12, Math.floor((yWidth - 12) / 7));
  const rows = dotsRows(data, charsPerLine, yWidth, { detail, whisker, truncation });
  const f = dotsFrame(rows, axis, width, yWidth);
  const note = zoomNoteLayout(zoomNote, f.x0, width);
  const noteExtra = (note.lines.length - 1) * LINE_HEIGHT;
  const height = f.plotBottom + AXIS_HEIGHT + noteExtra + references.length * LINE_HEIGHT;

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={theme.font}
      className="ranking-dots"
    >
      {axis.ticks.map((v) => (
        <line key={v} x1={f.x(v)} x2={f.x(v)} y1={f.top} y2={f.plotBottom} stroke={theme.grid} />
      ))}
      {rows.map((r, i) => {
        const cy = f.top + i * f.rowHeight + f.rowHeight / 2;
        return r.bar === null ? (
          <GapLabel
            key={`gap-${i}`}
            x={f.x0 - 6}
            y={cy}
            lines={r.lines}
            lineHeight={LINE_HEIGHT}
            gap={r.gap}
          />
        ) : (
          <DotRow
            key={r.bar.unitId}
            row={r}
            bar={r.bar}
            cy={cy}
            f={f}
            formatValue={formatValue}
            onSelect={onSelect}
          />
        );
      })}
      {data.mean !== null ? (
        <MeanRule
          x={f.x(data.mean)}
          y1={f.top - 4}
          y2={f.plotBottom}
          label={averageLabel}
          labelY={f.top - 8}
        />
      ) : null}
      {references.map((r, i) => (
        <ReferenceRule
          key={`reference-${i}`}
          x={f.x(f.clamp(r.value))}
          // A rule only where the zoomed axis reaches; the label says the value either way.
          lineX={r.value >= f.lo && r.value <= f.hi ? f.x(r.value) : null}
          y1={f.top - 4}
          y2={f.plotBottom}
          label={r.label}
          labelY={f.plotBottom + AXIS_HEIGHT + noteExtra + i * LINE_HEIGHT + 4}
        />
      ))}
      <DotsAxis axis={axis} f={f} formatValue={formatValue} note={note} />
    </svg>
  );
}

interface DotRowProps {
  readonly row: DotsRow;
  readonly bar: RankingBar;
  readonly cy: number;
  readonly f: DotsFrame;
  readonly formatValue: (value: number | null) => string;
  readonly onSelect: ((unitId: string) => void) | undefined;
}

/** A unit's row: its label, a dotted guide, its whisker, its dot and its value (and tier). */
function DotRow({ row: r, bar, cy, f, formatValue, onSelect }: DotRowProps) {
  const { x, x0, x1 } = f;
  const v = bar.value;
  const selected = bar.selected;
  const errEnd = v !== null && r.err !== null ? x(v + r.err) : v !== null ? x(v) : x0;
  const text = bar.tier ? `${formatValue(v)} · ${bar.tier}` : formatValue(v);
  return (
    <g
      data-unit={bar.unitId}
      onClick={onSelect ? () => onSelect(bar.unitId) : undefined}
      cursor={onSelect ? 'pointer' : undefined}
    >
      <AxisLabel
        x={x0 - 6}
        y={cy}
        lines={r.lines}
        lineHeight={LINE_HEIGHT}
        bold={selected}
        prefix={selected ? '▶ ' : ''}
        note={r.note}
      />
      <line x1={x0} x2={x1} y1={cy} y2={cy} stroke={theme.grid} strokeDasharray="1 3" />
      {v !== null && r.err !== null ? (
        <line
          x1={x(v - r.err)}
          x2={x(v + r.err)}
          y1={cy}
          y2={cy}
          stroke={theme.text}
          strokeWidth={1.5}
        />
      ) : null}
      {v !== null ? (
        <circle
          cx={x(v)}
          cy={cy}
          r={selected ? 6.5 : 5}
          fill={selected ? theme.barSelected : theme.dot}
          stroke="#ffffff"
          strokeWidth={1}
        />
      ) : null}
      <ValueText
        x={Math.max(errEnd, v === null ? x0 : x(v) + 6) + 6}
        y={cy}
        text={text}
        bold={selected}
      />
    </g>
  );
}

/**
 * Where the "axis does not start at zero" note goes: on one line under the plot where it fits
 * there, else wrapped over the chart's whole width (a phone's plot is too narrow for it, and a
 * note cut off would hide what the zoomed axis does).
 */
export function zoomNoteLayout(
  text: string,
  x0: number,
  width: number,
): { readonly x: number; readonly lines: readonly string[] } {
  // Nothing is drawn right of the note (values end at the plot's right margin, above it).
  const right = width - theme.margin.left;
  if (text.length * theme.smallCharWidth <= right - x0) return { x: x0, lines: [text] };
  const x = theme.margin.left;
  const perLine = Math.max(16, Math.floor((right - x) / theme.smallCharWidth));
  return { x, lines: wrapLabel(text, perLine, 6) };
}

/**
 * The ticks that get a label: every k-th, so that labels at least `gap` px apart never run
 * together on a narrow plot (every tick keeps its gridline).
 */
export function labelledTicks(
  ticks: readonly number[],
  labels: readonly string[],
  plotWidth: number,
): number[] {
  if (ticks.length < 2) return [...ticks];
  const widest = Math.max(...labels.map((l) => l.length)) * theme.smallCharWidth + 8;
  const spacing = plotWidth / (ticks.length - 1);
  const every = Math.max(1, Math.ceil(widest / spacing));
  return ticks.filter((_, i) => i % every === 0);
}

interface DotsAxisProps {
  readonly axis: DotAxis;
  readonly f: DotsFrame;
  readonly formatValue: (value: number | null) => string;
  readonly note: ReturnType<typeof zoomNoteLayout>;
}

/** The axis, with a break mark at its start (it does not start at zero), its ticks and the note. */
function DotsAxis({ axis, f, formatValue, note }: DotsAxisProps) {
  const { x, x0, x1, plotBottom } = f;
  const tickText = (v: number) => scoreTick(formatValue(v));
  const shown = labelledTicks(axis.ticks, axis.ticks.map(tickText), x1 - x0);
  return (
    <>
      <line x1={x0} x2={x1} y1={plotBottom} y2={plotBottom} stroke={theme.mutedText} />
      <g className="ranking-dots__break" stroke={theme.mutedText} strokeWidth={1.5}>
        <line x1={x0 - 10} x2={x0 - 4} y1={plotBottom + 5} y2={plotBottom - 5} />
        <line x1={x0 - 5} x2={x0 + 1} y1={plotBottom + 5} y2={plotBottom - 5} />
      </g>
      {shown.map((v) => (
        <text
          key={v}
          x={x(v)}
          y={plotBottom + 16}
          textAnchor="middle"
          fontSize={theme.smallFontSize}
          fill={theme.mutedText}
        >
          {tickText(v)}
        </text>
      ))}
      <text
        x={note.x}
        y={plotBottom + 36}
        fontSize={theme.smallFontSize}
        fill={theme.mutedText}
        className="ranking-dots__note"
      >
        {note.lines.map((line, i) => (
          // A line's trailing space keeps the words apart in the text's textContent.
          <tspan key={i} x={note.x} dy={i === 0 ? 0 : LINE_HEIGHT}>
            {i < note.lines.length - 1 ? `${line} ` : line}
          </tspan>
        ))}
      </text>
    </>
  );
}
