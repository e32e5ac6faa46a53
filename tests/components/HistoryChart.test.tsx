import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../src/charts/data/scorecard.ts';
import { HistoryChart, spacedLabels } from '../../src/charts/views/HistoryChart.tsx';
import { formatScore } from '../../src/i18n/format.ts';

// A PCI-like history: 2006–2016 every year, then 2020 (the group was not surveyed in between).
const YEARS = [2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2020];
const points: HistoryPoint[] = YEARS.map((year, i) => ({
  year,
  total: 60 + i * 1.23,
  rank: 1 + (i % 5),
  rankedCount: 63,
  present: true,
  methodChange: false,
}));

function draw(width: number, selectedYear: number) {
  const { container } = render(
    <HistoryChart
      points={points}
      selectedYear={selectedYear}
      width={width}
      formatValue={(v) => formatScore(v, 'vi')}
      labels={{ score: 'Điểm', rank: 'Hạng', absent: 'vắng', methodChange: 'đổi cách tính' }}
    />,
  );
  return container;
}

const xOf = (container: HTMLElement, year: number) =>
  Number(container.querySelector(`[data-year="${year}"] circle`)?.getAttribute('cx'));

describe('HistoryChart: years that are not consecutive', () => {
  it('never joins 2016 to 2020: the score and rank lines break there', () => {
    const container = draw(600, 2020);
    const [score, rank] = [
      [...container.querySelectorAll('path[stroke-width="2"]:not([stroke-dasharray])')],
      [...container.querySelectorAll('path[stroke-dasharray="5 3"]')],
    ];
    for (const paths of [score, rank]) {
      // 2006–2016 as one line, 2020 on its own.
      expect(paths).toHaveLength(2);
      expect((paths[0]?.getAttribute('d') ?? '').match(/[ML]/g)).toHaveLength(11);
      expect((paths[1]?.getAttribute('d') ?? '').match(/[ML]/g)).toHaveLength(1);
    }
  });

  it('marks the years between 2016 and 2020 on the year axis, and nowhere else', () => {
    const container = draw(600, 2020);
    const gaps = [...container.querySelectorAll('.history-chart__gap')];
    expect(gaps).toHaveLength(1);
    expect(Number(gaps[0]?.getAttribute('x'))).toBeCloseTo(
      (xOf(container, 2016) + xOf(container, 2020)) / 2,
      6,
    );
  });

  it('places years by their value: the four-year gap is four times a year wide', () => {
    const container = draw(600, 2016);
    const year = xOf(container, 2016) - xOf(container, 2015);
    expect(year).toBeGreaterThan(0);
    expect(xOf(container, 2020) - xOf(container, 2016)).toBeCloseTo(4 * year, 6);
  });

  for (const width of [300, 351, 600])
    for (const selected of [2016, 2020, 2010])
      it(`${width} px, ${selected} selected: no two labels run together; the selected year's are drawn`, () => {
        const container = draw(width, selected);
        const byRow = new Map<string, number[]>();
        for (const t of container.querySelectorAll('[data-year] text')) {
          const y = t.getAttribute('y') ?? '';
          const row = t.textContent?.match(/^\d{4}$/)
            ? 'year'
            : t.textContent?.includes('/')
              ? 'rank'
              : 'score';
          byRow.set(`${row}`, [...(byRow.get(row) ?? []), Number(t.getAttribute('x'))]);
          expect(y).not.toBe('');
        }
        for (const [row, xs] of byRow) {
          const sorted = [...xs].sort((a, b) => a - b);
          const gap = row === 'year' ? 34 : 44;
          for (let i = 1; i < sorted.length; i++)
            expect((sorted[i] as number) - (sorted[i - 1] as number)).toBeGreaterThanOrEqual(gap);
        }
        const own = container.querySelector(`[data-year="${selected}"]`);
        expect(own?.textContent).toContain(String(selected));
        expect(own?.textContent).toContain('/63');
      });

  it('spacedLabels keeps the first choices, then whatever stays apart from them', () => {
    expect([...spacedLabels([0, 10, 20, 30, 40, 50], [5, 0], 20)]).toEqual([5, 0, 2]);
    expect([...spacedLabels([0, 100], [], 20)]).toEqual([0, 1]);
  });
});
