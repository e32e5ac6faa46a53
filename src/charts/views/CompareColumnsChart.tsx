import type { CompareData } from '../data/compare.ts';
import { theme } from '../theme.ts';
import { compareColor, LetterLabel } from './CompareChart.tsx';
import { wrapLabel } from './wrapLabel.ts';

export interface CompareColumnsChartProps {
  readonly data: CompareData;
  readonly lang: 'vi' | 'en';
  readonly width: number;
  /** The chart box's height in the image: the chart is exactly this tall. */
  readonly height: number;
  readonly formatValue: (value: number | null) => string;
}

/** Text size in fixed-size images (MIN_EXPORT_TEXT_PX). */
const FONT = 14;
const LINE = 17;
const CHAR = 8;
const LEFT = 30;

type Unit = CompareData['units'][number];

/** Key placement, column widths and the plot's vertical extent within `width` × `height`. */
function columnsLayout(data: CompareData, lang: 'vi' | 'en', width: number, height: number) {
  const units = data.units;
  const groups = data.rows.length;
  const groupW = (width - LEFT) / Math.max(1, groups);
  const colW = Math.max(4, Math.min(48, (groupW - 10) / Math.max(1, units.length)));
  const upright = colW < 34;
  const perLine = Math.max(5, Math.floor((groupW - 4) / CHAR));
  const names = data.rows.map((r) => wrapLabel(r.shortName[lang], perLine, 3));
  const nameLines = Math.max(1, ...names.map((n) => n.length));
  // Key: the letters and names flowing across the top.
  const key: { u: Unit; x: number; y: number }[] = [];
  let kx = 0;
  let ky = 0;
  for (const u of units) {
    const w = 20 + (u.letter.length + 1 + u.name.length) * CHAR + 20;
    if (kx > 0 && kx + w > width) {
      kx = 0;
      ky += LINE + 6;
    }
    key.push({ u, x: kx, y: ky });
    kx += w;
  }
  const keyH = ky + LINE + 12;
  const labelRoom = upright ? 64 : 2 * LINE + 6;
  const top = keyH + labelRoom;
  const bottom = height - nameLines * LINE - 12;
  const plotH = Math.max(20, bottom - top);
  const y = (v: number) => bottom - (Math.max(0, Math.min(10, v)) / 10) * plotH;
  return { groupW, colW, upright, names, key, bottom, y };
}

type ColumnsLayout = ReturnType<typeof columnsLayout>;

/**
 * The comparison in a fixed-size image: one group of columns per sub-index across the width
 * (ten groups of horizontal bars do not fit a 1200×630 image at 14 px), every column with its
 * unit's letter and value above it ("A" over "7,12", or "A 7,12" turned upright when columns are
 * narrow), a key of letters and names on top. Every text is 14 px or more.
 */
export function CompareColumnsChart({
  data,
  lang,
  width,
  height,
  formatValue,
}: CompareColumnsChartProps) {
  const l = columnsLayout(data, lang, width, height);
  const { y, bottom } = l;
  const ticks = [0, 2, 4, 6, 8, 10];
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={theme.font}
      fontSize={FONT}
      fill={theme.text}
      className="compare-columns"
    >
      {l.key.map(({ u, x, y: ky0 }) => (
        <g key={u.unitId}>
          <rect x={x} y={ky0 + 2} width={14} height={14} fill={compareColor(u.colorIndex)} />
          <text x={x + 20} y={ky0 + 9} dominantBaseline="middle">
            <LetterLabel letter={u.letter} text={u.name} />
          </text>
        </g>
      ))}
      {ticks.map((v) => (
        <g key={v}>
          <line x1={LEFT} x2={width} y1={y(v)} y2={y(v)} stroke={theme.grid} />
          <text
            x={LEFT - 6}
            y={y(v)}
            textAnchor="end"
            dominantBaseline="middle"
            fill={theme.mutedText}
          >
            {v}
          </text>
        </g>
      ))}
      {data.rows.map((r, g) => (
        <ColumnGroup
          key={r.id}
          values={r.values}
          names={l.names[g] ?? []}
          g={g}
          units={data.units}
          l={l}
          formatValue={formatValue}
        />
      ))}
      <line x1={LEFT} x2={width} y1={bottom} y2={bottom} stroke={theme.mutedText} />
    </svg>
  );
}

interface ColumnGroupProps {
  readonly values: readonly (number | null)[];
  /** The sub-index's name, wrapped. */
  readonly names: readonly string[];
  /** The group's place across the width. */
  readonly g: number;
  readonly units: readonly Unit[];
  readonly l: ColumnsLayout;
  readonly formatValue: (value: number | null) => string;
}

/** One sub-index: a column per unit with its letter and value above it, the name underneath. */
function ColumnGroup({ values, names, g, units, l, formatValue }: ColumnGroupProps) {
  const { groupW, colW, bottom } = l;
  const gx = LEFT + g * groupW + (groupW - colW * units.length) / 2;
  const cx = LEFT + g * groupW + groupW / 2;
  return (
    <g>
      {units.map((u, i) => {
        const v = values[i] ?? null;
        const x = gx + i * colW;
        const top0 = v === null ? bottom : l.y(v);
        const mid = x + colW / 2;
        return (
          <g key={u.unitId}>
            {v !== null ? (
              <rect
                x={x + 1}
                y={top0}
                width={colW - 2}
                height={bottom - top0}
                fill={compareColor(u.colorIndex)}
              />
            ) : null}
            {l.upright ? (
              <text
                transform={`translate(${mid} ${top0 - 4}) rotate(-90)`}
                dominantBaseline="middle"
              >
                <LetterLabel letter={u.letter} text={formatValue(v)} />
              </text>
            ) : (
              <text x={mid} y={top0 - 6 - LINE} textAnchor="middle">
                <tspan x={mid} fontWeight={700}>
                  {u.letter}
                </tspan>
                <tspan x={mid} dy={LINE}>
                  {formatValue(v)}
                </tspan>
              </text>
            )}
          </g>
        );
      })}
      <text x={cx} y={bottom + LINE} textAnchor="middle">
        {names.map((line, k) => (
          <tspan key={k} x={cx} dy={k === 0 ? 0 : LINE}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
