import {
  buildChoroplethData,
  hasProvinceCodes,
  measureUnits,
  provinceCodeOf,
  provinceKey,
  type ChoroplethData,
  type MapMeasure,
  type MeasuredUnit,
} from '../../charts/data/map.ts';
import {
  buildTileGridData,
  matchesTileLayout,
  type TileGridData,
  type TileLayout,
} from '../../charts/data/tileGrid.ts';
import { niceDomain } from '../../charts/scales.ts';
import { subIndexScale, totalScale, unitsOf } from '../../domain/dataset.ts';
import { eraOf } from '../../domain/era.ts';
import { buildGroupYear, type GroupYear } from '../../domain/groupYear.ts';
import type { Dataset, GroupId, Lang } from '../../domain/types.ts';
import type { ExportInfo, ExportTable } from '../../export/types.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { countedGroupLabel, groupLabel, scaleLabel } from '../labels.ts';
import type { ScreenView } from '../screenProps.ts';
import tileLayout from '../../../data/bac-kan-districts-tiles.json';
import pciMeta from '../../../data/pci.meta.json';
import { code2025, type FeatureSet } from './provinceShapes.ts';
import type { ShapesState } from './useProvinceShapes.ts';

const TILES = tileLayout as TileLayout;
/** Province name → ISO code from the PCI metadata, so imported province files without codes still map. */
const CODE_BY_NAME: ReadonlyMap<string, string> = new Map(
  (pciMeta.units as readonly { name: string; code?: string }[])
    .filter((u) => u.code)
    .map((u) => [provinceKey(u.name), u.code as string]),
);
const BAC_KAN = 'VN-53';

/** How a group is drawn: a province choropleth, the district tile grid, or not at all. */
export type MapKind = 'provinces' | 'tiles' | 'none';

export function mapKind(dataset: Dataset, groupId: GroupId): MapKind {
  const units = unitsOf(dataset, groupId);
  if (hasProvinceCodes(units, CODE_BY_NAME)) return 'provinces';
  return matchesTileLayout(units, TILES) ? 'tiles' : 'none';
}

/** A group without geography: a message and a way to the ranking. */
export interface NoMapModel {
  readonly kind: 'none';
  readonly message: string;
}

/** Everything the Map screen shows, as text and chart data (no pixels). */
export interface MapModel {
  readonly kind: 'provinces' | 'tiles';
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly notes: readonly string[];
  readonly exportTable: ExportTable;
  readonly exportInfo: ExportInfo;
  readonly measure: MapMeasure;
  /** Every unit with its rank and value on the measure shown. */
  readonly measured: readonly MeasuredUnit[];
  readonly legendTitle: string;
  /** The province boundaries to draw (those of 1 July 2025 for years on the 34 provinces). */
  readonly featureSet: FeatureSet | null;
  readonly choropleth: ChoroplethData | null;
  readonly tiles: TileGridData | null;
  readonly domain: readonly [number, number];
  /** Bắc Kạn (Thái Nguyên from 2025), outlined and listed apart on the province map. */
  readonly highlighted: MeasuredUnit | null;
  /** Units with a rank: the n of "rank r of n". */
  readonly ranked: number;
  readonly anyMissing: boolean;
  readonly islands: {
    readonly hoangSa: string;
    readonly truongSa: string;
    readonly eastSea: string;
  };
  /** An area's accessible name: its value and rank, or that it has no data. */
  readonly describe: (name: string, value: number | null, rank: number | null) => string;
}

export function measureLabel(measure: MapMeasure, lang: Lang, t: Translate, scale: string): string {
  return measure.name
    ? t('map.legendSub', { sub: measure.name[lang] })
    : t('map.legendTotal', { scale });
}

function summaryOf(
  units: readonly MeasuredUnit[],
  highlighted: MeasuredUnit | null,
  lang: Lang,
  t: Translate,
  groupName: string,
  year: number,
): string {
  const ranked = units.filter((u) => u.value !== null && u.rank !== null);
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  if (!best || !worst) return t('map.summaryEmpty', { group: groupName, year });
  const parts = [
    t('map.summaryRange', {
      best: best.name,
      bestValue: formatScore(best.value, lang),
      worst: worst.name,
      worstValue: formatScore(worst.value, lang),
      n: ranked.length,
    }),
  ];
  if (highlighted && highlighted.value !== null) {
    parts.push(
      t('map.summaryHighlight', {
        name: highlighted.name,
        value: formatScore(highlighted.value, lang),
        rank: formatInteger(highlighted.rank, lang),
        n: ranked.length,
      }),
    );
  }
  return parts.join(' ');
}

interface Drawn {
  readonly kind: 'provinces' | 'tiles';
  readonly from2025: boolean;
  readonly featureSet: FeatureSet | null;
  readonly choropleth: ChoroplethData | null;
  readonly tiles: TileGridData | null;
  readonly measure: MapMeasure;
  readonly measured: readonly MeasuredUnit[];
  readonly domain: readonly [number, number];
}

