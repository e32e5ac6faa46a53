import type { ChoroplethArea, ChoroplethData, MeasuredUnit } from '../../charts/data/map.ts';
import { mapFrameLayout, type MapFrameLayout } from '../../charts/data/mapFrame.ts';
import { legendStops, sequentialScale } from '../../charts/scales.ts';
import { theme } from '../../charts/theme.ts';
import { ChoroplethMap, type IslandLabels } from '../../charts/views/ChoroplethMap.tsx';
import { mapAspect, type MapReference } from '../../charts/views/mapProjection.ts';
import { HeatmapLegend, layoutLegend } from '../../charts/views/HeatmapLegend.tsx';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';

export interface MapFramedProps {
  readonly width: number;
  /** The image's chart-box height; null for the natural height. */
  readonly height: number | null;
  readonly data: ChoroplethData;
  readonly reference: MapReference;
  readonly domain: readonly [number, number];
  readonly legendTitle: string;
  readonly missingLabel?: string;
  readonly describe: (area: ChoroplethArea) => string;
  readonly islands: IslandLabels;
  readonly highlightLabel?: string;
  readonly selected?: string | null;
  readonly units: readonly MeasuredUnit[];
  readonly highlighted: MeasuredUnit | null;
  readonly lang: Lang;
  readonly t: Translate;
}

const LIST_FONT = 14;
const ROW = 22;

type Row = { kind: 'heading'; text: string } | { kind: 'unit'; unit: MeasuredUnit };
interface ListColumn {
  readonly x: number;
  readonly width: number;
  readonly rows: Row[];
}

/**
 * The rank list's columns: the top units (and the highlighted unit when it is neither top nor
 * bottom), then the bottom units; one column stacks them, two put them side by side.
 */
function listColumns(
  units: readonly MeasuredUnit[],
  hl: MeasuredUnit | null,
  layout: MapFrameLayout,
  t: Translate,
): ListColumn[] {
  const ranked = units.filter((u) => u.rank !== null && u.value !== null);
  const count = layout.listCount;
  const top = ranked.slice(0, count);
  const bottom = ranked.length > 2 * count ? ranked.slice(-count) : ranked.slice(count);
  const shown = new Set([...top, ...bottom].map((u) => u.unitId));
  const first: Row[] = [
    { kind: 'heading', text: t('map.top', { count: top.length }) },
    ...top.map((unit) => ({ kind: 'unit' as const, unit })),
    ...(hl && hl.value !== null && !shown.has(hl.unitId)
      ? [{ kind: 'unit' as const, unit: hl }]
      : []),
  ];
  const second: Row[] =
    bottom.length > 0
      ? [
          { kind: 'heading' as const, text: t('map.bottom', { count: bottom.length }) },
          ...bottom.map((unit) => ({ kind: 'unit' as const, unit })),
        ]
      : [];
  const list = layout.list;
  if (!list) return [];
  return layout.listColumns === 2
    ? [
        { x: 0, width: (list.width - 24) / 2, rows: first },
        { x: (list.width + 24) / 2, width: (list.width - 24) / 2, rows: second },
      ]
    : [{ x: 0, width: list.width, rows: [...first, ...second] }];
}

/**
 * The map as an exported image draws it: one `<svg>` holding the legend, the map of Vietnam with
 * Hoàng Sa and Trường Sa, and (when the image is wider than the map) the top and bottom units, laid
 * out by `mapFrameLayout` so the drawing fills the image's chart box at every size.
 */
export function MapFramed(props: MapFramedProps) {
  const { width, height, domain, lang, t } = props;
  const format = (v: number) => formatScore(v, lang, 1);
  const legendItems = [
    ...legendStops(sequentialScale(domain), 5).map((s) => ({ label: format(s.value) })),
    ...(props.missingLabel ? [{ label: props.missingLabel }] : []),
  ];
  const layout = mapFrameLayout(
    width,
    height,
    mapAspect(props.reference),
    (w) => layoutLegend(legendItems, w).height,
  );
  const columns = listColumns(props.units, props.highlighted, layout, t);
  return (
    <svg
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      fontFamily={theme.font}
      className="map-framed"
    >
      <g transform={`translate(${layout.legend.x} ${layout.legend.y})`}>
        <HeatmapLegend
          width={layout.legend.width}
          domain={domain}
          title={props.legendTitle}
          formatValue={format}
          {...(props.missingLabel ? { missingLabel: props.missingLabel } : {})}
        />
      </g>
      <g transform={`translate(${layout.map.x} ${layout.map.y})`}>
        <ChoroplethMap
          data={props.data}
          reference={props.reference}
          width={layout.map.width}
          height={layout.map.height}
          domain={domain}
          describe={props.describe}
          islands={props.islands}
          {...(props.highlightLabel ? { highlightLabel: props.highlightLabel } : {})}
          selected={props.selected ?? null}
        />
      </g>
      {layout.list ? (
        <FramedList
          left={layout.list.x}
          top={layout.list.y}
          columns={columns}
          highlighted={props.highlighted}
          lang={lang}
        />
      ) : null}
    </svg>
  );
}

/** The top and bottom units as SVG text: rank, name and score; the highlighted unit in bold. */
function FramedList({
  left,
  top,
  columns,
  highlighted,
  lang,
}: {
  left: number;
  top: number;
  columns: readonly ListColumn[];
  highlighted: MeasuredUnit | null;
  lang: Lang;
}) {
  const hl = highlighted;
  return (
    <g transform={`translate(${left} ${top})`} fontSize={LIST_FONT} fill={theme.text}>
      {columns.map((col, c) => (
        <g key={c} transform={`translate(${col.x} 0)`}>
          {col.rows.map((r, i) => {
            const y = i * ROW + 15;
            if (r.kind === 'heading')
              return (
                <text key={`h${i}`} x={0} y={y + (i > 0 ? 4 : 0)} fontWeight={600} fill="#555555">
                  {r.text}
                </text>
              );
            const bold = r.unit.unitId === hl?.unitId;
            return (
              <g key={r.unit.unitId} fontWeight={bold ? 700 : 400}>
                <text x={30} y={y} textAnchor="end" fill="#555555">
                  {formatInteger(r.unit.rank, lang)}
                </text>
                <text x={38} y={y}>
                  {r.unit.name}
                </text>
                <text x={col.width} y={y} textAnchor="end">
                  {formatScore(r.unit.value, lang)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </g>
  );
}
