import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset, Unit } from '../../src/domain/types.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/urlState.ts';
import {
  assertVietnamMapsComplete,
  IncompleteMapError,
  missingArchipelagos,
} from '../../src/export/mapCheck.ts';
import { CROSSWALK_2025 } from '../../src/domain/era.ts';
import { MapView } from '../../src/views/map/MapView.tsx';
import { MapFigure } from '../../src/views/map/MapFigure.tsx';
import { buildMapScreen } from '../../src/views/map/model.ts';
import { makeDataset, uid } from '../fixtures/builders.ts';
import { resolvedView } from '../fixtures/screenView.ts';

const districts: Record<string, string> = {
  'Thành phố Bắc Kạn': '058',
  'Ba Bể': '061',
  'Bạch Thông': '063',
  'Chợ Đồn': '064',
  'Chợ Mới': '065',
  'Na Rì': '066',
  'Ngân Sơn': '062',
  'Pác Nặm': '060',
};
const withCodes = (ds: Dataset, codes: Record<string, string>): Dataset => ({
  ...ds,
  units: ds.units.map((u): Unit => (codes[u.name] ? { ...u, code: codes[u.name] } : u)),
});
const dcci = withCodes(
  makeDataset([
    ...Object.keys(districts).map((unit, i) => ({
      unit,
      year: 2019,
      total: 60 + i,
      subs: { land: unit === 'Pác Nặm' ? null : 5 + i / 4 },
    })),
    { unit: 'Sở Y tế', group: 'departments', year: 2019, total: 70 },
  ]),
  districts,
);
const pci = withCodes(
  makeDataset([
    { unit: 'Bắc Kạn', group: 'provinces', year: 2016, total: 54.6 },
    { unit: 'Bà Rịa - Vũng Tàu', group: 'provinces', year: 2016, total: 60 },
    { unit: 'Đà Nẵng', group: 'provinces', year: 2016, total: 70 },
  ]),
  { 'Bắc Kạn': 'VN-53', 'Bà Rịa - Vũng Tàu': 'VN-43', 'Đà Nẵng': 'VN-DN' },
);

function Harness({
  dataset,
  initial,
  log,
}: {
  dataset: Dataset;
  initial: Partial<ViewState>;
  log?: Partial<ViewState>[];
}) {
  const [view, setView] = useState<ViewState>({ ...DEFAULT_VIEW_STATE, view: 'map', ...initial });
  return (
    <MapView
      dataset={dataset}
      view={resolvedView(dataset, view)}
      lang={view.lang}
      t={translator(view.lang)}
      onSelect={(patch) => {
        log?.push(patch);
        setView((v) => ({ ...v, ...patch }));
      }}
    />
  );
}

afterEach(() => vi.unstubAllGlobals());

/** `fetch` answers with the bundled projected boundaries (the map's only request). */
const stubTopology = () => {
  const shapes = readFileSync(join(process.cwd(), 'data/geo/provinces-projected.json.txt'), 'utf8');
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(shapes, { status: 200 })),
  );
};

