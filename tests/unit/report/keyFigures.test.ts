import { describe, expect, it } from 'vitest';
import { keyFigureItems } from '../../../src/views/report/unitReport.ts';
import { unitReportFor } from './fixtures.ts';

describe('Word report key figures', () => {
  it('say why there is no change as the scorecard does: first year, or no comparison across a break', async () => {
    const r = await unitReportFor('Bạch Thông', 2019, 'districts', 'en');
    const across = {
      ...r.data,
      previousYear: null,
      previousBreak: { kind: 'gap', previous: 2016, year: 2020 },
    } as const;
    const first = { ...r.data, previousYear: null, previousBreak: null };
    const text = (d: typeof r.data) => keyFigureItems(d, 'en', r.t, 30).flat().join(' | ');
    expect(text(across)).toContain(r.t('scorecard.noComparison', { year: 2016 }));
    expect(text(across)).not.toContain(r.t('scorecard.firstYear'));
    expect(text(first)).toContain(r.t('scorecard.firstYear'));
  });
});
