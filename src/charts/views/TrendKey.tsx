import { theme } from '../theme.ts';

export interface TrendKeyItem {
  readonly id: string;
  readonly label: string;
  readonly colour: string;
  readonly dash: string;
}

const ROW = 20;
/** Rough width of a character at 13 px (Noto Sans), for laying out the key without measuring. */
const CHAR = 7.2;

/** Positions of key items flowing into rows of `width` px, and the key's height (at least 24 px). */
export function layoutKey(items: readonly TrendKeyItem[], width: number, fontSize = 13) {
  const char = (CHAR * fontSize) / 13;
  const rowH = Math.max(ROW, fontSize + 8);
  let x = 0;
  let row = 0;
  const placed = items.map((item) => {
    const w = 34 + item.label.length * char + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const at = { item, x, y: row * rowH + rowH / 2 + 2 };
    x += w;
    return at;
  });
  return { placed, height: Math.max(24, (row + 1) * rowH + 4) };
}

/**
 * The key of the trend lines as SVG (so image exports keep it): a line sample in the series'
 * colour and dash pattern, then the unit's name; items flow into rows that fit `width`.
 */
export function TrendKey({
  items,
  width,
  fontSize = theme.fontSize,
}: {
  readonly items: readonly TrendKeyItem[];
  readonly width: number;
  /** 14 in fixed-size images (MIN_EXPORT_TEXT_PX). */
  readonly fontSize?: number;
}) {
  const { placed, height } = layoutKey(items, width, fontSize);
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="trend-key"
      fontFamily={theme.font}
      fontSize={fontSize}
    >
      {placed.map(({ item, x: px, y }) => (
        <g key={item.id}>
          <line
            x1={px}
            x2={px + 28}
            y1={y}
            y2={y}
            stroke={item.colour}
            strokeWidth={3}
            strokeDasharray={item.dash || undefined}
          />
          <text x={px + 34} y={y} dominantBaseline="middle" fill={theme.text}>
            {item.label}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** A small heading between stacked charts, as SVG so image exports keep it. */
export function TrendHeading({ text, width }: { readonly text: string; readonly width: number }) {
  return (
    <svg
      width={width}
      height={24}
      viewBox={`0 0 ${width} 24`}
      className="trend-heading"
      fontFamily={theme.font}
    >
      <text x={0} y={17} fontSize={14} fontWeight={600} fill={theme.mutedText}>
        {text}
      </text>
    </svg>
  );
}
