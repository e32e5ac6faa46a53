import { useId } from 'react';
import { MISSING_FILL } from '../scales.ts';

/**
 * An id for a chart's "no data" hatch, unique on the page (several charts, and their exported
 * copies, can share a document) and safe inside `url(#…)`.
 */
export function useHatchId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/**
 * The diagonal hatch every chart fills "no data" with (a map's province, a tile, a legend swatch),
 * so a missing value never depends on colour alone. Goes inside the chart's `<defs>`.
 */
export function MissingHatch({ id, size = 6 }: { readonly id: string; readonly size?: number }) {
  return (
    <pattern
      id={id}
      width={size}
      height={size}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width={size} height={size} fill={MISSING_FILL} />
      <line x1="0" y1="0" x2="0" y2={size} stroke="#9aa5b1" strokeWidth="1.5" />
    </pattern>
  );
}
