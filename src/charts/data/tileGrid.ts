import type { GroupYear } from '../../domain/groupYear.ts';
import { foldKey } from '../../domain/names.ts';
import type { UnitId } from '../../domain/types.ts';
import { measureUnits, type MapMeasure, type MeasuredUnit } from './map.ts';
import { extent } from '../scales.ts';

/** A tile-grid layout (data/bac-kan-districts-tiles.json): one equal tile per unit, placed roughly geographically. */
export interface TileLayout {
  readonly columns: number;
  readonly rows: number;
  readonly tiles: readonly {
    readonly code: string;
    readonly name: string;
    readonly col: number;
    readonly row: number;
  }[];
}

export interface Tile {
  readonly col: number;
  readonly row: number;
  readonly code: string;
  /** The unit's name when matched, else the layout's. */
  readonly name: string;
  readonly unitId: UnitId | null;
  readonly value: number | null;
  readonly rank: number | null;
}

export interface TileGridData {
  readonly columns: number;
  readonly rows: number;
  readonly tiles: readonly Tile[];
  readonly measure: MapMeasure;
  /** Units in rank order (the table alternative). */
  readonly units: readonly MeasuredUnit[];
  /** Units of the group without a tile. */
  readonly unplaced: readonly MeasuredUnit[];
  readonly domain: readonly [number, number] | null;
}

/**
 * A comparison key for district names: case, diacritics and punctuation ignored, a leading
 * "Huyện" / "Thị xã" dropped and "TP." read as "Thành phố" ("Huyện Ba Bể" = "Ba Bể",
 * "TP. Bắc Kạn" = "Thành phố Bắc Kạn").
 */
export function districtKey(name: string): string {
  return foldKey(name)
    .replace(/^(huyen|thi xa)\s+/, '')
    .replace(/^tp\s+/, 'thanh pho ');
}

function matcher(units: readonly MeasuredUnit[]) {
  const byCode = new Map(units.filter((u) => u.code).map((u) => [u.code as string, u]));
  const byName = new Map(units.map((u) => [districtKey(u.name), u]));
  return (tile: TileLayout['tiles'][number]) =>
    byCode.get(tile.code) ?? byName.get(districtKey(tile.name));
}

/**
 * The tile grid of a group-year: each tile of the layout gets the unit with the same code (GSO
 * district code) or, failing that, the same name (case and diacritics ignored), and the unit's
 * value and rank on the measure (total, or `sub=` when it applies). A tile without a unit or a
 * value shows "no data", never 0.
 */
export function buildTileGridData(
  groupYear: GroupYear,
  layout: TileLayout,
  options: { readonly sub?: string | null } = {},
): TileGridData {
  const { measure, units } = measureUnits(groupYear, options.sub ?? null);
  const find = matcher(units);
  const placed = new Set<UnitId>();
  const tiles = layout.tiles.map<Tile>((t) => {
    const unit = find(t);
    if (unit) placed.add(unit.unitId);
    return {
      col: t.col,
      row: t.row,
      code: t.code,
      name: unit?.name ?? t.name,
      unitId: unit?.unitId ?? null,
      value: unit?.value ?? null,
      rank: unit?.rank ?? null,
    };
  });
  const values = tiles.map((t) => t.value).filter((v): v is number => v !== null);
  return {
    columns: layout.columns,
    rows: layout.rows,
    tiles,
    measure,
    units,
    unplaced: units.filter((u) => !placed.has(u.unitId)),
    domain: extent(values),
  };
}

/** True when at least half of the group's units have a tile in the layout (by code or name). */
export function matchesTileLayout(
  units: readonly { readonly name: string; readonly code?: string }[],
  layout: TileLayout,
): boolean {
  const codes = new Set(layout.tiles.map((t) => t.code));
  const names = new Set(layout.tiles.map((t) => districtKey(t.name)));
  const matched = units.filter(
    (u) => (u.code !== undefined && codes.has(u.code)) || names.has(districtKey(u.name)),
  ).length;
  return units.length > 0 && matched * 2 >= units.length;
}
