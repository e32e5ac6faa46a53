import type { Lang } from '../../i18n/i18n.ts';
import type { HeatmapData } from '../data/heatmap.ts';
import { legendStops, MISSING_FILL, sequentialScale, textColourOn } from '../scales.ts';
import { theme } from '../theme.ts';
import { FIT_FONT, FIT_LEGEND_ROW, FIT_LINE, FIT_VALUE_FONT, fitHeatmap } from './heatmapFit.ts';
import { truncate } from './SlopeLabels.tsx';

export interface HeatmapFramedProps {
  readonly data: HeatmapData;
  readonly lang: Lang;
  readonly width: number;
  readonly height: number;
  readonly domain: readonly [number, number];
  readonly formatValue: (value: number | null) => string;
  readonly formatLegend: (value: number) => string;
  readonly formatRank: (rank: number | null) => string;
  readonly legendTitle: string;
  readonly missingLabel?: string;
  readonly footnote: (shown: number, total: number) => readonly string[];
  readonly labels: {
    readonly rank: string;
    readonly unit: string;
    readonly total: string;
    readonly rankOfCell: (rank: string) => string;
  };
}

const CHAR = 8;
const SWATCH = 24;

/**
 * The heatmap in a fixed-size image, as one SVG exactly `width` × `height`: the legend on top,
 * the grid stretched to the rest, the rows that fit (fitHeatmap) and the footnote when rows are
 * left out. Every text is at least 14 px; the selected unit in bold, the highlighted column
 * outlined (colour is not the only cue).
 */
