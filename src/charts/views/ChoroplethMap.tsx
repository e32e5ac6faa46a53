import { useMemo } from 'react';
import type { ChoroplethArea, ChoroplethData } from '../data/map.ts';
import { splitIslandLabel } from '../data/mapFrame.ts';
import { sequentialScale } from '../scales.ts';
import { theme } from '../theme.ts';
import {
  MAP_MARGIN,
  mapProjection,
  type MapReference,
  type ProjectedArchipelago,
} from './mapProjection.ts';
import { MissingHatch, useHatchId } from './MissingHatch.tsx';

export interface IslandLabels {
  /** "Quần đảo Hoàng Sa (TP. Đà Nẵng)" / "Hoang Sa (Paracel) Islands (Da Nang)". */
  readonly hoangSa: string;
  /** "Quần đảo Trường Sa (tỉnh Khánh Hòa)" / "Truong Sa (Spratly) Islands (Khanh Hoa)". */
  readonly truongSa: string;
  /** "Biển Đông" / "East Sea". */
  readonly eastSea: string;
}

export interface ChoroplethMapProps {
  readonly data: ChoroplethData;
  /** The projected shapes, parallel to the feature infos the data was built from. */
  readonly reference: MapReference;
  readonly width: number;
  /** Fit the map into `width` × `height` (an export frame); absent: as tall as the width gives. */
  readonly height?: number;
  /** Colour domain (shared with the legend). */
  readonly domain: readonly [number, number];
  /** Tooltip text of one area, e.g. "Bắc Kạn: 54,60 (hạng 60/63)". */
  readonly describe: (area: ChoroplethArea) => string;
  /** The archipelagos' and the sea's labels: every map of Vietnam shows them. */
  readonly islands: IslandLabels;
  /** Label drawn beside the highlighted province. */
  readonly highlightLabel?: string;
  /** A selected unit (`unit=`), outlined with a dashed line so it is found on the map too. */
  readonly selected?: string | null;
  /** Hidden from screen readers (`aria-hidden`): the chart box's summary and table say it. */
  readonly decorative?: boolean;
}

/**
 * `mapAspect` of the shipped boundaries (both the 63 provinces and the 34 of 2025; a unit test
 * checks it): the map's box is reserved at this size while the boundaries load.
 */
export const VIETNAM_MAP_ASPECT = 0.882;

/** The height `ChoroplethMap` takes at `width` (no `height` given), before the shapes load. */
export function reservedMapHeight(width: number): number {
  return Math.ceil((Math.max(200, width) - 2 * MAP_MARGIN) / VIETNAM_MAP_ASPECT + 2 * MAP_MARGIN);
}

/** Rough width of a label, to keep it inside the map at small sizes. */
const textWidth = (text: string, size: number) => text.length * size * 0.56;

/**
 * Provinces filled from the viridis scale (d3-geo Mercator fitted to the provinces and the
 * Hoàng Sa and Trường Sa archipelagos, drawn as labelled island symbols with the East Sea);
 * shapes without a value are hatched. The highlighted province (Bắc Kạn) is redrawn on top with
 * a thick outline and a haloed label, so it stands out without relying on colour. The `<svg>` is
 * marked `data-map="vietnam"`: the export refuses one without both archipelagos' labels.
 */
export function ChoroplethMap({
  data,
  reference,
  width,
  height,
  domain,
  describe,
  islands,
  highlightLabel,
  selected,
  decorative = false,
}: ChoroplethMapProps) {
  const hatchId = useHatchId('hatch');
  const w = Math.max(200, width);
  const geo = useMemo(() => mapProjection(reference, w, height), [reference, w, height]);
  const scale = sequentialScale(domain);
  const highlighted = data.areas.filter((a) => a.highlighted);
  const centroid = highlighted[0] ? geo.centroids[highlighted[0].index] : undefined;

  return (
    <svg
      width={w}
      height={geo.height}
      viewBox={`0 0 ${w} ${geo.height}`}
      className="choropleth"
      fontFamily={theme.font}
      data-map="vietnam"
      aria-hidden={decorative || undefined}
    >
      <defs>
        <MissingHatch id={hatchId} />
      </defs>
      {data.areas.map((a) => (
        <path
          key={a.index}
          d={geo.paths[a.index]}
          fill={a.value === null ? `url(#${hatchId})` : scale.colour(a.value)}
          stroke="#ffffff"
          strokeWidth={0.6}
          data-code={a.code ?? undefined}
          data-unit={a.unitId ?? undefined}
        >
          <title>{describe(a)}</title>
        </path>
      ))}
      <AreaOutlines areas={data.areas} paths={geo.paths} selected={selected} />
      <text
        x={geo.sea[0]}
        y={geo.sea[1]}
        textAnchor="middle"
        fontSize={Math.max(theme.fontSize, Math.min(17, Math.round(w / 55)))}
        fontStyle="italic"
        fill="#3d6f99"
        className="choropleth__sea"
      >
        {islands.eastSea}
      </text>
      {geo.archipelagos.map((a) => (
        <Archipelago
          key={a.id}
          archipelago={a}
          label={a.id === 'hoang-sa' ? islands.hoangSa : islands.truongSa}
          w={w}
        />
      ))}
      {highlightLabel && highlighted[0] ? (
        <HighlightLabel label={highlightLabel} centroid={centroid ?? [0, 0]} />
      ) : null}
    </svg>
  );
}

