/**
 * Where the map of Vietnam, its legend and its short rank list go in a frame, and the Hoàng Sa and
 * Trường Sa archipelagos that every map of Vietnam shows (positions: the approximate extents in
 * reference-data/provinces-2025/README.md). Pure: no DOM, no projection.
 */

/** [longitude, latitude] in degrees. */
export type LonLat = readonly [number, number];

export interface Archipelago {
  readonly id: 'hoang-sa' | 'truong-sa';
  /** West, south, east, north. */
  readonly extent: readonly [number, number, number, number];
  /** Symbols for the islands, inside the extent (approximate positions of the main groups). */
  readonly islands: readonly LonLat[];
  /** Where the label's centre goes (above the symbols). */
  readonly label: LonLat;
}

const dm = (d: number, m: number): number => d + m / 60;

/** Hoàng Sa (TP. Đà Nẵng) and Trường Sa (tỉnh Khánh Hòa). */
export const ARCHIPELAGOS: readonly Archipelago[] = [
  {
    id: 'hoang-sa',
    extent: [dm(111, 10), dm(15, 45), dm(112, 55), dm(17, 5)],
    islands: [
      [111.6, 16.55],
      [111.75, 16.45],
      [112.3, 16.95],
      [112.6, 16.65],
      [112.2, 16.05],
      [111.35, 15.8],
      [112.8, 16.35],
    ],
    label: [112.05, 17.75],
  },
  {
    id: 'truong-sa',
    extent: [dm(111, 30), dm(6, 50), dm(117, 20), dm(11, 30)],
    islands: [
      [114.35, 11.1],
      [114.25, 10.9],
      [114.4, 10.4],
      [114.35, 9.9],
      [115.5, 10.75],
      [116.9, 11.25],
      [115.9, 9.3],
      [113.85, 8.85],
      [112.9, 8.65],
      [111.9, 8.65],
      [114.7, 8.0],
      [113.3, 7.35],
      [116.2, 8.2],
    ],
    label: [114.9, 12.15],
  },
];

/** The label of the sea between them. */
export const EAST_SEA_LABEL: LonLat = [112.6, 14.4];

/**
 * A long label in two lines at its last parenthesis ("Quần đảo Trường Sa" / "(tỉnh Khánh Hòa)"),
 * so it fits beside the coast at small widths.
 */
export function splitIslandLabel(label: string): [string, string] | [string] {
  const at = label.lastIndexOf(' (');
  return at > 0 ? [label.slice(0, at), label.slice(at + 1)] : [label];
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface MapFrameLayout {
  readonly width: number;
  readonly height: number;
  readonly map: Box;
  readonly legend: Box;
  /** The short rank list; null when there is no room for it. */
  readonly list: Box | null;
  /** Units listed at the top and at the bottom. */
  readonly listCount: number;
  /** The list in one column, or top and bottom side by side (a wide landscape image). */
  readonly listColumns: 1 | 2;
}

/** Narrowest column for the legend and the rank list beside the map. */
export const SIDE_MIN = 250;
const GAP = 24;
const ROW = 22;
/** Widest map when the height is free (on screen and in the "shown width" image). */
export const MAP_MAX_WIDTH = 520;

function listCountFor(height: number, legendHeight: number, columns: 1 | 2): number {
  // Per column: a heading, `count` rows, one more for the highlighted unit (and in one column
  // the second heading and the other `count` rows).
  const rows = Math.floor((height - legendHeight - 16) / ROW);
  const count = columns === 2 ? rows - 2 : Math.floor((rows - 3) / 2);
  return Math.max(0, Math.min(5, count));
}

/** Height of the rank list with `count` rows at each end plus the highlighted unit. */
export function listHeight(count: number, columns: 1 | 2 = 1): number {
  if (count === 0) return 0;
  return (columns === 2 ? count + 2 : 2 * count + 3) * ROW;
}

/** Two list columns when the side column is wide enough for both. */
const columnsFor = (width: number): 1 | 2 => (width >= 2 * SIDE_MIN + GAP ? 2 : 1);

/**
 * The frame of an exported map: `width` wide and, for a fixed-size image, `height` tall (null:
 * the map's natural height). The map (width/height ratio `aspect`) takes the larger of two
 * layouts — legend and rank list in a column beside it, or the legend above it — so the drawn
 * map fills the frame whatever its shape (landscape 1200×630 puts the list beside the map).
 */
export function mapFrameLayout(
  width: number,
  height: number | null,
  aspect: number,
  legendHeightAt: (width: number) => number,
): MapFrameLayout {
  if (height === null) {
    const mapW = Math.min(MAP_MAX_WIDTH, width - SIDE_MIN - GAP);
    if (mapW >= 240) {
      const mapH = mapW / aspect;
      const side = { x: mapW + GAP, width: width - mapW - GAP };
      const legendH = legendHeightAt(side.width);
      const columns = columnsFor(side.width);
      const count = listCountFor(mapH, legendH, columns);
      return {
        width,
        height: Math.ceil(Math.max(mapH, legendH + 16 + listHeight(count, columns))),
        map: { x: 0, y: 0, width: mapW, height: mapH },
        legend: { x: side.x, y: 0, width: side.width, height: legendH },
        list:
          count > 0
            ? { x: side.x, y: legendH + 16, width: side.width, height: listHeight(count, columns) }
            : null,
        listCount: count,
        listColumns: columns,
      };
    }
    const legendH = legendHeightAt(width);
    const w = Math.min(MAP_MAX_WIDTH, width);
    const mapH = w / aspect;
    return {
      width,
      height: Math.ceil(legendH + 8 + mapH),
      map: { x: (width - w) / 2, y: legendH + 8, width: w, height: mapH },
      legend: { x: 0, y: 0, width, height: legendH },
      list: null,
      listCount: 0,
      listColumns: 1,
    };
  }
  // Side by side: the map as tall as the frame (or as wide as leaves the column).
  const sideW = Math.min(height * aspect, width - SIDE_MIN - GAP);
  const sideH = sideW / aspect;
  // Stacked: legend above, the map as large as fits below.
  const legendFull = legendHeightAt(width);
  const stackH = Math.min(height - legendFull - 8, width / aspect);
  const stackW = stackH * aspect;
  if (sideW > 0 && sideW * sideH >= stackW * stackH) {
    const col = { x: sideW + GAP, width: width - sideW - GAP };
    const legendH = legendHeightAt(col.width);
    const columns = columnsFor(col.width);
    const count = listCountFor(height, legendH, columns);
    return {
      width,
      height,
      map: { x: 0, y: (height - sideH) / 2, width: sideW, height: sideH },
      legend: { x: col.x, y: 0, width: col.width, height: legendH },
      list:
        count > 0
          ? { x: col.x, y: legendH + 16, width: col.width, height: listHeight(count, columns) }
          : null,
      listCount: count,
      listColumns: columns,
    };
  }
  return {
    width,
    height,
    map: { x: (width - stackW) / 2, y: legendFull + 8, width: stackW, height: stackH },
    legend: { x: 0, y: 0, width, height: legendFull },
    list: null,
    listCount: 0,
    listColumns: 1,
  };
}
