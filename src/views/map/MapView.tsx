import { useMemo, type ReactNode } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import type { ExportInfo, ExportTable } from '../../export/types.ts';
import {
  buildChoroplethData,
  hasProvinceCodes,
  measureUnits,
  provinceCodeOf,
  provinceKey,
  type MapMeasure,
  type MeasuredUnit,
} from '../../charts/data/map.ts';
import {
  buildTileGridData,
  matchesTileLayout,
  type TileLayout,
} from '../../charts/data/tileGrid.ts';
import { MAP_MAX_WIDTH } from '../../charts/data/mapFrame.ts';
import { niceDomain } from '../../charts/scales.ts';
import { ChoroplethMap, reservedMapHeight } from '../../charts/views/ChoroplethMap.tsx';
import { HeatmapLegend } from '../../charts/views/HeatmapLegend.tsx';
import { TileGridMap } from '../../charts/views/TileGridMap.tsx';
import { unitsOf } from '../../domain/dataset.ts';
import { eraOf } from '../../domain/era.ts';
import type { Lang } from '../../domain/types.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { Select } from '../../ui/Select.tsx';
import { countedGroupLabel } from '../labels.ts';
import type { ScreenProps } from '../screenProps.ts';
import { useScreen } from '../useScreen.tsx';
import tileLayout from '../../../data/bac-kan-districts-tiles.json';
import pciMeta from '../../../data/pci.meta.json';
import { MapRankList } from './MapRankList.tsx';
import { RespondentsN, respondentsOf } from '../RespondentsN.tsx';
import { MapFramed } from './MapFramed.tsx';
import { code2025, useProvinceShapes } from './useProvinceShapes.ts';

const TILES = tileLayout as TileLayout;
/** Province name → ISO code from the PCI metadata, so imported province files without codes still map. */
const CODE_BY_NAME: ReadonlyMap<string, string> = new Map(
  (pciMeta.units as readonly { name: string; code?: string }[])
    .filter((u) => u.code)
    .map((u) => [provinceKey(u.name), u.code as string]),
);
const BAC_KAN = 'VN-53';

