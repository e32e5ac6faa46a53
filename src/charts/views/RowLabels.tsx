import type { ReactNode } from 'react';
import { theme } from '../theme.ts';

/**
 * Labels of the row-per-unit SVG charts (stability, what-if weights, movers): the unit's name
 * end-aligned in the name column, and the row where a summarised ranking leaves units out.
 */

export interface GapRuleProps {
  /** Units left out here (written to `data-gap`). */
  readonly hidden: number;
  /** Already fitted to the name column ("… 40 units …"). */
  readonly label: string;
  /** Where the name column ends: the rule starts here, the label ends 6 px before. */
  readonly x: number;
  readonly x2: number;
  readonly yMid: number;
  readonly className?: string;
}

/**
 * The row of a summarised ranking where units are left out (truncateRanking's gap): a dotted
 * rule across the plot and an italic label in the name column.
 */
export function GapRule({ hidden, label, x, x2, yMid, className }: GapRuleProps) {
  return (
    <g className={className} data-gap={hidden}>
      <line x1={x} x2={x2} y1={yMid} y2={yMid} stroke={theme.mutedText} strokeDasharray="2 4" />
      <text
        x={x - 6}
        y={yMid}
        textAnchor="end"
        dominantBaseline="middle"
        fill={theme.mutedText}
        fontStyle="italic"
      >
        {label}
      </text>
    </g>
  );
}

export interface RowNameProps {
  /** Right edge of the name (text is end-anchored). */
  readonly x: number;
  readonly yMid: number;
  readonly fontWeight: number;
  readonly children: ReactNode;
}

/** A unit's name (already fitted to the column), end-aligned, bold when selected. */
export function RowName({ x, yMid, fontWeight, children }: RowNameProps) {
  return (
    <text
      x={x}
      y={yMid}
      textAnchor="end"
      dominantBaseline="middle"
      fill={theme.text}
      fontWeight={fontWeight}
    >
      {children}
    </text>
  );
}