describe('Map view: districts (tile grid)', () => {
  it('draws one tile per district with its name, value and rank', () => {
    render(<Harness dataset={dcci} initial={{ group: 'districts', year: 2019 }} />);
    const tiles = document.querySelectorAll('.tile-grid__tile');
    expect(tiles).toHaveLength(8);
    const naRi = document.querySelector('[data-code="066"]') as SVGGElement;
    expect(naRi.textContent).toContain('Na Rì');
    expect(naRi.textContent).toContain('65,00');
    expect(naRi.textContent).toContain('hạng 3/8');
  });

  it('colours by a sub-index with the labelled select (sub=) and prints "—" for a missing value', async () => {
    const user = userEvent.setup();
    const log: Partial<ViewState>[] = [];
    render(<Harness dataset={dcci} initial={{ group: 'districts', year: 2019 }} log={log} />);
    await user.selectOptions(screen.getByLabelText('Tô màu theo'), 'land');
    expect(log.at(-1)).toEqual({ sub: 'land' });
    expect((document.querySelector('[data-code="060"]') as SVGGElement).textContent).toContain('—');
    expect(screen.getByRole('heading', { name: /«land»/ })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Tô màu theo'), '');
    expect(log.at(-1)).toEqual({ sub: null });
  });

  it('has a table alternative with every unit', async () => {
    const user = userEvent.setup();
    render(
      <Harness dataset={dcci} initial={{ group: 'districts', year: 2019, unit: uid('Na Rì') }} />,
    );
    await user.click(screen.getByRole('button', { name: 'Xem dạng bảng' }));
    expect(within(screen.getByRole('table')).getAllByRole('rowheader')).toHaveLength(8);
  });
});

describe('Map view: groups without geography', () => {
  it('says so and offers the ranking', async () => {
    const user = userEvent.setup();
    const log: Partial<ViewState>[] = [];
    render(<Harness dataset={dcci} initial={{ group: 'departments', year: 2019 }} log={log} />);
    expect(screen.getByText(/không gắn với một địa bàn/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Xem bảng xếp hạng' }));
    expect(log.at(-1)).toEqual({ view: 'ranking' });
  });
});

describe('Map view: provinces (choropleth)', () => {
  it('loads the boundaries, colours Côn Đảo with Bà Rịa–Vũng Tàu, outlines Bắc Kạn and credits geoBoundaries', async () => {
    const shapes = readFileSync(
      join(process.cwd(), 'data/geo/provinces-projected.json.txt'),
      'utf8',
    );
    const fetchMock = vi.fn(
      async () =>
        new Response(shapes, { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(
      <Harness
        dataset={pci}
        initial={{ group: 'provinces', year: 2016, unit: uid('Đà Nẵng', 'provinces') }}
      />,
    );
    await waitFor(() =>
      expect(document.querySelectorAll('svg.choropleth path[data-code]')).toHaveLength(64),
    );
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const vn43 = [...document.querySelectorAll('path[data-code="VN-43"]')].map((p) =>
      p.getAttribute('fill'),
    );
    expect(vn43).toHaveLength(2);
    expect(vn43[0]).toBe(vn43[1]);
    expect(vn43[0]).not.toMatch(/^url/);
    expect(document.querySelectorAll('.choropleth__highlight')).toHaveLength(1);
    // The selected unit (unit=) gets a dashed outline too.
    expect(document.querySelectorAll('.choropleth__selected')).toHaveLength(1);
    expect(document.querySelector('.choropleth__label')?.textContent).toBe('Bắc Kạn');
    expect(
      screen.getByText(/Administrative boundaries courtesy of geoBoundaries.org/),
    ).toBeTruthy();
    expect(screen.getByText(/Bắc Kạn \(viền đậm\): 54,60, hạng 3\/3/)).toBeTruthy();
    // Provinces without data are hatched, not coloured as the lowest value.
    expect(document.querySelector('path[data-code="VN-01"]')?.getAttribute('fill')).toMatch(
      /^url\(#/,
    );
  });
});

describe('Map view: Hoàng Sa, Trường Sa and the provinces of 2025', () => {
  it.each([
    ['vi', 'Quần đảo Hoàng Sa (TP. Đà Nẵng)', 'Quần đảo Trường Sa (tỉnh Khánh Hòa)', 'Biển Đông'],
    [
      'en',
      'Hoang Sa (Paracel) Islands (Da Nang)',
      'Truong Sa (Spratly) Islands (Khanh Hoa)',
      'East Sea',
    ],
  ] as const)('labels both archipelagos and the sea on the map (%s)', async (lang, hs, ts, sea) => {
    stubTopology();
    render(<Harness dataset={pci} initial={{ group: 'provinces', year: 2016, lang }} />);
    await waitFor(() => expect(document.querySelector('svg.choropleth')).not.toBeNull());
    const map = document.querySelector('svg.choropleth') as SVGSVGElement;
    expect(map.getAttribute('data-map')).toBe('vietnam');
    const label = (id: string) =>
      [...(map.querySelector(`[data-island="${id}"]`)?.querySelectorAll('tspan') ?? [])]
        .map((t) => t.textContent)
        .join(' ');
    expect(label('hoang-sa')).toBe(hs);
    expect(label('truong-sa')).toBe(ts);
    expect(map.querySelector('.choropleth__sea')?.textContent).toBe(sea);
    expect(map.querySelectorAll('[data-archipelago] circle').length).toBeGreaterThan(10);
    expect(missingArchipelagos(map)).toEqual([]);
  });

  it('refuses to export a map of Vietnam whose archipelago label is missing', async () => {
    stubTopology();
    render(<Harness dataset={pci} initial={{ group: 'provinces', year: 2016 }} />);
    await waitFor(() => expect(document.querySelector('svg.choropleth')).not.toBeNull());
    const map = (document.querySelector('svg.choropleth') as SVGSVGElement).cloneNode(
      true,
    ) as SVGSVGElement;
    expect(() => assertVietnamMapsComplete([map])).not.toThrow();
    map.querySelector('[data-island="truong-sa"]')?.remove();
    expect(() => assertVietnamMapsComplete([map])).toThrow(IncompleteMapError);
    expect(missingArchipelagos(map)).toEqual(['truong-sa']);
  });

  it('draws the 34 merged provinces for a year whose units are the 34, none grey', async () => {
    stubTopology();
    const names = [...new Set(CROSSWALK_2025.map((c) => c.after))];
    const ds34 = makeDataset(
      names.map((unit, i) => ({ unit, group: 'provinces', year: 2025, total: 70 - i / 2 })),
    );
    render(<Harness dataset={ds34} initial={{ group: 'provinces', year: 2025 }} />);
    await waitFor(() =>
      expect(document.querySelectorAll('svg.choropleth path[data-code]')).toHaveLength(34),
    );
    const fills = [...document.querySelectorAll('svg.choropleth path[data-code]')].map((p) =>
      p.getAttribute('fill'),
    );
    expect(fills.filter((f) => f?.startsWith('url('))).toEqual([]);
    expect(screen.getByText(/34 tỉnh, thành phố từ 1\/7\/2025/)).toBeTruthy();
    // Bắc Kạn is part of Thái Nguyên from 2025: Thái Nguyên is outlined.
    expect(document.querySelector('.choropleth__label')?.textContent).toBe('Thái Nguyên');
  });
});

describe('Map view: provinces while the boundaries load', () => {
  it("holds the map's place and shows the ranked list at once, where it stays once the map is drawn", async () => {
    stubTopology();
    render(<Harness dataset={pci} initial={{ group: 'provinces', year: 2016 }} />);
    // The first render (the boundaries are never there yet, even when loaded before).
    const reserve = document.querySelector('.map-layout > .map-reserve');
    expect(reserve?.getAttribute('aria-busy')).toBe('true');
    const list = document.querySelector('.map-layout > .map-ranks') as HTMLElement;
    expect(within(list).getByText('Đà Nẵng')).toBeTruthy();
    const listed = list.textContent;
    await waitFor(() => expect(document.querySelector('svg.choropleth')).not.toBeNull());
    expect(document.querySelector('.map-reserve')).toBeNull();
    expect(document.querySelector('.map-layout > .map-ranks')?.textContent).toBe(listed);
  });
});

describe('Map view: provinces whose boundaries cannot be loaded', () => {
  it('says so where the map would be and keeps the ranked list', () => {
    const view = resolvedView(pci, {
      ...DEFAULT_VIEW_STATE,
      view: 'map',
      group: 'provinces',
      year: 2016,
    });
    const t = translator('vi');
    const shapes = { status: 'error', message: 'HTTP 404' } as const;
    const model = buildMapScreen(pci, view, t, shapes);
    if (model.kind === 'none') throw new Error('expected a map');
    render(
      <MapFigure
        model={model}
        width={720}
        target={undefined}
        selected={null}
        shapes={shapes}
        note={undefined}
        lang="vi"
        t={t}
      />,
    );
    const message = screen.getByText(t('map.loadError', { reason: 'HTTP 404' }));
    expect(message.getAttribute('aria-busy')).toBe('false');
    expect(message.classList.contains('map-reserve')).toBe(false);
    const list = document.querySelector('.map-layout > .map-ranks') as HTMLElement;
    expect(within(list).getByText('Đà Nẵng')).toBeTruthy();
    expect(within(list).getByText('Bắc Kạn')).toBeTruthy();
  });
});

describe('Map view: what a screen reader reaches', () => {
  it("exposes the province map's ranked list and loading line, and hides its drawings", async () => {
    stubTopology();
    render(<Harness dataset={pci} initial={{ group: 'provinces', year: 2016 }} />);
    const box = document.querySelector('.chart-frame__chart') as HTMLElement;
    // A group, not an image: an image's content is never read.
    expect(box.getAttribute('role')).toBe('group');
    expect(screen.getByRole('group', { name: /^Bản đồ các tỉnh:/ })).toBe(box);
    expect(within(box).getByText(translator('vi')('map.loading'))).toBeTruthy();
    const items = () =>
      within(box)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(items()).toHaveLength(3);
    expect(items().join(' ')).toContain('Đà Nẵng');
    await waitFor(() => expect(document.querySelector('svg.choropleth')).not.toBeNull());
    expect(document.querySelector('svg.choropleth')?.getAttribute('aria-hidden')).toBe('true');
    expect(document.querySelector('svg.scale-legend')?.getAttribute('aria-hidden')).toBe('true');
    expect(items()).toHaveLength(3);
  });

  it('keeps the tile grid one image with its label', () => {
    render(<Harness dataset={dcci} initial={{ group: 'districts', year: 2019 }} />);
    const box = document.querySelector('.chart-frame__chart') as HTMLElement;
    expect(box.getAttribute('role')).toBe('img');
    expect(box.getAttribute('aria-label')).toMatch(/^Bản đồ ô/);
    expect(document.querySelector('svg.scale-legend')?.hasAttribute('aria-hidden')).toBe(false);
  });
});