function measureLabel(measure: MapMeasure, lang: Lang, t: Translate): string {
  return measure.name ? t('map.legendSub', { sub: measure.name[lang] }) : t('map.legendTotal');
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
 * Map: for provinces (units with ISO 3166-2 codes, e.g. the PCI) a choropleth of the 63
 * provinces with Bắc Kạn outlined; for units of the Bắc Kạn district tile layout a tile-grid map;
 * for groups without geography a message and a way to the ranking. Coloured by the total or by
 * the sub-index in `sub=`.
 */
export function MapView(props: ScreenProps) {
  const { dataset, view, lang, t, onSelect } = props;
  const { group: groupId, year } = view;
  const { group, groupName, groupYear, source, tools } = useScreen(props, { stats: false });
  const units = useMemo(() => unitsOf(dataset, groupId), [dataset, groupId]);
  const kind = hasProvinceCodes(units, CODE_BY_NAME)
    ? 'provinces'
    : matchesTileLayout(units, TILES)
      ? 'tiles'
      : 'none';
  const shapes = useProvinceShapes(kind === 'provinces');
  const { measure, units: measured } = useMemo(
    () => measureUnits(groupYear, view.sub),
    [groupYear, view.sub],
  );

  if (kind === 'none') {
    return (
      <div className="view view--map">
        <div className="map-empty" role="note">
          <p>{t('map.noGeo', { group: groupName })}</p>
          <p>{t('map.noGeoHint')}</p>
          <button type="button" className="button" onClick={() => onSelect({ view: 'ranking' })}>
            {t('map.openRanking')}
          </button>
        </div>
      </div>
    );
  }

  const count = measured.length;
  const title = measure.name
    ? t('map.titleSub', {
        index: dataset.indexName,
        year,
        sub: measure.name[lang],
        count,
        group: countedGroupLabel(group, lang, t),
      })
    : t('map.titleTotal', {
        index: dataset.indexName,
        year,
        count,
        group: countedGroupLabel(group, lang, t),
      });
  const subtitle = t(measure.name ? 'map.subtitleSub' : 'map.subtitleTotal', {
    group: groupName,
    year,
  });
  const legendTitle = measureLabel(measure, lang, t);
  // Years whose units are the 34 provinces of 1 July 2025 are drawn on the merged shapes.
  const from2025 = kind === 'provinces' && eraOf(dataset, groupId, year) === 'from-2025';
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
  const islands = {
    hoangSa: t('map.hoangSa'),
    truongSa: t('map.truongSa'),
    eastSea: t('map.eastSea'),
  };
  const tiles = kind === 'tiles' ? buildTileGridData(groupYear, TILES, { sub: view.sub }) : null;
  const rawDomain = choropleth?.domain ?? tiles?.domain ?? null;
  const step = measure.kind === 'total' ? 1 : 0.1;
  const domain =
    niceDomain(rawDomain ? [...rawDomain] : measured.map((u) => u.value), step) ??
    ([0, measure.kind === 'total' ? 100 : 10] as [number, number]);
  const highlighted =
    kind !== 'provinces'
      ? null
      : from2025
        ? (measured.find((u) => code2025(u.name) === code2025('Thái Nguyên')) ?? null)
        : (measured.find((u) => provinceCodeOf(u, CODE_BY_NAME) === BAC_KAN) ?? null);
  const ranked = measured.filter((u) => u.rank !== null).length;
  const anyMissing = choropleth
    ? choropleth.areas.some((a) => a.value === null)
    : tiles
      ? tiles.tiles.some((x) => x.value === null)
      : false;

  const notes: string[] = [
    t('map.scaleNote', {
      min: formatScore(domain[0], lang, 1),
      max: formatScore(domain[1], lang, 1),
    }),
  ];
  if (view.sub && !measure.name) {
    const def = dataset.subIndices.find((s) => s.id === view.sub);
    notes.push(t('map.subNotApplicable', { sub: def?.name[lang] ?? view.sub, year }));
  }
  if (kind === 'provinces') {
    notes.push(
      t('map.attribution'),
      t(from2025 ? 'map.boundaryNote2025' : 'map.boundaryNote'),
      t('map.islandsNote'),
    );
    if (choropleth && choropleth.unmatched.length > 0)
      notes.push(t('map.unmatched', { names: choropleth.unmatched.map((u) => u.name).join(', ') }));
    if (shapes.status === 'error') notes.push(t('map.loadError', { reason: shapes.message }));
  } else {
    notes.push(t('map.tileNote'));
    if (tiles && tiles.unplaced.length > 0)
      notes.push(t('map.unplaced', { names: tiles.unplaced.map((u) => u.name).join(', ') }));
  }
  for (const m of groupYear.methodChanges)
    notes.push(t('trends.methodNote', { year: m.year, note: m.note[lang] }));
  const describe = (name: string, value: number | null, rank: number | null) =>
    value === null
      ? t('map.areaNoData', { name })
      : t('map.areaTitle', {
          name,
          value: formatScore(value, lang),
          rank: formatInteger(rank, lang),
          n: ranked,
        });

  // Exports: every unit with its rank and value on the measure shown.
  const exportTable: ExportTable = {
    header: [t('table.rank'), t('table.unit'), legendTitle],
    rows: measured.map((u) => [u.rank, u.name, u.value]),
  };
  const exportInfo: ExportInfo = { dataset, view: 'map', groupId, year };
  // n= and † after each score, as the ranking shows them (nothing when the data has no counts).
  const nOf = respondentsOf(dataset);
  const respondentsNote = nOf
    ? (unitId: string) => <RespondentsN n={nOf(unitId, year)} min={view.minn} t={t} lang={lang} />
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
        subtitle={subtitle}
        tools={tools(exportTable, exportInfo)}
        summary={summaryOf(measured, highlighted, lang, t, groupName, year)}
        source={source}
        notes={notes}
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
