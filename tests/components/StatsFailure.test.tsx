import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SubIndexId } from '../../src/domain/types.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE } from '../../src/state/urlState.ts';
import { RankingView } from '../../src/views/ranking/RankingView.tsx';
import WeightsScreen from '../../src/views/weights/WeightsScreen.tsx';
import { makeDataset } from '../fixtures/builders.ts';
import { resolvedView } from '../fixtures/screenView.ts';

// Neither the worker nor the inline run could compute anything.
vi.mock('../../src/stats/client.ts', () => ({ runStats: async () => null }));

const ds = makeDataset(
  [
    { unit: 'Ba Bể', year: 2019, total: 70, se: 1, respondents: 50, subs: { a: 7, b: 6 } },
    { unit: 'Na Rì', year: 2019, total: 65, se: 1, respondents: 50, subs: { a: 5, b: 8 } },
  ],
  {
    subIndices: [
      { id: 'a' as SubIndexId, name: { vi: 'A', en: 'A' }, weight: 10 },
      { id: 'b' as SubIndexId, name: { vi: 'B', en: 'B' }, weight: 10 },
    ],
  },
);
const view = { ...DEFAULT_VIEW_STATE, group: 'districts', year: 2019 };

describe('when the statistics cannot be computed', () => {
  it('the ranking says so instead of claiming the data has no standard errors', async () => {
    render(
      <RankingView
        dataset={ds}
        view={resolvedView(ds, view)}
        lang="vi"
        t={translator('vi')}
        onSelect={vi.fn()}
      />,
    );
    expect(await screen.findByText(/Không tính được khoảng hạng lúc này/)).toBeTruthy();
    expect(screen.queryByText(/không có sai số chuẩn hay phiếu trả lời/)).toBeNull();
  });

  it('the weights view says so instead of computing forever', async () => {
    render(
      <WeightsScreen
        dataset={ds}
        view={resolvedView(ds, { ...view, view: 'weights' })}
        lang="en"
        t={translator('en')}
        onSelect={vi.fn()}
      />,
    );
    expect(await screen.findByText(/Rank stability could not be computed this time/)).toBeTruthy();
    expect(screen.queryByText('Computing rank stability…')).toBeNull();
  });
});