export function HeatmapFramed(props: HeatmapFramedProps) {
  const { data, lang, width, height, domain, formatValue, formatRank, labels } = props;
  const scale = sequentialScale(domain);
  const legendItems = [
    ...legendStops(scale, 5).map((s) => ({
      key: `v${s.value}`,
      colour: s.colour,
      label: props.formatLegend(s.value),
      missing: false,
    })),
    ...(props.missingLabel
      ? [{ key: 'missing', colour: MISSING_FILL, label: props.missingLabel, missing: true }]
      : []),
  ];
  const titleW = props.legendTitle.length * CHAR + 16;
  const itemW = (label: string) => SWATCH + 6 + label.length * CHAR + 16;
  const legendWidth = titleW + legendItems.reduce((s, i) => s + itemW(i.label), 0);
  const fit = fitHeatmap({
    width,
    height,
    rows: data.rows,
    columns: data.columns.map((c) => `${c.highlighted ? '▼ ' : ''}${c.shortName[lang]}`),
    legendWidth,
    selected: data.rows.filter((r) => r.selected).map((r) => r.unitId),
    footnote: props.footnote,
  });
  // Legend items flow after the title, wrapping to the width.
  let lx = titleW;
  let ly = 0;
  const placed = legendItems.map((item) => {
    const w = itemW(item.label);
    if (lx > 0 && lx + w > width) {
      lx = 0;
      ly += FIT_LEGEND_ROW;
    }
    const at = { ...item, x: lx, y: ly };
    lx += w;
    return at;
  });
  const x0 = fit.rankW + fit.unitW + fit.totalW;
  const rows = fit.shown.items.flatMap((it) => (it.kind === 'row' ? [it.row] : []));
  // Rows after which units are left out: a heavier dashed rule marks the gap.
  const gapAfter = new Set<number>();
  fit.shown.items.forEach((it, i) => {
    if (it.kind === 'gap' && i > 0)
      gapAfter.add(fit.shown.items.slice(0, i).filter((x) => x.kind === 'row').length - 1);
  });
  const mid = (y: number) => y + fit.rowH / 2;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="heatmap-svg"
      fontFamily={theme.font}
      fontSize={FIT_FONT}
      fill={theme.text}
    >
      <text x={0} y={FIT_LEGEND_ROW / 2} dominantBaseline="middle" fontWeight={700}>
        {props.legendTitle}
      </text>
      {placed.map((p) => (
        <g key={p.key}>
          <rect
            x={p.x}
            y={p.y + 4}
            width={SWATCH}
            height={FIT_LEGEND_ROW - 8}
            fill={p.colour}
            stroke={p.missing ? '#9aa5b1' : 'rgb(0 0 0 / 0.25)'}
            strokeDasharray={p.missing ? '3 2' : undefined}
          />
          <text x={p.x + SWATCH + 6} y={p.y + FIT_LEGEND_ROW / 2} dominantBaseline="middle">
            {p.label}
          </text>
        </g>
      ))}
      <g fontWeight={700}>
        <text x={fit.rankW - 6} y={fit.gridTop - 8} textAnchor="end">
          {labels.rank}
        </text>
        <text x={fit.rankW + 4} y={fit.gridTop - 8}>
          {labels.unit}
        </text>
        <text x={x0 - 6} y={fit.gridTop - 8} textAnchor="end">
          {labels.total}
        </text>
        {fit.headLines.map((lines, i) => {
          const cx = x0 + i * fit.cellW + fit.cellW / 2;
          return (
            <text
              key={data.columns[i]?.id ?? i}
              x={cx}
              y={fit.gridTop - 8 - (lines.length - 1) * FIT_LINE}
              textAnchor="middle"
            >
              {lines.map((line, k) => (
                <tspan key={k} x={cx} dy={k === 0 ? 0 : FIT_LINE}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
      {rows.map((r, j) => {
        const y = fit.gridTop + j * fit.rowH;
        const weight = r.selected ? 700 : 400;
        return (
          <g key={r.unitId} fontWeight={weight}>
            <line
              x1={0}
              x2={width}
              y1={y + fit.rowH}
              y2={y + fit.rowH}
              stroke={gapAfter.has(j) ? theme.text : theme.grid}
              strokeWidth={gapAfter.has(j) ? 2 : 1}
              strokeDasharray={gapAfter.has(j) ? '6 4' : undefined}
            />
            <text x={fit.rankW - 6} y={mid(y)} textAnchor="end" dominantBaseline="middle">
              {formatRank(r.rank)}
            </text>
            <text x={fit.rankW + 4} y={mid(y)} dominantBaseline="middle">
              {truncate(`${r.selected ? '▶ ' : ''}${r.name}`, Math.floor((fit.unitW - 8) / CHAR))}
            </text>
            <text x={x0 - 6} y={mid(y)} textAnchor="end" dominantBaseline="middle">
              {formatValue(r.total)}
            </text>
            {r.cells.map((c, i) => {
              const fill = c.value === null ? MISSING_FILL : scale.colour(c.value);
              const ink = textColourOn(fill);
              const cx = x0 + i * fit.cellW;
              const two = fit.cellRanks && c.rank !== null;
              return (
                <g key={c.subIndexId} fill={ink}>
                  <rect
                    x={cx + 1}
                    y={y + 1}
                    width={fit.cellW - 2}
                    height={fit.rowH - 2}
                    fill={fill}
                  />
                  <text
                    x={cx + fit.cellW / 2}
                    y={two ? mid(y) - FIT_LINE / 2 : mid(y)}
                    textAnchor="middle"
                    dominantBaseline="middle"
                    fontWeight={700}
                    fontSize={FIT_VALUE_FONT}
                  >
                    {formatValue(c.value)}
                  </text>
                  {two ? (
                    <text
                      x={cx + fit.cellW / 2}
                      y={mid(y) + FIT_LINE / 2}
                      textAnchor="middle"
                      dominantBaseline="middle"
                      fontWeight={400}
                    >
                      {labels.rankOfCell(formatRank(c.rank))}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
        );
      })}
      {data.columns.map((c, i) =>
        c.highlighted ? (
          <rect
            key={`hl-${c.id}`}
            x={x0 + i * fit.cellW + 1}
            y={fit.gridTop + 1}
            width={fit.cellW - 2}
            height={rows.length * fit.rowH - 2}
            fill="none"
            stroke="#000000"
            strokeWidth={3}
          />
        ) : null,
      )}
      {fit.footnote.map((line, k) => (
        <text key={k} x={0} y={fit.gridTop + rows.length * fit.rowH + 8 + (k + 1) * FIT_LINE - 4}>
          {line}
        </text>
      ))}
    </svg>
  );
}
