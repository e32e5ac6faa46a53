import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeView,
  DEFAULT_VIEW_STATE,
  encodeView,
  VIEWS,
  viewLinks,
  type ViewState,
} from '../../../src/state/urlState.ts';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,20}$/);
const year = fc.integer({ min: 1990, max: 2099 });
const viewState: fc.Arbitrary<ViewState> = fc.record({
  lang: fc.constantFrom('vi' as const, 'en' as const),
  ds: fc.option(id, { nil: null }),
  year: fc.option(year, { nil: null }),
  group: fc.option(id, { nil: null }),
  view: fc.constantFrom(...VIEWS),
  unit: fc.option(id, { nil: null }),
  units: fc.uniqueArray(id, { maxLength: 5 }),
  y2: fc.option(year, { nil: null }),
  sub: fc.option(id, { nil: null }),
  ind: fc.boolean(),
  sort: fc.option(
    fc.tuple(fc.boolean(), id).map(([d, k]) => (d ? `-${k}` : k)),
    { nil: null },
  ),
  embed: fc.boolean(),
  w: fc.option(
    fc.oneof(
      fc.constantFrom('equal', 'pci2016'),
      fc
        .uniqueArray(fc.tuple(id, fc.integer({ min: 0, max: 9999 })), {
          minLength: 1,
          maxLength: 12,
          selector: ([k]) => k,
        })
        .map((pairs) => pairs.map(([k, v]) => `${k}:${v}`).join(',')),
    ),
    { nil: null },
  ),
  minn: fc.integer({ min: 0, max: 5000 }),
  ci: fc.constantFrom('se' as const, 'boot' as const),
  chart: fc.constantFrom('bars' as const, 'dots' as const),
});

describe('URL codec', () => {
  it('round-trips every valid view state (property)', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const { state: back, notices } = decodeView(encodeView(state));
        expect(notices).toEqual([]);
        expect(back).toEqual(state);
      }),
    );
  });
  it('writes v=1 first and leaves out defaults', () => {
    expect(encodeView({ ...DEFAULT_VIEW_STATE, ds: 'pci', year: 2016 })).toBe(
      '?v=1&ds=pci&year=2016',
    );
  });
  it('carries the scorecard drill-down as sub=<id>&ind=1', () => {
    const search = encodeView({
      ...DEFAULT_VIEW_STATE,
      view: 'scorecard',
      sub: 'time-costs',
      ind: true,
    });
    expect(search).toBe('?v=1&view=scorecard&sub=time-costs&ind=1');
    expect(decodeView(search).state.ind).toBe(true);
    expect(decodeView('?v=1&ind=yes').notices).toEqual([
      { kind: 'invalid', param: 'ind', value: 'yes' },
    ]);
  });
  it('keeps commas readable in the units list', () => {
    expect(
      encodeView({ ...DEFAULT_VIEW_STATE, units: ['districts.ba-be', 'districts.na-ri'] }),
    ).toContain('units=districts.ba-be,districts.na-ri');
  });
  it('reads old links without a version as version 1', () => {
    const { state, notices } = decodeView('?ds=pci&year=2010&lang=en');
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ ds: 'pci', year: 2010, lang: 'en' });
  });
  it.each([
    ['lang', 'fr'],
    ['year', '20x9'],
    ['view', 'pie'],
    ['units', 'a,b,c,d,e,f'],
    ['embed', 'yes'],
    ['unit', '<script>'],
  ])('falls back to the default for an invalid %s with a notice', (param, value) => {
    const { state, notices } = decodeView(`?v=1&${param}=${encodeURIComponent(value)}`);
    expect(notices).toEqual([{ kind: 'invalid', param, value }]);
    expect(state).toEqual(DEFAULT_VIEW_STATE);
  });
  it('warns about links from a newer version but still reads them', () => {
    const { state, notices } = decodeView('?v=9&ds=pci');
    expect(notices[0]?.kind).toBe('newer-version');
    expect(state.ds).toBe('pci');
  });
  it('never throws on arbitrary query strings (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => void decodeView(s)));
  });
});

describe('URL codec: weights and minimum respondents', () => {
  it('keeps presets and id:weight lists, refuses malformed ones with a notice', () => {
    expect(decodeView('?v=1&w=equal').state.w).toBe('equal');
    expect(decodeView('?v=1&w=transparency:20,time-costs:5.5').state.w).toBe(
      'transparency:20,time-costs:5.5',
    );
    for (const bad of ['transparency', 'a:-1', 'a:1,a:2', 'a:1e3', '<b>:1']) {
      const { state, notices } = decodeView(`?v=1&w=${encodeURIComponent(bad)}`);
      expect(state.w, bad).toBeNull();
      expect(notices.map((n) => n.param)).toEqual(['w']);
    }
  });
  it('reads minn as a small integer and falls back to 30', () => {
    expect(decodeView('?v=1&minn=50').state.minn).toBe(50);
    expect(decodeView('?v=1&minn=-3').state.minn).toBe(30);
    expect(decodeView('?v=1').state.minn).toBe(30);
    expect(encodeView({ ...DEFAULT_VIEW_STATE, minn: 30 })).toBe('?v=1');
  });
  it('reads chart=dots, leaves out the default bars and refuses anything else with a notice', () => {
    expect(decodeView('?v=1&chart=dots').state.chart).toBe('dots');
    expect(decodeView('?v=1').state.chart).toBe('bars');
    expect(encodeView({ ...DEFAULT_VIEW_STATE, chart: 'dots' })).toBe('?v=1&chart=dots');
    expect(encodeView({ ...DEFAULT_VIEW_STATE, chart: 'bars' })).toBe('?v=1');
    const bad = decodeView('?v=1&chart=pie');
    expect(bad.state.chart).toBe('bars');
    expect(bad.notices).toEqual([{ kind: 'invalid', param: 'chart', value: 'pie' }]);
  });
});

describe('viewLinks (the one builder of share and embed links)', () => {
  const at = (pathname: string, search: string) => ({
    origin: 'https://dcci.example',
    pathname,
    search,
  });

  it('links the page and embed.html beside it, the view alike but for embed', () => {
    fc.assert(
      fc.property(viewState, fc.constantFrom('/', '/bang/', '/bang/index.html'), (state, path) => {
        const { link, embed } = viewLinks(at(path, encodeView(state)));
        const page = new URL(link);
        const chart = new URL(embed);
        expect(`${page.origin}${page.pathname}`).toBe(`https://dcci.example${path}`);
        expect(chart.pathname).toBe(new URL('embed.html', page).pathname);
        expect(decodeView(page.search).state).toEqual({ ...state, embed: false });
        expect(decodeView(chart.search).state).toEqual({ ...state, embed: true });
      }),
    );
  });

  it('drops the fragment and an embed flag of the page it is built on', () => {
    const { link } = viewLinks(at('/bang/', '?v=1&view=map&embed=1'));
    expect(link).toBe('https://dcci.example/bang/?v=1&view=map');
  });
});
