// The ranking bars as our own SVG (RankingChart): geometry, whiskers, value labels clear of the
// whiskers, the selection, gap rows, clicks, and muted notes that wrap in a phone's narrow label
// column instead of running off the chart's left edge.
import { cleanup, fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RankingBar, RankingChartData } from '../../src/charts/data/ranking.ts';
import { RankingChart } from '../../src/charts/views/RankingChart.tsx';
import { labelWidth } from '../../src/charts/theme.ts';
import { rankingBar, rankingChartData } from '../fixtures/rankingBars.ts';

const bar = rankingBar;
const data = (bars: RankingBar[]): RankingChartData => rankingChartData(bars);

const BARS = [
  bar(1, 'Sở Nông nghiệp và Phát triển nông thôn', 66, { selected: true }),
  bar(2, 'Ba Bể', 60),
  bar(3, 'Chợ Mới', 33),
  bar(4, 'Pác Nặm', null),
];

function draw(width: number, onSelect = vi.fn(), bars = BARS) {
  const { container } = render(
    <RankingChart
      data={data(bars)}
      width={width}
      formatValue={(v) => (v === null ? '—' : v.toFixed(2))}
      averageLabel="Average 55.00"
      detail={() => 'nhóm 4 · hạng 10–17 · n=107'}
      whisker={(b) => (b.value === null ? null : 2)}
      onSelect={onSelect}
      truncation={{ max: 3, gapLabel: (n) => `… ${n} not shown` }}
    />,
  );
  const svg = container.querySelector('svg.ranking-bars') as SVGSVGElement;
  return { svg, onSelect };
}

const num = (el: Element | null | undefined, attr: string) => Number(el?.getAttribute(attr));

describe('RankingChart (own SVG)', () => {
  it('draws a bar per scored unit, its length in proportion, a whisker each, none for a gap', () => {
    const { svg } = draw(862, vi.fn(), BARS.slice(0, 3));
    const rects = [...svg.querySelectorAll('.ranking-bars__bar')];
    expect(rects.map((r) => r.getAttribute('data-unit'))).toEqual(['u1', 'u2', 'u3']);
    // 66 and 33 on one axis: the second bar is half as long.
    expect(num(rects[2], 'width') / num(rects[0], 'width')).toBeCloseTo(0.5, 3);
    expect(svg.querySelectorAll('.ranking-bars__whisker')).toHaveLength(3);
    // The selected unit: strong colour, bold label with ▶.
    expect(rects[0]?.getAttribute('fill')).not.toBe(rects[1]?.getAttribute('fill'));
    expect(svg.querySelector('.ranking-bars__labels text')?.textContent).toMatch(/^▶ 1\. Sở/);
  });

  it('puts each value after its whisker, and marks where units are left out', () => {
    const many = [
      ...BARS.slice(0, 3),
      bar(4, 'Na Rì', 31),
      bar(5, 'Ngân Sơn', 30),
      bar(6, 'Pác Nặm', 29),
    ];
    const { svg } = draw(862, vi.fn(), many);
    const whiskerEnds = [...svg.querySelectorAll('.ranking-bars__whisker')].map((g) =>
      Math.max(...[...g.querySelectorAll('line')].map((l) => num(l, 'x2'))),
    );
    const values = [...svg.querySelectorAll('.ranking-bars__values text')];
    expect(values.map((v) => v.textContent)).toEqual(['66.00', '60.00', '29.00']);
    values.forEach((v, i) => expect(num(v, 'x')).toBeGreaterThan(whiskerEnds[i] ?? Infinity));
    // At most 3 units: the top two, a gap row (dotted line, no bar), the bottom one.
    expect(svg.querySelectorAll('.ranking-bars__gap')).toHaveLength(1);
    expect(svg.querySelector('[data-gap]')?.textContent).toBe('… 3 not shown');
    expect(svg.querySelectorAll('.ranking-bars__bar')).toHaveLength(3);
  });

  it('selects a unit by its bar', () => {
    const { svg, onSelect } = draw(862);
    fireEvent.click(svg.querySelector('[data-unit="u1"]') as Element);
    expect(onSelect).toHaveBeenCalledWith('u1');
  });

  it('wraps a long name and its muted note to the label column on a phone', () => {
    for (const width of [366, 862]) {
      const { svg } = draw(width, vi.fn(), BARS.slice(0, 2));
      const column = labelWidth(width);
      const labels = [...svg.querySelectorAll('.ranking-bars__labels text')];
      for (const label of labels) {
        const spans = [...label.querySelectorAll('tspan')];
        const notes = spans.filter((s) => s.getAttribute('fill') !== null);
        // The whole note is there, in lines of at most ~6 px a character (12 px type, the smallest DESIGN.md allows).
        expect(notes.map((s) => s.textContent).join(' ')).toBe('nhóm 4 · hạng 10–17 · n=107');
        for (const s of notes) {
          expect((s.textContent ?? '').length * 6.2).toBeLessThanOrEqual(column);
          // Never smaller than 12 px (DESIGN.md), though muted.
          expect(Number(s.getAttribute('font-size'))).toBeGreaterThanOrEqual(12);
        }
        if (width === 366) expect(notes.length).toBe(2);
      }
      // Rows are tall enough for the lines they hold (15 px a line).
      const rowHeight = (num(svg, 'height') - 28 - 8 - 24) / 2;
      const lines = Math.max(...labels.map((l) => l.querySelectorAll('tspan').length));
      expect(rowHeight).toBeGreaterThanOrEqual(lines * 15);
      cleanup();
    }
  });

  it('a fixed-size image keeps the detail lines when every bar fits with them, else drops them', () => {
    const notesIn = (height: number) => {
      const { container } = render(
        <RankingChart
          data={data(BARS.slice(0, 3))}
          width={540}
          formatValue={(v) => (v === null ? '—' : v.toFixed(2))}
          averageLabel="Average 55.00"
          detail={() => 'nhóm 4 · hạng 10–17 · n=107'}
          truncation={{ max: 20, gapLabel: (n) => `… ${n} not shown` }}
          fit={{ height, footnote: (shown, total) => [`${shown} of ${total}`] }}
        />,
      );
      const svg = container.querySelector('svg.ranking-bars') as SVGSVGElement;
      const bars = svg.querySelectorAll('.ranking-bars__bar').length;
      const notes = [...svg.querySelectorAll('.ranking-bars__labels tspan')].filter((s) =>
        s.textContent?.includes('n=107'),
      ).length;
      expect(num(svg, 'height')).toBeLessThanOrEqual(height);
      cleanup();
      return { bars, notes };
    };
    // A tall social image: three bars, each with its interval and respondents.
    expect(notesIn(600)).toEqual({ bars: 3, notes: 3 });
    // Too short for the details: one line a bar, so that every bar still fits.
    expect(notesIn(200)).toEqual({ bars: 3, notes: 0 });
  });
});
