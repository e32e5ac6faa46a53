import type { Lang } from '../../i18n/i18n.ts';
import type { HeatmapData } from '../data/heatmap.ts';
import { MISSING_FILL, sequentialScale, textColourOn } from '../scales.ts';
import { theme } from '../theme.ts';
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
      <g fontWeight={700} fill={theme.text}>
        <text x={RANK_W - 6} y={HEAD_H - 8} textAnchor="end">
          {labels.rank}
        </text>
        <text x={RANK_W + 4} y={HEAD_H - 8}>
          {labels.unit}
        </text>
        <text x={x0 - 6} y={HEAD_H - 8} textAnchor="end">
          {labels.total}
        </text>
        {data.columns.map((c, i) => {
          const lines = wrapLabel(`${c.highlighted ? '▼ ' : ''}${c.shortName[lang]}`, 9, 3);
          return (
            <text
              key={c.id}
              x={x0 + i * CELL_W + CELL_W / 2}
              y={HEAD_H - 8 - (lines.length - 1) * 14}
              textAnchor="middle"
            >
              {lines.map((line, k) => (
                <tspan key={k} x={x0 + i * CELL_W + CELL_W / 2} dy={k === 0 ? 0 : 14}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
      {data.rows.map((r, j) => {
        const y = HEAD_H + j * ROW_H;
        const weight = r.selected ? 700 : 400;
        return (
          <g key={r.unitId}>
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
              const fill = c.value === null ? MISSING_FILL : scale.colour(c.value);
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
            x={x0 + i * CELL_W + 1}
            y={HEAD_H + 1}
            width={CELL_W - 2}
            height={data.rows.length * ROW_H - 2}
            fill="none"
            stroke="#000000"
            strokeWidth={3}
          />
        ) : null,
      )}
    </svg>
  );
}
