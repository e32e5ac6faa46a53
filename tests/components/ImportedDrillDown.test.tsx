import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/domain/types.ts';
import { translator } from '../../src/i18n/i18n.ts';
import {
  forgetRespondents,
  rememberRespondents,
  setStoredRespondentIds,
  setStoredRespondentsReader,
} from '../../src/state/respondentSource.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/urlState.ts';
import ScorecardScreen from '../../src/views/scorecard/ScorecardScreen.tsx';
import { importSmall } from '../fixtures/respondents/small.ts';
import { resolvedView } from '../fixtures/screenView.ts';

const { dataset, responses } = importSmall();

afterEach(() => {
  forgetRespondents(dataset.id);
  setStoredRespondentsReader(null);
  setStoredRespondentIds([]);
  vi.unstubAllGlobals();
});

function renderScreen(ds: Dataset, patch: Partial<ViewState>) {
  const view: ViewState = {
    ...DEFAULT_VIEW_STATE,
    ds: ds.id,
    view: 'scorecard',
    group: ds.groups[0]?.id ?? '',
    year: 2022,
    unit: ds.units[0]?.id ?? '',
    ...patch,
  };
  render(
    <ScorecardScreen
      dataset={ds}
      view={resolvedView(ds, view)}
      lang="vi"
      t={translator('vi')}
      onSelect={vi.fn()}
    />,
  );
}

describe('Questions behind a sub-index of an imported response dataset', () => {
  it('offers nothing for an imported dataset without respondents', () => {
    renderScreen(dataset, {});
    expect(screen.queryByRole('combobox', { name: 'Câu hỏi của chỉ số thành phần' })).toBeNull();
  });

  it('shows the questions with the labels of the file header, from stored respondents, without fetching', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    // As after a reload: the storage knows the id, the reader reads IndexedDB.
    setStoredRespondentIds([dataset.id]);
    const reader = vi.fn(async () => responses);
    setStoredRespondentsReader(reader);
    renderScreen(dataset, { sub: 'transparency', ind: true });
    const table = await screen.findByTestId('indicator-table', {}, { timeout: 5000 });
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(rows.sort()).toEqual([
      'Công khai ngân sách (transparency.2)',
      'Tiếp cận tài liệu quy hoạch (transparency.1)',
    ]);
    // Unit mean, interval, respondents (6 per unit-year) on each row.
    for (const row of within(table).getAllByRole('row').slice(1)) {
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(cells[2]).toBe('6');
      expect(cells[1]).toMatch(/^\d,\d\d–\d,\d\d$/);
    }
    expect(reader).toHaveBeenCalledWith(dataset.id);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows a code without a label as the code, from respondents imported in this tab', async () => {
    rememberRespondents(dataset.id, responses);
    renderScreen(dataset, { sub: 'access', ind: true });
    const table = await screen.findByTestId('indicator-table', {}, { timeout: 5000 });
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(rows.sort()).toEqual(['Thời gian chờ (access.2)', 'access.1']);
  });
});
