import { theme } from '../theme.ts';

/** The marks the ranking bars and the ranking dots share: the average, summary rows, values. */

interface RuleProps {
  /** The rule's x. */
  readonly x: number;
  /** Its top and bottom. */
  readonly y1: number;
  readonly y2: number;
  readonly label: string;
  readonly labelY: number;
  readonly className?: string;
}

/** The group average: a thin dashed vertical rule, labelled above the plot. */
export function MeanRule({ x, y1, y2, label, labelY, className }: RuleProps) {
  return (
    <g className={className}>
      <line x1={x} x2={x} y1={y1} y2={y2} stroke={theme.average} strokeDasharray="4 3" />
      <text x={x} y={labelY} textAnchor="middle" fontSize={theme.smallFontSize} fill={theme.text}>
        {label}
      </text>
    </g>
  );
}

/**
 * A published summary row ("Trung vị 63 tỉnh: 64,20"): a dashed rule (none where the axis does
 * not reach its value: `lineX` null), its label under the axis at `x`.
 */
export function ReferenceRule({
  x,
  lineX,
  y1,
  y2,
  label,
  labelY,
  labelDy,
  className,
}: RuleProps & {
  readonly lineX: number | null;
  /** Shifts the label's baseline, e.g. "0.71em" to hang it from `labelY`. */
  readonly labelDy?: string;
}) {
  return (
    <g className={className}>
      {lineX === null ? null : (
        <line x1={lineX} x2={lineX} y1={y1} y2={y2} stroke={theme.text} strokeDasharray="6 3" />
      )}
      <text
        x={x}
        y={labelY}
        dy={labelDy}
        textAnchor="middle"
        fontSize={theme.smallFontSize}
        fill={theme.text}
      >
        {label}
      </text>
    </g>
  );
}

/**
 * A unit's value (and tier) beside its bar or dot, bold for the selected unit, over a white halo:
 * the average's dashed rule often runs through the digits.
 */
export function ValueText({
  x,
  y,
  text,
  bold,
}: {
  x: number;
  y: number;
  text: string;
  bold: boolean;
}) {
  return (
    <text
      x={x}
      y={y}
      dominantBaseline="middle"
      fontSize={theme.smallFontSize}
      fill={theme.text}
      fontWeight={bold ? 700 : 400}
      stroke="#ffffff"
      strokeWidth={3}
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {text}
    </text>
  );
}