interface AreaOutlinesProps {
  readonly areas: readonly ChoroplethArea[];
  readonly paths: readonly string[];
  readonly selected: string | null | undefined;
}

/** The selected unit's dashed outline, then the highlighted provinces' thick one, over the fills. */
function AreaOutlines({ areas, paths, selected }: AreaOutlinesProps) {
  return (
    <>
      {areas
        .filter((a) => selected != null && a.unitId === selected && !a.highlighted)
        .map((a) => (
          <path
            key={`sel-${a.index}`}
            d={paths[a.index]}
            fill="none"
            stroke="#111111"
            strokeWidth={2.5}
            strokeDasharray="4 2"
            className="choropleth__selected"
            pointerEvents="none"
          />
        ))}
      {areas
        .filter((a) => a.highlighted)
        .map((a) => (
          <path
            key={`hl-${a.index}`}
            d={paths[a.index]}
            fill="none"
            stroke="#111111"
            strokeWidth={2.5}
            className="choropleth__highlight"
            pointerEvents="none"
          />
        ))}
    </>
  );
}

interface ArchipelagoProps {
  readonly archipelago: ProjectedArchipelago;
  readonly label: string;
  readonly w: number;
}

/** An archipelago's island symbols and its haloed label, kept inside the map. */
function Archipelago({ archipelago: a, label, w }: ArchipelagoProps) {
  const lines = splitIslandLabel(label);
  // Larger in a large image (the map fills a 1080 px frame), never below the chart's small text.
  const size = Math.max(theme.smallFontSize, Math.min(16, Math.round(w / 60)));
  const half = Math.max(...lines.map((l) => textWidth(l, size))) / 2;
  const x = Math.min(Math.max(a.label[0], half + 2), w - half - 2);
  return (
    <g className="choropleth__islands" data-archipelago={a.id}>
      {a.islands.map(([ix, iy], i) => (
        <circle key={i} cx={ix} cy={iy} r={Math.max(1.8, w / 300)} fill="#4a4a4a" />
      ))}
      <text
        x={x}
        y={a.label[1] - (lines.length - 1) * (size + 2)}
        textAnchor="middle"
        fontSize={size}
        fill="#222222"
        stroke="#ffffff"
        strokeWidth={3}
        paintOrder="stroke"
        data-island={a.id}
      >
        {lines.map((l, i) => (
          <tspan key={i} x={x} dy={i === 0 ? 0 : size + 2}>
            {l}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** The highlighted province's name beside it, with a short leader line and a white halo. */
function HighlightLabel({
  label,
  centroid,
}: {
  label: string;
  centroid: readonly [number, number];
}) {
  const [cx, cy] = centroid;
  const x = Number.isFinite(cx) ? cx + 14 : 0;
  const y = Number.isFinite(cy) ? cy : 0;
  return (
    <g className="choropleth__label" pointerEvents="none">
      <line x1={cx} y1={cy} x2={x - 2} y2={y} stroke="#111111" strokeWidth={1} />
      <text
        x={x}
        y={y}
        dominantBaseline="middle"
        fontSize={theme.fontSize}
        fontWeight={700}
        fill="#111111"
        stroke="#ffffff"
        strokeWidth={3}
        paintOrder="stroke"
      >
        {label}
      </text>
    </g>
  );
}
