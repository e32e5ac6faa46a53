import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { GroupId } from '../../src/domain/types.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/urlState.ts';
import { RankingView } from '../../src/views/ranking/RankingView.tsx';
import { IndexScale } from '../../src/views/import/IndexScale.tsx';
import { makeDataset } from '../fixtures/builders.ts';
import { resolvedView } from '../fixtures/screenView.ts';

// A PAPI-like dataset on 0–10 with a national median kept from the published table.
const papi = makeDataset(
  [
    { unit: 'Quảng Ninh', year: 2022, total: 7.12 },
    { unit: 'Đồng Tháp', year: 2022, total: 6.98 },
    { unit: 'Bắc Kạn', year: 2022, total: 6.45 },
  ],
  {
    indexName: 'PAPI',
    scale: { total: { min: 0, max: 10 }, subIndex: { min: 0, max: 10 } },
    summaryRows: [
      { name: 'Trung vị 63 tỉnh', year: 2022, groupId: null, total: 6.8 },
      { name: 'Trung bình khối khác', year: 2022, groupId: 'other' as GroupId, total: 5 },
      { name: 'Trung vị 2021', year: 2021, groupId: null, total: 6.1 },
    ],
  },
);

// The same on a 0–5 scale (an "other" scale): below 10, where a fixed rule would say 0–10.
const fivePoint = makeDataset(
  [
    { unit: 'Quảng Ninh', year: 2022, total: 4.1 },
    { unit: 'Bắc Kạn', year: 2022, total: 3.2 },
  ],
  {
    indexName: 'PAPI',
    scale: { total: { min: 0, max: 5 }, subIndex: { min: 0, max: 10 } },
    summaryRows: [{ name: 'Trung vị 63 tỉnh', year: 2022, groupId: null, total: 3.4 }],
  },
);

function renderView(lang: 'vi' | 'en' = 'vi', dataset = papi, patch: Partial<ViewState> = {}) {
  const view: ViewState = {
    ...DEFAULT_VIEW_STATE,
    ...patch,
    lang,
    ds: 'test',
    group: 'districts',
    year: 2022,
  };
  return render(
    <RankingView
      dataset={dataset}
      view={resolvedView(dataset, view)}
      lang={lang}
      t={translator(lang)}
      onSelect={vi.fn()}
    />,
  );
}

const svgTexts = (): string[] =>
  [...document.querySelectorAll('svg.ranking-bars text')].map((n) => n.textContent ?? '');

describe('Ranking: the dataset’s scale, index name and summary rows', () => {
  it('draws the shown year’s and group’s summary row as a labelled line, and lists it', () => {
    renderView();
    expect(svgTexts()).toContain('Trung vị 63 tỉnh: 6,80');
    // Another group's average and another year's median are not drawn.
    expect(svgTexts().join(' ')).not.toContain('Trung bình khối khác');
    expect(svgTexts().join(' ')).not.toContain('Trung vị 2021');
    // A caption line under the chart says the same in words.
    expect(screen.getAllByText('Trung vị 63 tỉnh: 6,80').length).toBeGreaterThan(1);
    // Never a unit: not a bar, not a row of the ranking table.
    expect(screen.queryByRole('rowheader', { name: 'Trung vị 63 tỉnh' })).toBeNull();
  });

  it('the dots chart draws the same labelled line', () => {
    renderView('vi', papi, { chart: 'dots' });
    const texts = [...document.querySelectorAll('svg.ranking-dots text')].map((n) => n.textContent);
    expect(texts).toContain('Trung vị 63 tỉnh: 6,80');
    expect(document.querySelectorAll('svg.ranking-dots line[stroke-dasharray="6 3"]')).toHaveLength(
      1,
    );
  });

  it('runs the axis to the declared maximum and titles the chart PAPI', () => {
    renderView('en', fivePoint);
    // Where the median's line stands between the axis ends: 3.4 of 5, not 3.4 of 10.
    const tickXs = [...document.querySelectorAll('.ranking-bars__x-axis line[x1]')].map((n) =>
      Number(n.getAttribute('x1')),
    );
    const [x0, x1] = [Math.min(...tickXs), Math.max(...tickXs)];
    const line = document.querySelector('line[stroke-dasharray="6 3"]');
    const at = (Number(line?.getAttribute('x1')) - x0) / (x1 - x0);
    expect(at).toBeCloseTo(0.68, 2);
    expect(screen.getAllByText(/PAPI/).length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toContain('DCCI');
    expect(svgTexts()).toContain('Trung vị 63 tỉnh: 3.40');
  });
});

describe('Import preview: index name and scale controls', () => {
  const t = translator('vi');
  const props = (over: Partial<Parameters<typeof IndexScale>[0]> = {}) => ({
    indexName: 'PAPI',
    scaleMax: 10,
    choice: null,
    otherText: '',
    t,
    disabled: false,
    onIndexName: vi.fn(),
    onChoice: vi.fn(),
    onOtherText: vi.fn(),
    onOtherDone: vi.fn(),
    ...over,
  });

  it('shows the name and the scale read from the file, each labelled and changeable', () => {
    const p = props();
    render(<IndexScale {...p} />);
    const name = screen.getByLabelText(/Tên chỉ số/) as HTMLInputElement;
    expect(name.value).toBe('PAPI');
    const scale = screen.getByLabelText('Thang điểm tổng') as HTMLSelectElement;
    expect(scale.value).toBe('10');
    fireEvent.change(name, { target: { value: 'DDCI' } });
    expect(p.onIndexName).toHaveBeenCalledWith('DDCI');
    fireEvent.change(scale, { target: { value: '100' } });
    expect(p.onChoice).toHaveBeenCalledWith('100');
    fireEvent.change(scale, { target: { value: 'other' } });
    expect(p.onChoice).toHaveBeenCalledWith('other');
    expect(screen.queryByLabelText('Điểm tối đa của thang')).toBeNull();
  });

  it('"other" asks for the maximum and applies it on Enter or when leaving the field', () => {
    const p = props({ scaleMax: 60 });
    render(<IndexScale {...p} otherText="60" />);
    expect((screen.getByLabelText('Thang điểm tổng') as HTMLSelectElement).value).toBe('other');
    const max = screen.getByLabelText('Điểm tối đa của thang') as HTMLInputElement;
    expect(max.value).toBe('60');
    fireEvent.change(max, { target: { value: '80' } });
    expect(p.onOtherText).toHaveBeenCalledWith('80');
    fireEvent.keyDown(max, { key: 'Enter' });
    fireEvent.blur(max);
    expect(p.onOtherDone).toHaveBeenCalledTimes(2);
  });
});
