import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeView,
  DEFAULT_VIEW_STATE,
  encodeView,
  VIEWS,
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
  sort: fc.option(
    fc.tuple(fc.boolean(), id).map(([d, k]) => (d ? `-${k}` : k)),
    { nil: null },
  ),
  embed: fc.boolean(),
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
