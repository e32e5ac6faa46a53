import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useId, useMemo } from 'react';
import type { ChoroplethArea, ChoroplethData } from '../data/map.ts';
import { MISSING_FILL, sequentialScale } from '../scales.ts';
import { theme } from '../theme.ts';

export interface ChoroplethMapProps {
  readonly data: ChoroplethData;
  /** GeoJSON features, parallel to the feature infos the data was built from. */
  readonly features: readonly Feature<Geometry | null>[];
  readonly width: number;
  /** Colour domain (shared with the legend). */
  readonly domain: readonly [number, number];
  /** Tooltip text of one area, e.g. "Bắc Kạn: 54,60 (hạng 60/63)". */
  readonly describe: (area: ChoroplethArea) => string;
  /** Label drawn beside the highlighted province. */
  readonly highlightLabel?: string;
  /** A selected unit (`unit=`), outlined with a dashed line so it is found on the map too. */
  readonly selected?: string | null;
}

/** Widest the map is drawn: Vietnam is about twice as tall as wide. */
const MAX_WIDTH = 460;

/**
 * Provinces filled from the viridis scale (d3-geo Mercator fitted to the width); shapes without a
 * value are hatched. The highlighted province (Bắc Kạn) is redrawn on top with a thick outline
 * and a haloed label, so it stands out without relying on colour.
 */
export function ChoroplethMap({
  data,
  features,
  width,
  domain,
  describe,
  highlightLabel,
  selected,
}: ChoroplethMapProps) {
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const w = Math.max(200, Math.min(MAX_WIDTH, width));
  const geo = useMemo(() => {
    const collection: FeatureCollection<Geometry | null> = {
      type: 'FeatureCollection',
      features: [...features],
    };
    const projection = geoMercator().fitWidth(w - 8, collection);
    const path = geoPath(projection);
    const [[, y0], [, y1]] = path.bounds(collection);
    const height = Math.ceil(y1 - y0 + 8);
    projection.translate([projection.translate()[0] + 4, projection.translate()[1] - y0 + 4]);
    return {
      height,
      paths: features.map((f) => path(f) ?? ''),
      centroids: features.map((f) => path.centroid(f)),
    };
  }, [features, w]);
  const scale = sequentialScale(domain);
  const highlighted = data.areas.filter((a) => a.highlighted);

  return (
    <svg
      width={w}
      height={geo.height}
      viewBox={`0 0 ${w} ${geo.height}`}
      className="choropleth"
      fontFamily={theme.font}
    >
      <defs>
        <pattern
          id={hatchId}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill={MISSING_FILL} />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#9aa5b1" strokeWidth="1.5" />
        </pattern>
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
      {data.areas
        .filter((a) => selected != null && a.unitId === selected && !a.highlighted)
        .map((a) => (
          <path
            key={`sel-${a.index}`}
            d={geo.paths[a.index]}
            fill="none"
            stroke="#111111"
            strokeWidth={2.5}
            strokeDasharray="4 2"
            className="choropleth__selected"
            pointerEvents="none"
          />
        ))}
      {highlighted.map((a) => (
        <path
          key={`hl-${a.index}`}
          d={geo.paths[a.index]}
          fill="none"
          stroke="#111111"
          strokeWidth={2.5}
          className="choropleth__highlight"
          pointerEvents="none"
        />
      ))}
      {highlightLabel && highlighted[0]
        ? (() => {
            const [cx, cy] = geo.centroids[highlighted[0].index] ?? [0, 0];
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
                  {highlightLabel}
                </text>
              </g>
            );
          })()
        : null}
    </svg>
  );
}
