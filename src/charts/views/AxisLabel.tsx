import { theme } from '../theme.ts';

export interface AxisLabelProps {
  /** Right edge of the label (text is end-anchored). */
  readonly x: number;
  /** Vertical centre of the category. */
  readonly y: number;
  /** Lines from `wrapLabel`. */
  readonly lines: readonly string[];
  readonly lineHeight: number;
  readonly bold?: boolean;
  /** Put before the first line, e.g. "▶ " for the selected unit. */
  readonly prefix?: string;
  /** Smaller, muted last lines (e.g. "hạng 2–5 · n=44", wrapped by `wrapNote`). */
  readonly note?: readonly string[];
}

/**
 * A category label of a horizontal bar chart, wrapped over several lines and centred on its
 * category: SVG has no text wrapping, so one <tspan> per line. Text only (RELIABILITY.md S1).
 */
export function AxisLabel({
  x,
  y,
  lines,
  lineHeight,
  bold = false,
  prefix = '',
  note = [],
}: AxisLabelProps) {
  const offset = ((lines.length + note.length - 1) * lineHeight) / 2;
  return (
    <text
      x={x}
      y={y - offset}
      textAnchor="end"
      dominantBaseline="middle"
      fontSize={theme.fontSize}
      fontWeight={bold ? 700 : 400}
      fill={theme.text}
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
          {i === 0 ? `${prefix}${line}` : line}
        </tspan>
      ))}
      {note.map((line, i) => (
        <tspan
          key={`note-${i}`}
          x={x}
          dy={lineHeight}
          fontSize={theme.smallFontSize}
          fontWeight={400}
          fill={theme.mutedText}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

export interface GapLabelProps {
  /** Right edge of the label (text is end-anchored). */
  readonly x: number;
  /** Vertical centre of the row. */
  readonly y: number;
  /** Lines from `wrapLabel`. */
  readonly lines: readonly string[];
  readonly lineHeight: number;
  /** Units left out at this place (written to `data-gap`). */
  readonly gap: number | null;
}

/** The muted italic label of a summarised ranking's gap row ("… 40 units …"), wrapped and centred. */
export function GapLabel({ x, y, lines, lineHeight, gap }: GapLabelProps) {
  return (
    <text
      x={x}
      y={y - ((lines.length - 1) * lineHeight) / 2}
      textAnchor="end"
      dominantBaseline="middle"
      fontSize={theme.fontSize}
      fontStyle="italic"
      fill={theme.mutedText}
      data-gap={gap}
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
