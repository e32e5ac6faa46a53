import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { CompareData } from '../data/compare.ts';
import { labelWidth, theme } from '../theme.ts';
import { AxisLabel } from './AxisLabel.tsx';
import { wrapLabel } from './wrapLabel.ts';

export interface CompareChartProps {
  readonly data: CompareData;
  readonly lang: 'vi' | 'en';
  readonly width: number;
  /** Locale-aware score formatter ("—" when missing). */
  readonly formatValue: (value: number | null) => string;
}

const BAR = 13;
const GAP = 3;
const LINE = 15;

type Row = { readonly label: string } & Record<string, number | null | string>;

/** Colour of a compared unit: one Okabe–Ito colour per unit (the selection is never more than five). */
export function compareColor(colorIndex: number): string {
  return theme.categorical[colorIndex % theme.categorical.length] as string;
}

/**
 * Grouped horizontal bars: one group per sub-index, one bar per compared unit on the 0–10 scale.
 * Every bar carries its unit's letter and value ("A 7,12"), so the units are told apart by text
 * as well as by colour; a missing value prints "A —" and draws no bar.
 */
export function CompareChart({ data, lang, width, formatValue }: CompareChartProps) {
  const rows: Row[] = data.rows.map((r) => {
    const row: Record<string, number | null | string> = { label: r.shortName[lang] };
    r.values.forEach((v, i) => (row[`v${i}`] = v));
    return row as Row;
  });
  const yWidth = Math.min(labelWidth(width), 200);
  const perLine = Math.max(10, Math.floor((yWidth - 12) / 7));
  const groupHeight = Math.max(data.units.length * (BAR + 3) + 18, 3 * LINE + 8);
  const margin = { top: 8, right: 64, bottom: 24, left: 4 };
  const height = margin.top + margin.bottom + rows.length * groupHeight;

  return (
    <BarChart
      width={width}
      height={height}
      data={rows}
      layout="vertical"
      margin={margin}
      barGap={GAP}
      barCategoryGap={12}
      accessibilityLayer={false}
      style={{ fontFamily: theme.font }}
    >
      <CartesianGrid horizontal={false} stroke={theme.grid} />
      <XAxis
        type="number"
        domain={[0, 10]}
        ticks={[0, 2, 4, 6, 8, 10]}
        tick={{ fontSize: theme.smallFontSize, fill: theme.mutedText }}
        stroke={theme.grid}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={yWidth}
        interval={0}
        tickLine={false}
        stroke={theme.grid}
        tick={(props: TickProps) => compareTick(props, data, perLine, formatValue)}
      />
      {data.units.map((u, i) => (
        <Bar
          key={u.unitId}
          dataKey={`v${i}`}
          barSize={BAR}
          fill={compareColor(u.colorIndex)}
          isAnimationActive={false}
          name={u.name}
        >
          <LabelList
            dataKey={`v${i}`}
            content={(props: ValueLabelProps) => valueLabel(props, u.letter, formatValue)}
          />
        </Bar>
      ))}
    </BarChart>
  );
}

/** A unit's letter in bold, then a value or name: "A 7,12" (the units told apart by text). */
export function LetterLabel({ letter, text }: { letter: string; text: string }) {
  return (
    <>
      <tspan fontWeight={700}>{letter}</tspan> {text}
    </>
  );
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown; index?: number };
}

/** A sub-index's wrapped name, and "A —" in the slot of each unit without a value. */
function compareTick(
  props: TickProps,
  data: CompareData,
  perLine: number,
  formatValue: (value: number | null) => string,
) {
  const parts = wrapLabel(String(props.payload?.value ?? ''), perLine);
  const x = Number(props.x ?? 0) - 6;
  const row = data.rows[props.payload?.index ?? -1];
  // Recharts draws neither a bar nor a label for a missing value: print "A —" in its slot.
  const slots = data.units.length * (BAR + GAP) - GAP;
  const missing = data.units
    .map((u, i) => ({ u, i }))
    .filter(({ i }) => row !== undefined && row.values[i] === null);
  return (
    <g>
      {missing.map(({ u, i }) => (
        <text
          key={u.unitId}
          x={Number(props.x ?? 0) + 4}
          y={Number(props.y ?? 0) - slots / 2 + i * (BAR + GAP) + BAR / 2}
          dominantBaseline="middle"
          fontSize={theme.smallFontSize}
          fill={theme.text}
          className="compare-missing"
        >
          <LetterLabel letter={u.letter} text={formatValue(null)} />
        </text>
      ))}
      <AxisLabel x={x} y={Number(props.y ?? 0)} lines={parts} lineHeight={LINE} />
    </g>
  );
}

interface ValueLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/** "A 7,12" just after a bar's end (at the axis when the value is missing). */
function valueLabel(
  props: ValueLabelProps,
  letter: string,
  formatValue: (value: number | null) => string,
) {
  const value = typeof props.value === 'number' ? props.value : null;
  const x = Number(props.x ?? 0) + (value === null ? 0 : Number(props.width ?? 0)) + 4;
  const y = Number(props.y ?? 0) + Number(props.height ?? BAR) / 2;
  return (
    <text x={x} y={y} dominantBaseline="middle" fontSize={theme.smallFontSize} fill={theme.text}>
      <LetterLabel letter={letter} text={formatValue(value)} />
    </text>
  );
}
