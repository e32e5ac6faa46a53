import { useMemo, type ReactNode } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { type MeasuredUnit } from '../../charts/data/map.ts';
import { MAP_MAX_WIDTH } from '../../charts/data/mapFrame.ts';
import { ChoroplethMap, reservedMapHeight } from '../../charts/views/ChoroplethMap.tsx';
import { HeatmapLegend } from '../../charts/views/HeatmapLegend.tsx';
import { TileGridMap } from '../../charts/views/TileGridMap.tsx';
import type { Lang } from '../../domain/types.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { Select } from '../../ui/Select.tsx';
import type { ScreenProps } from '../screenProps.ts';
import { useScreen } from '../useScreen.tsx';
import { buildMapScreen, mapKind } from './model.ts';
import { MapRankList } from './MapRankList.tsx';
import { RespondentsN, respondentsOf } from '../RespondentsN.tsx';
import { MapFramed } from './MapFramed.tsx';
import { useProvinceShapes } from './useProvinceShapes.ts';

function ValueTable({
  units,
  caption,
  valueLabel,
  lang,
  t,
  note,
}: {
  units: readonly MeasuredUnit[];
  caption: string;
  valueLabel: string;
  lang: Lang;
  t: Translate;
  note?: ((unitId: string) => ReactNode) | undefined;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table table--compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.rank')}</th>
            <th scope="col">{t('table.unit')}</th>
            <th scope="col" className="num">
              {valueLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.unitId} data-unit={u.unitId}>
              <td>{formatInteger(u.rank, lang)}</td>
              <th scope="row">{u.name}</th>
              <td className="num">
                {formatScore(u.value, lang)}
                {note?.(u.unitId)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Map: draws the model of `buildMapScreen` (model.ts) — a province choropleth, the district tile
 * grid, or for groups without geography a message and a way to the ranking.
 */
export function MapView(props: ScreenProps) {
  const { dataset, view, lang, t, onSelect } = props;
  const { groupYear, source, tools } = useScreen(props, { stats: false });
  const kind = useMemo(() => mapKind(dataset, view.group), [dataset, view.group]);
  const shapes = useProvinceShapes(kind === 'provinces');
  const model = useMemo(
    () => buildMapScreen(dataset, view, t, shapes, groupYear),
    [dataset, view, t, shapes, groupYear],
  );

  if (model.kind === 'none') {
    return (
      <div className="view view--map">
        <div className="map-empty" role="note">
          <p>{model.message}</p>
          <p>{t('map.noGeoHint')}</p>
          <button type="button" className="button" onClick={() => onSelect({ view: 'ranking' })}>
            {t('map.openRanking')}
          </button>
        </div>
      </div>
    );
  }
  const { title, measure, measured, legendTitle, featureSet, choropleth, tiles, domain } = model;
  const { highlighted, ranked, anyMissing, islands, describe } = model;
  // n= and † after each score, as the ranking shows them (nothing when the data has no counts).
  const nOf = respondentsOf(dataset);
  const respondentsNote = nOf
    ? (unitId: string) => (
        <RespondentsN n={nOf(unitId, view.year)} min={view.minn} t={t} lang={lang} />
      )
    : undefined;

  return (
    <div className="view view--map">
      <div className="view-controls">
        <Select
          label={t('map.colourBy')}
          value={measure.subIndexId ?? ''}
          options={[
            { value: '', label: t('map.total') },
            ...groupYear.subIndices.map((s) => ({ value: s.id as string, label: s.name[lang] })),
          ]}
          onChange={(v) => onSelect({ sub: v === '' ? null : v })}
        />
      </div>
      <ChartFrame
        title={title}
        subtitle={model.subtitle}
        tools={tools(model.exportTable, model.exportInfo)}
        summary={model.summary}
        source={source}
        notes={model.notes}
        watermark={dataset.illustrative ? t('chart.watermark') : null}
        labels={{
          showTable: t('chart.showTable'),
          showChart: t('chart.showChart'),
          chart: t(kind === 'provinces' ? 'map.chartLabel' : 'map.tileLabel', { title }),
        }}
        table={
          <ValueTable
            units={measured}
            caption={t('map.tableCaption', { title })}
            valueLabel={legendTitle}
            lang={lang}
            t={t}
            note={respondentsNote}
          />
        }
      >
        {(width, target) =>
          target && choropleth && featureSet ? (
            // An image: one SVG with legend, map and (when wide) the top and bottom units.
            <MapFramed
              width={width}
              height={target.height}
              data={choropleth}
              features={featureSet.features}
              domain={domain}
              legendTitle={legendTitle}
              {...(anyMissing ? { missingLabel: t('map.missing') } : {})}
              describe={(a) => describe(a.name, a.value, a.rank)}
              islands={islands}
              {...(highlighted ? { highlightLabel: highlighted.name } : {})}
              selected={view.unit}
              units={measured}
              highlighted={highlighted}
              lang={lang}
              t={t}
            />
          ) : (
            <div className="map-wrap">
              <HeatmapLegend
                width={width}
                domain={domain}
                title={legendTitle}
                formatValue={(v) => formatScore(v, lang, 1)}
                missingLabel={anyMissing ? t('map.missing') : undefined}
              />
              {kind === 'tiles' && tiles ? (
                <TileGridMap
                  data={tiles}
                  width={width}
                  domain={domain}
                  selected={view.unit}
                  formatValue={(v) => formatScore(v, lang)}
                  formatRank={(r) =>
                    r === null ? '' : t('map.rankOf', { rank: formatInteger(r, lang), n: ranked })
                  }
                  describe={(tile) => describe(tile.name, tile.value, tile.rank)}
                />
              ) : choropleth && featureSet ? (
                <div className="map-layout">
                  <ChoroplethMap
                    data={choropleth}
                    features={featureSet.features}
                    width={Math.min(MAP_MAX_WIDTH, width)}
                    islands={islands}
                    domain={domain}
                    highlightLabel={highlighted?.name}
                    selected={view.unit}
                    describe={(a) => describe(a.name, a.value, a.rank)}
                  />
                  <MapRankList
                    units={measured}
                    highlighted={highlighted}
                    lang={lang}
                    t={t}
                    note={respondentsNote}
                  />
                </div>
              ) : (
                <p
                  className="loading"
                  aria-busy={shapes.status === 'loading'}
                  // The map's place is held while the boundaries load (no layout shift).
                  style={
                    kind === 'provinces' && shapes.status === 'loading'
                      ? { minHeight: reservedMapHeight(Math.min(MAP_MAX_WIDTH, width)) }
                      : undefined
                  }
                >
                  {shapes.status === 'error'
                    ? t('map.loadError', { reason: shapes.message })
                    : t('map.loading')}
                </p>
              )}
            </div>
          )
        }
      </ChartFrame>
    </div>
  );
}
