import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMoversData } from '../../src/charts/data/movers.ts';
import { buildSlopeData } from '../../src/charts/data/slope.ts';
import { MoversChart } from '../../src/charts/views/MoversChart.tsx';
import type { GroupId } from '../../src/domain/types.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { makeDataset } from '../fixtures/builders.ts';

// 63 provinces, every one moved: the chart keeps the largest rises and falls and counts the rest.
const many = makeDataset(
  Array.from({ length: 63 }, (_, i) => [
    { unit: `Tỉnh ${String(i).padStart(2, '0')}`, year: 2015, total: 50 },
    { unit: `Tỉnh ${String(i).padStart(2, '0')}`, year: 2016, total: 80 - i },
  ]).flat(),
);
const data = buildMoversData(buildSlopeData(many, 'districts' as GroupId, 2015, 2016));

describe('the risers and fallers chart: its "… N more units" rows', () => {
  for (const lang of ['vi', 'en'] as const)
    for (const width of [342, 366, 800])
      it(`${lang}, ${width} px: the whole label is inside the chart`, () => {
        const t = translator(lang);
        const { container } = render(
          <MoversChart
            data={data}
            width={width}
            formatRow={(m) => String(m.change)}
            gapLabel={(count) => t('trends.moversGap', { count: String(count) })}
          />,
        );
        const gaps = [...container.querySelectorAll('.movers-chart__gap')];
        expect(gaps.length).toBeGreaterThan(0);
        for (const gap of gaps) {
          const text = gap.textContent ?? '';
          expect(text).toMatch(/\d/);
          const x = Number(gap.getAttribute('x'));
          const w = text.length * 6.6;
          const [left, right] = gap.getAttribute('text-anchor') === 'end' ? [x - w, x] : [x, x + w];
          expect(left, text).toBeGreaterThanOrEqual(0);
          expect(right, text).toBeLessThanOrEqual(width);
        }
      });
});