function notesOf(
  dataset: Dataset,
  view: ScreenView,
  t: Translate,
  d: Drawn,
  shapes: ShapesState,
  groupYear: GroupYear,
) {
  const lang = view.lang;
  const notes: string[] = [
    t('map.scaleNote', {
      min: formatScore(d.domain[0], lang, 1),
      max: formatScore(d.domain[1], lang, 1),
    }),
  ];
  if (view.sub && !d.measure.name) {
    const def = dataset.subIndices.find((s) => s.id === view.sub);
    notes.push(t('map.subNotApplicable', { sub: def?.name[lang] ?? view.sub, year: view.year }));
  }
  if (d.kind === 'provinces') {
    notes.push(
      t('map.attribution'),
      t(d.from2025 ? 'map.boundaryNote2025' : 'map.boundaryNote'),
      t('map.islandsNote'),
    );
    if (d.choropleth && d.choropleth.unmatched.length > 0)
      notes.push(
        t('map.unmatched', { names: d.choropleth.unmatched.map((u) => u.name).join(', ') }),
      );
    if (shapes.status === 'error') notes.push(t('map.loadError', { reason: shapes.message }));
  } else {
    notes.push(t('map.tileNote'));
    if (d.tiles && d.tiles.unplaced.length > 0)
      notes.push(t('map.unplaced', { names: d.tiles.unplaced.map((u) => u.name).join(', ') }));
  }
  for (const m of groupYear.methodChanges)
    notes.push(t('trends.methodNote', { year: m.year, note: m.note[lang] }));
  return notes;
}

function drawn(
  dataset: Dataset,
  view: ScreenView,
  kind: 'provinces' | 'tiles',
  shapes: ShapesState,
  groupYear: GroupYear,
): Drawn {
  const { measure, units: measured } = measureUnits(groupYear, view.sub);
  // Years whose units are the 34 provinces of 1 July 2025 are drawn on the merged shapes.
  const from2025 = kind === 'provinces' && eraOf(dataset, view.group, view.year) === 'from-2025';
  const featureSet =
    shapes.status === 'ready' ? (from2025 ? shapes.shapes.from2025 : shapes.shapes) : null;
  const choropleth =
    kind === 'provinces' && featureSet
      ? buildChoroplethData(groupYear, featureSet.infos, {
          sub: view.sub,
          ...(from2025
            ? { codeOf: (u) => code2025(u.name), highlightCode: code2025('Thái Nguyên') }
            : { codeByName: CODE_BY_NAME }),
        })
      : null;
  const tiles = kind === 'tiles' ? buildTileGridData(groupYear, TILES, { sub: view.sub }) : null;
  const rawDomain = choropleth?.domain ?? tiles?.domain ?? null;
  const step = measure.kind === 'total' ? 1 : 0.1;
  const domain =
    niceDomain(rawDomain ? [...rawDomain] : measured.map((u) => u.value), step) ??
    ([0, (measure.kind === 'total' ? totalScale(dataset) : subIndexScale(dataset)).max] as [
      number,
      number,
    ]);
  return { kind, from2025, featureSet, choropleth, tiles, measure, measured, domain };
}

/**
 * The Map screen's model: for provinces (units with ISO 3166-2 codes, e.g. the PCI) a choropleth
 * with Bắc Kạn outlined; for units of the Bắc Kạn district tile layout a tile grid; for groups
 * without geography a message. Coloured by the total or by the sub-index in `sub=`. Pure: the
 * boundaries come in as their loading state.
 */
export function buildMapScreen(
  dataset: Dataset,
  view: ScreenView,
  t: Translate,
  shapes: ShapesState,
  groupYear: GroupYear = buildGroupYear(dataset, view.group, view.year),
): MapModel | NoMapModel {
  const { lang, year } = view;
  const group = dataset.groups.find((g) => g.id === view.group);
  const groupName = group ? groupLabel(group, lang) : '';
  const kind = mapKind(dataset, view.group);
  if (kind === 'none') return { kind, message: t('map.noGeo', { group: groupName }) };
  const d = drawn(dataset, view, kind, shapes, groupYear);
  const { measure, measured } = d;
  const counted = { index: dataset.indexName, year, count: measured.length };
  const title = measure.name
    ? t('map.titleSub', {
        ...counted,
        sub: measure.name[lang],
        group: countedGroupLabel(group, lang, t),
      })
    : t('map.titleTotal', { ...counted, group: countedGroupLabel(group, lang, t) });
  const highlighted =
    kind !== 'provinces'
      ? null
      : d.from2025
        ? (measured.find((u) => code2025(u.name) === code2025('Thái Nguyên')) ?? null)
        : (measured.find((u) => provinceCodeOf(u, CODE_BY_NAME) === BAC_KAN) ?? null);
  const ranked = measured.filter((u) => u.rank !== null).length;
  const scale = scaleLabel(dataset, lang);
  const legendTitle = measureLabel(measure, lang, t, scale);
  return {
    ...d,
    kind,
    title,
    subtitle: t(measure.name ? 'map.subtitleSub' : 'map.subtitleTotal', {
      group: groupName,
      year,
      scale,
    }),
    summary: summaryOf(measured, highlighted, lang, t, groupName, year),
    notes: notesOf(dataset, view, t, d, shapes, groupYear),
    legendTitle,
    // Exports: every unit with its rank and value on the measure shown.
    exportTable: {
      header: [t('table.rank'), t('table.unit'), legendTitle],
      rows: measured.map((u) => [u.rank, u.name, u.value]),
    },
    exportInfo: { dataset, view: 'map', groupId: view.group, year },
    highlighted,
    ranked,
    anyMissing: d.choropleth
      ? d.choropleth.areas.some((a) => a.value === null)
      : (d.tiles?.tiles.some((x) => x.value === null) ?? false),
    islands: { hoangSa: t('map.hoangSa'), truongSa: t('map.truongSa'), eastSea: t('map.eastSea') },
    describe: (name, value, rank) =>
      value === null
        ? t('map.areaNoData', { name })
        : t('map.areaTitle', {
            name,
            value: formatScore(value, lang),
            rank: formatInteger(rank, lang),
            n: ranked,
          }),
  };
}
