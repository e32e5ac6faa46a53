import type { Tile, TileGridData } from '../data/tileGrid.ts';
import { MISSING_FILL, sequentialScale, textColourOn } from '../scales.ts';
import { theme } from '../theme.ts';
import { wrapLabel } from './wrapLabel.ts';
import { MissingHatch, useHatchId } from './MissingHatch.tsx';

export interface TileGridMapProps {
  readonly data: TileGridData;
  readonly width: number;
  readonly domain: readonly [number, number];
  readonly formatValue: (value: number | null) => string;
  /** "hạng 3" — the rank line printed on a tile. */
  readonly formatRank: (rank: number | null) => string;
  readonly describe: (tile: Tile) => string;
  /** A unit to outline (the selected unit). */
  readonly selected?: string | null;
}

const GAP = 6;
const MAX_TILE = 150;

/**
 * One equal square tile per unit, placed on the layout's grid; each tile is filled from the
 * viridis scale and carries the unit's name, value and rank in the text colour with the higher
 * contrast, so colour is never the only channel. Tiles without a value are hatched.
 */
export function TileGridMap({
  data,
  width,
  domain,
  formatValue,
  formatRank,
  describe,
  selected,
}: TileGridMapProps) {
  const hatchId = useHatchId('tile-hatch');
  const size = Math.max(
    96,
    Math.min(MAX_TILE, Math.floor((width - GAP * (data.columns - 1)) / data.columns)),
  );
  const w = data.columns * size + (data.columns - 1) * GAP;
  const h = data.rows * size + (data.rows - 1) * GAP;
  const scale = sequentialScale(domain);
  const chars = Math.max(8, Math.floor((size - 12) / 7.5));

  return (
    <svg
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      className="tile-grid"
      fontFamily={theme.font}
    >
      <defs>
        <MissingHatch id={hatchId} size={8} />
      </defs>
      {data.tiles.map((t) => (
        <TileCell
          key={t.code}
          tile={t}
          size={size}
          chars={chars}
          fill={t.value === null ? MISSING_FILL : scale.colour(t.value)}
          hatchId={hatchId}
          isSelected={selected != null && t.unitId === selected}
          formatValue={formatValue}
          formatRank={formatRank}
          describe={describe}
        />
      ))}
    </svg>
  );
}

interface TileCellProps {
  readonly tile: Tile;
  readonly size: number;
  /** Characters per line of the wrapped name. */
  readonly chars: number;
  readonly fill: string;
  readonly hatchId: string;
  readonly isSelected: boolean;
  readonly formatValue: (value: number | null) => string;
  readonly formatRank: (rank: number | null) => string;
  readonly describe: (tile: Tile) => string;
}

/** One tile: its fill (hatched without a value), name, value and rank in the contrasting ink. */
function TileCell({ tile: t, size, chars, fill, hatchId, isSelected, ...format }: TileCellProps) {
  const x = t.col * (size + GAP);
  const y = t.row * (size + GAP);
  const ink = textColourOn(fill);
  const lines = wrapLabel(t.name, chars, 2);
  return (
    <g data-code={t.code} data-unit={t.unitId ?? undefined} className="tile-grid__tile">
      <title>{format.describe(t)}</title>
      <rect
        x={x}
        y={y}
        width={size}
        height={size}
        rx={4}
        fill={t.value === null ? `url(#${hatchId})` : fill}
        stroke={isSelected ? '#111111' : '#ffffff'}
        strokeWidth={isSelected ? 3 : 1}
      />
      {lines.map((line, i) => (
        <text
          key={i}
          x={x + 8}
          y={y + 18 + i * 16}
          fontSize={theme.fontSize}
          fontWeight={600}
          fill={ink}
        >
          {line}
        </text>
      ))}
      <text x={x + 8} y={y + size - 30} fontSize={20} fontWeight={700} fill={ink}>
        {format.formatValue(t.value)}
      </text>
      <text x={x + 8} y={y + size - 11} fontSize={theme.smallFontSize} fill={ink}>
        {format.formatRank(t.rank)}
      </text>
    </g>
  );
}
