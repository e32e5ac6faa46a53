import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset, GroupId } from '../../src/domain/types.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/urlState.ts';
import { RankingView } from '../../src/views/ranking/RankingView.tsx';
import ScorecardScreen from '../../src/views/scorecard/ScorecardScreen.tsx';
import { makeDataset } from '../fixtures/builders.ts';
import { resolvedView } from '../fixtures/screenView.ts';

// Issue 13, point 2: no change across a gap in the years or the 2025 merger, and a note says why;
// departments and districts compared across 1 July 2025 keep their changes with a caution.

const districts = (years: readonly [number, number]) =>
  makeDataset(
    years.flatMap((year, i) => [
      { unit: 'Ba Bể', year, total: i === 0 ? 60 : 75 },
      { unit: 'Bạch Thông', year, total: i === 0 ? 65 : 62 },
      { unit: 'Na Rì', year, total: i === 0 ? 70 : 61 },
    ]),
    {
      groups: [
        { id: 'districts' as GroupId, name: { vi: 'Huyện, thành phố', en: 'Districts and city' } },
      ],
    },
  );
// Bắc Kạn is one of the names retired on 1 July 2025: 2024 is before the merger, 2025 after.
const provinces = makeDataset(
  [
    { unit: 'Thái Nguyên', group: 'provinces', year: 2024, total: 66 },
    { unit: 'Bắc Kạn', group: 'provinces', year: 2024, total: 60 },
    { unit: 'Hà Nội', group: 'provinces', year: 2024, total: 70 },
    { unit: 'Thái Nguyên', group: 'provinces', year: 2025, total: 72 },
    { unit: 'Hà Nội', group: 'provinces', year: 2025, total: 68 },
  ],
  {
    indexName: 'PCI',
    groups: [{ id: 'provinces' as GroupId, name: { vi: 'Tỉnh, thành phố', en: 'Provinces' } }],
  },
);

function view(lang: 'vi' | 'en', group: string, year: number, unit: string | null): ViewState {
  return { ...DEFAULT_VIEW_STATE, lang, ds: 'test', group, year, unit };
}

function renderRanking(ds: Dataset, lang: 'vi' | 'en', group: string, year: number) {
  render(
    <RankingView
      dataset={ds}
      view={resolvedView(ds, view(lang, group, year, null))}
      lang={lang}
      t={translator(lang)}
      onSelect={vi.fn()}
    />,
  );
}

async function renderScorecard(ds: Dataset, lang: 'vi' | 'en', group: string, year: number) {
  render(
    <ScorecardScreen
      dataset={ds}
      view={resolvedView(ds, { ...view(lang, group, year, null), view: 'scorecard' })}
      lang={lang}
      t={translator(lang)}
      onSelect={vi.fn()}
    />,
  );
  await waitFor(() => expect(document.querySelector('.view-placeholder')).toBeNull());
}

/** The rank-change cells of the ranking table (the column "Thay đổi hạng" / "Rank change"). */
function rankChangeCells(): HTMLElement[] {
  const table = screen.getByRole('region', { name: /Bảng xếp hạng|Ranking of/ });
  const headers = within(table).getAllByRole('columnheader');
  const col = headers.findIndex((h) => /Thay đổi hạng|Rank change/.test(h.textContent ?? ''));
  expect(col).toBeGreaterThan(-1);
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.children[col] as HTMLElement);
}

describe('Ranking: why there is no change', () => {
  it('after a gap (2016 → 2020) shows no change and names the missing years', () => {
    renderRanking(districts([2016, 2020]), 'vi', 'districts', 2020);
    const note = 'Không so sánh với 2016: thiếu số liệu các năm 2017–2019.';
    expect(screen.getAllByText(note).length).toBeGreaterThan(0);
    const cells = rankChangeCells();
    expect(cells).toHaveLength(3);
    for (const cell of cells) {
      expect(cell.textContent).toBe('—');
      expect(cell.querySelector('span')?.getAttribute('title')).toBe(note);
    }
  });

  it('across the province merger says the provinces merged (en)', () => {
    renderRanking(provinces, 'en', 'provinces', 2025);
    expect(
      screen.getAllByText(
        'No comparison with 2024: provinces merged on 1 July 2025, and a merged province is a different unit.',
      ).length,
    ).toBeGreaterThan(0);
    for (const cell of rankChangeCells()) expect(cell.textContent).toBe('—');
  });

  it('keeps the changes of districts across 1 July 2025 with the reorganisation note', () => {
    renderRanking(districts([2024, 2025]), 'vi', 'districts', 2025);
    expect(screen.getAllByText(/^Từ 1\/7\/2025 các sở, ngành được sắp xếp lại/).length).toBe(1);
    expect(rankChangeCells().map((c) => c.textContent)).toContain('▲ +2');
  });

  it('says nothing of breaks or reorganisation between consecutive years before 2025', () => {
    renderRanking(districts([2018, 2019]), 'vi', 'districts', 2019);
    expect(screen.queryByText(/Không so sánh với|1\/7\/2025/)).toBeNull();
  });
});

describe('Scorecard: why there is no change', () => {
  it('after a gap: the sentence and the key figures say why, never "first year" or a move', async () => {
    await renderScorecard(districts([2016, 2020]), 'en', 'districts', 2020);
    const sentence = screen.getByTestId('scorecard-sentence').textContent ?? '';
    expect(sentence).toBe(
      'Ba Bể ranks 1st of 3 district-level units in the DCCI 2020 with 75.00 points. No comparison with 2016: 2017–2019 are missing.',
    );
    const figures = document.querySelector<HTMLElement>('dl[aria-label="Key figures"]');
    if (!figures) throw new Error('no key figures');
    expect(within(figures).getAllByText('no comparison with 2016')).toHaveLength(2);
    expect(within(figures).queryByText(/first year/)).toBeNull();
  });

  it('across the province merger (vi)', async () => {
    await renderScorecard(provinces, 'vi', 'provinces', 2025);
    expect(screen.getByTestId('scorecard-sentence').textContent).toContain(
      '. Không so sánh với 2024: các tỉnh đã sáp nhập từ 1/7/2025',
    );
  });

  it('districts across 1 July 2025: the change with the reorganisation caution and note', async () => {
    await renderScorecard(districts([2024, 2025]), 'vi', 'districts', 2025);
    expect(screen.getByTestId('scorecard-sentence').textContent).toContain(
      'tăng 2 bậc so với 2024. Lưu ý: từ 1/7/2025 các sở, ngành được sắp xếp lại',
    );
    expect(screen.getByText(/^Từ 1\/7\/2025 các sở, ngành được sắp xếp lại/)).toBeTruthy();
  });
});
