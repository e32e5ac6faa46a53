import type { ReactNode } from 'react';
import { MAP_MAX_WIDTH } from '../../charts/data/mapFrame.ts';
import type { ChartTarget } from '../../charts/target.ts';
import { ChoroplethMap } from '../../charts/views/ChoroplethMap.tsx';
import { HeatmapLegend } from '../../charts/views/HeatmapLegend.tsx';
import { TileGridMap } from '../../charts/views/TileGridMap.tsx';
import type { Lang } from '../../domain/types.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { MapFramed } from './MapFramed.tsx';
import type { MapModel } from './model.ts';
import { MapRankList } from './MapRankList.tsx';
import type { ShapesState } from './useProvinceShapes.ts';

export interface MapFigureProps {
  readonly model: MapModel;
  readonly width: number;
  /** Set when drawing an image (export, report); undefined on screen. */
  readonly target: ChartTarget | undefined;
  readonly selected: string | null;
  readonly shapes: ShapesState;
  /** n= and † after a unit's score (undefined when the data has no counts). */
  readonly note: ((unitId: string) => ReactNode) | undefined;
  readonly lang: Lang;
  readonly t: Translate;
}

/** The map's chart: one SVG for an image, or on screen the legend and the map or tile grid. */
export function MapFigure(props: MapFigureProps) {
  const { model, width, target, selected, lang, t } = props;
  const { choropleth, featureSet, describe, highlighted } = model;
  if (target && choropleth && featureSet)
    // An image: one SVG with legend, map and (when wide) the top and bottom units.
    return (
      <MapFramed
        width={width}
        height={target.height}
        data={choropleth}
        reference={featureSet.reference}
        domain={model.domain}
        legendTitle={model.legendTitle}
        {...(model.anyMissing ? { missingLabel: t('map.missing') } : {})}
        describe={(a) => describe(a.name, a.value, a.rank)}
        islands={model.islands}
        {...(highlighted ? { highlightLabel: highlighted.name } : {})}
        selected={selected}
        units={model.measured}
        highlighted={highlighted}
        lang={lang}
        t={t}
      />
    );
  // The province map's box is a group (ChartFrame's boxRole, set by MapView): its ranked list and
  // loading or error line are read; its drawings are not (the summary and table say them).
  const decorative = model.kind === 'provinces';
  return (
    <div className="map-wrap">
      <HeatmapLegend
        decorative={decorative}
        width={width}
        domain={model.domain}
        title={model.legendTitle}
        formatValue={(v) => formatScore(v, lang, 1)}
        missingLabel={model.anyMissing ? t('map.missing') : undefined}
      />
      <MapOnScreen {...props} />
    </div>
  );
}

/** On screen: the district tile grid, the province map beside its ranked list, or a loading line. */
function MapOnScreen({ model, width, selected, shapes, note, lang, t }: MapFigureProps) {
  const { kind, tiles, choropleth, featureSet, describe } = model;
  if (kind === 'tiles' && tiles)
    return (
      <TileGridMap
        data={tiles}
        width={width}
        domain={model.domain}
        selected={selected}
        formatValue={(v) => formatScore(v, lang)}
        formatRank={(r) =>
          r === null ? '' : t('map.rankOf', { rank: formatInteger(r, lang), n: model.ranked })
        }
        describe={(tile) => describe(tile.name, tile.value, tile.rank)}
      />
    );
  const message =
    shapes.status === 'error' ? t('map.loadError', { reason: shapes.message }) : t('map.loading');
  if (kind !== 'provinces' && !(choropleth && featureSet))
    return <p className="loading">{message}</p>;
  const loading = shapes.status === 'loading';
  return (
    <div className="map-layout">
      {choropleth && featureSet ? (
        <ChoroplethMap
          data={choropleth}
          reference={featureSet.reference}
          width={Math.min(MAP_MAX_WIDTH, width)}
          islands={model.islands}
          domain={model.domain}
          highlightLabel={model.highlighted?.name}
          selected={selected}
          describe={(a) => describe(a.name, a.value, a.rank)}
          decorative
        />
      ) : (
        // The map's place is held while the boundaries load (no layout shift): map.css's
        // .map-reserve is reservedMapHeight at the paragraph's own width, so it is right before
        // the width is measured too (and is no style attribute, which the prerender may not have).
        <p className={loading ? 'loading map-reserve' : 'loading'} aria-busy={loading}>
          {message}
        </p>
      )}
      {/* Needs no boundaries: shown at once, where it stays (beside the map, or below it on a
          phone), also when they cannot be loaded. */}
      <MapRankList
        units={model.measured}
        highlighted={model.highlighted}
        lang={lang}
        t={t}
        note={note}
      />
    </div>
  );
}
