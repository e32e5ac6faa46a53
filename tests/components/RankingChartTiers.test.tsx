import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildRankingData } from '../../src/charts/data/ranking.ts';
import { RankingChart } from '../../src/charts/views/RankingChart.tsx';
import { buildGroupYear } from '../../src/domain/groupYear.ts';
import { tierLabel } from '../../src/domain/tiers.ts';
import type { GroupId } from '../../src/domain/types.ts';
import { makeDataset } from '../fixtures/builders.ts';

const ds = makeDataset([
  { unit: 'Ba Bể', year: 2019, total: 71.97, tier: 'Rất tốt' },
  { unit: 'Na Rì', year: 2019, total: 64.05, tier: 'Khá' },
]);
const data = buildRankingData(buildGroupYear(ds, 'districts' as GroupId, 2019), null);

function labels(lang: 'vi' | 'en'): string {
  const { container, unmount } = render(
    <RankingChart
      data={data}
      width={700}
      formatValue={(v) => String(v)}
      averageLabel="avg"
      tierText={(tier) => tierLabel(tier, lang)}
    />,
  );
  const text = [...container.querySelectorAll('text')].map((n) => n.textContent).join('\n');
  unmount();
  return text;
}

describe('RankingChart: published tiers in the bar labels', () => {
  it('shows them in the UI language (Rất tốt → Very good in English)', () => {
    const en = labels('en');
    expect(en).toContain('71.97 · Very good');
    expect(en).not.toContain('Rất tốt');
    expect(labels('vi')).toContain('71.97 · Rất tốt');
  });
});
