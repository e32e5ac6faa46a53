// @vitest-environment jsdom
// Issue 13, point 3: in a fixed-size image the heatmap fills at least 70 % of the chart box,
// every text is at least 14 px, and a long group shows the rows that fit (top, bottom and the
// selected unit) with "showing N of M" and where the full table is.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { HeatmapData, HeatmapRow } from '../../src/charts/data/heatmap.ts';
import { HeatmapFramed } from '../../src/charts/views/HeatmapFramed.tsx';
import { fitHeatmap, hyphenate } from '../../src/charts/views/heatmapFit.ts';
import type { SubIndexId, UnitId } from '../../src/domain/types.ts';
import { effectiveTextSizes, MIN_EXPORT_TEXT_PX } from '../../src/export/textSize.ts';

const SUBS = [
  'Gia nhập thị trường',
  'Đất đai',
  'Minh bạch',
  'CP thời gian',
  'CP không chính thức',
  'Cạnh tranh BĐ',
  'Năng động',
  'Hỗ trợ DN',
  'Đào tạo LĐ',
  'Pháp lý',
];

function data(units: number, selected = -1): HeatmapData {
  const rows: HeatmapRow[] = Array.from({ length: units }, (_, i) => ({
    unitId: `u${i}` as UnitId,
    name: i % 7 === 0 ? `Thành phố Hồ Chí Minh ${i}` : `Tỉnh ${i + 1}`,
    total: 70 - i * 0.3,
    rank: i + 1,
    selected: i === selected,
    cells: SUBS.map((_, k) => ({
      subIndexId: `s${k}` as SubIndexId,
      value: k === 3 && i === 2 ? null : 3 + ((i * 7 + k * 3) % 60) / 10,
      rank: k === 3 && i === 2 ? null : ((i + k) % units) + 1,
      tied: false,
    })),
  }));
  return {
    columns: SUBS.map((s, k) => ({
      id: `s${k}` as SubIndexId,
      name: { vi: s, en: s },
      shortName: { vi: s, en: s },
      highlighted: k === 1,
      mean: 6,
    })),
    rows,
    domain: [3, 9],
    sort: { key: 'rank', descending: false },
    groupSize: units,
    hasMissing: true,
    hasTies: false,
    subNotApplicable: false,
  };
}

// Chart boxes of the 1200×630, 1080×1080 and 1080×1350 images (inner width × the height left).
const BOXES = [
  [1152, 380],
  [1032, 830],
  [1032, 1100],
] as const;

function render(d: HeatmapData, width: number, height: number) {
  const markup = renderToStaticMarkup(
    <HeatmapFramed
      data={d}
      lang="vi"
      width={width}
      height={height}
      domain={[3, 9]}
      formatValue={(v) => (v === null ? '—' : v.toFixed(2).replace('.', ','))}
      formatLegend={(v) => v.toFixed(1).replace('.', ',')}
      formatRank={(r) => (r === null ? '—' : String(r))}
      legendTitle="Điểm chỉ số (thang 10)"
      missingLabel="Không có số liệu"
      footnote={(shown, total) => [
        `đang hiện ${shown} trên ${total} tỉnh, thành phố`,
        'Bảng xếp hạng đầy đủ: https://example.org/?v=1&ds=pci&view=subindices',
      ]}
      labels={{ rank: 'Hạng', unit: 'Đơn vị', total: 'Tổng', rankOfCell: (r) => `hạng ${r}` }}
    />,
  );
  return new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
}

describe('the heatmap in a fixed-size image', () => {
  for (const [w, h] of BOXES) {
    for (const units of [8, 63]) {
      it(`${units} rows in a ${w}×${h} box: fills ≥ 70 %, inside it, every text ≥ 14 px`, () => {
        const d = data(units, units - 10);
        const fit = fitHeatmap({
          width: w,
          height: h,
          rows: d.rows,
          columns: SUBS,
          legendWidth: 700,
          selected: units > 10 ? [`u${units - 10}`] : [],
          footnote: () => ['a', 'b'],
        });
        const used =
          fit.legendH + fit.gridH + (fit.footnote.length ? fit.footnote.length * 18 + 8 : 0);
        expect(used).toBeLessThanOrEqual(h + 1e-9);
        expect((fit.legendH + fit.gridH) / h).toBeGreaterThanOrEqual(0.7);
        const svg = render(d, w, h);
        expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual([
          String(w),
          String(h),
        ]);
        const sizes = effectiveTextSizes(svg);
        expect(sizes.length).toBeGreaterThan(20);
        expect(sizes.filter((s) => s.size < MIN_EXPORT_TEXT_PX)).toEqual([]);
        const text = svg.textContent ?? '';
        if (units === 63) {
          expect(fit.shown.truncated).toBe(true);
          expect(text).toMatch(/đang hiện \d+ trên 63 tỉnh, thành phố/);
          // The top, the bottom and the selected unit stay.
          const ids = fit.shown.items.flatMap((it) => (it.kind === 'row' ? [it.row.unitId] : []));
          expect(ids).toEqual(expect.arrayContaining(['u0', 'u62', 'u53']));
        } else {
          expect(fit.shown.truncated).toBe(false);
          expect(text).not.toMatch(/đang hiện/);
        }
      });
    }
  }

  it('breaks words longer than a header line with a hyphen', () => {
    expect(hyphenate('Digital transformation', 8)).toBe('Digital transfo- rmation');
    expect(hyphenate('Đất đai', 8)).toBe('Đất đai');
  });
});
