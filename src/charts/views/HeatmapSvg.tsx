import type { Lang } from '../../i18n/i18n.ts';
import type { HeatmapData, HeatmapRow } from '../data/heatmap.ts';
import { MISSING_FILL, sequentialScale, textColourOn } from '../scales.ts';
import { theme } from '../theme.ts';
import { ColumnOutlines, HeatmapHead } from './HeatmapGrid.tsx';
import { truncate } from './SlopeLabels.tsx';
import { wrapLabel } from './wrapLabel.ts';

export interface HeatmapSvgProps {
  readonly data: HeatmapData;
  readonly lang: Lang;
  readonly domain: readonly [number, number];
  readonly formatValue: (value: number | null) => string;
  readonly formatRank: (rank: number | null) => string;
  readonly labels: {
    readonly rank: string;
    readonly unit: string;
    readonly total: string;
    readonly rankOfCell: (rank: string) => string;
  };
}

const RANK_W = 40;
const UNIT_W = 170;
const TOTAL_W = 58;
const CELL_W = 66;
const HEAD_H = 54;
const ROW_H = 36;

/**
 * The heatmap as one SVG, for image exports (the screen shows the HTML table, whose text stays
 * selectable): the same rows, colours, printed values and ranks, and the highlighted column
 * outlined. Its natural width is fixed by the columns; the export scales it to the frame.
 */
export function HeatmapSvg({
  data,
  lang,
  domain,
  formatValue,
  formatRank,
  labels,
}: HeatmapSvgProps) {
  const scale = sequentialScale(domain);
  const width = RANK_W + UNIT_W + TOTAL_W + data.columns.length * CELL_W;
  const height = HEAD_H + data.rows.length * ROW_H;
  const x0 = RANK_W + UNIT_W + TOTAL_W;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="heatmap-svg"
      fontFamily={theme.font}
      fontSize={theme.smallFontSize}
    >
      <HeatmapHead
        rankW={RANK_W}
        x0={x0}
        cellW={CELL_W}
        y={HEAD_H - 8}
        lineHeight={14}
        labels={labels}
        heads={data.columns.map((c) => ({
          key: c.id,
          lines: wrapLabel(`${c.highlighted ? '▼ ' : ''}${c.shortName[lang]}`, 9, 3),
        }))}
        fill={theme.text}
      />
      {data.rows.map((r, j) => (
        <HeatmapSvgRow
          key={r.unitId}
          row={r}
          y={HEAD_H + j * ROW_H}
          width={width}
          x0={x0}
          colour={(v) => scale.colour(v)}
          formatValue={formatValue}
          formatRank={formatRank}
          rankOfCell={labels.rankOfCell}
        />
      ))}
      <ColumnOutlines
        columns={data.columns}
        x0={x0}
        cellW={CELL_W}
        top={HEAD_H}
        height={data.rows.length * ROW_H}
      />
    </svg>
  );
}

interface HeatmapSvgRowProps {
  readonly row: HeatmapRow;
  readonly y: number;
  readonly width: number;
  readonly x0: number;
  readonly colour: (value: number) => string;
  readonly formatValue: (value: number | null) => string;
  readonly formatRank: (rank: number | null) => string;
  readonly rankOfCell: (rank: string) => string;
}

/** One unit: its rank, name and total, then a coloured cell per sub-index with value and rank. */
function HeatmapSvgRow({
  row: r,
  y,
  width,
  x0,
  colour,
  formatValue,
  formatRank,
  rankOfCell,
}: HeatmapSvgRowProps) {
  const weight = r.selected ? 700 : 400;
  return (
    <g>
      <line x1={0} x2={width} y1={y + ROW_H} y2={y + ROW_H} stroke={theme.grid} />
      <text
        x={RANK_W - 6}
        y={y + ROW_H / 2}
        textAnchor="end"
        dominantBaseline="middle"
        fill={theme.text}
        fontWeight={weight}
      >
        {formatRank(r.rank)}
      </text>
      <text
        x={RANK_W + 4}
        y={y + ROW_H / 2}
        dominantBaseline="middle"
        fill={theme.text}
        fontWeight={weight}
        fontSize={theme.fontSize}
      >
        {truncate(r.name, 24)}
      </text>
      <text
        x={x0 - 6}
        y={y + ROW_H / 2}
        textAnchor="end"
        dominantBaseline="middle"
        fill={theme.text}
        fontWeight={weight}
      >
        {formatValue(r.total)}
      </text>
      {r.cells.map((c, i) => {
        const fill = c.value === null ? MISSING_FILL : colour(c.value);
        const ink = textColourOn(fill);
        const cx = x0 + i * CELL_W;
        return (
          <g key={c.subIndexId}>
            <rect x={cx + 1} y={y + 1} width={CELL_W - 2} height={ROW_H - 2} fill={fill} />
            <text
              x={cx + CELL_W / 2}
              y={y + 14}
              textAnchor="middle"
              fontWeight={700}
              fill={ink}
              fontSize={13}
            >
              {formatValue(c.value)}
            </text>
            {c.rank !== null ? (
              <text x={cx + CELL_W / 2} y={y + 28} textAnchor="middle" fill={ink}>
                {rankOfCell(formatRank(c.rank))}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}
