import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/types.ts';
import { encodeDataset } from '../../../src/storage/datasetCodec.ts';
import {
  decodeDatasetFragment,
  encodeDatasetFragment,
  FRAGMENT_PREFIX,
  hasDatasetFragment,
  shareUrl,
} from '../../../src/storage/shareLink.ts';
import { makeDataset, type RowSpec } from '../../fixtures/builders.ts';
import { sampleDataset } from '../../fixtures/storage/helpers.ts';
import v1Record from '../../fixtures/storage/v1-record.json';

const NAMES = ['Ba Bể', 'Chợ Đồn', 'Na Rì', 'Bạch Thông', 'Pác Nặm', '=1+1', 'Sở "Tài chính"'];

const score = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
const subScore = fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null });

/** Small random datasets: distinct (unit, year) pairs, a sub-index or two, any scores. */
const datasets = fc
  .uniqueArray(
    fc.record({
      unit: fc.constantFrom(...NAMES),
      group: fc.constantFrom('districts', 'departments'),
      year: fc.integer({ min: 2015, max: 2024 }),
      total: score,
      rank: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
      subs: fc.record({ a: subScore, b: subScore }, { requiredKeys: [] }),
    }),
    { minLength: 1, maxLength: 25, selector: (r) => `${r.group}/${r.unit}/${r.year}` },
  )
  .chain((rows) =>
    fc
      .record({
        illustrative: fc.boolean(),
        title: fc.string({ maxLength: 40 }),
      })
      .map((extra) =>
        makeDataset(rows as RowSpec[], {
          id: 'du-lieu-abc123' as Dataset['id'],
          title: { vi: extra.title, en: extra.title },
          illustrative: extra.illustrative,
        }),
      ),
  );

const sample = makeDataset([
  { unit: 'Ba Bể', year: 2023, total: 70.1 },
  { unit: 'Chợ Đồn', year: 2023, total: 66.93, subs: { time: 7.25 } },
  { unit: 'Na Rì', year: 2023, total: 64.2, subs: { time: null } },
]);

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const fragmentOf = async (text: string) =>
  `${FRAGMENT_PREFIX}${b64url(await deflateRaw(new TextEncoder().encode(text)))}`;

describe('a dataset in a link fragment', () => {
  it('round-trips small random datasets exactly (as the storage codec sees them)', async () => {
    await fc.assert(
      fc.asyncProperty(datasets, async (d) => {
        const fragment = await encodeDatasetFragment(d);
        expect(fragment.startsWith(FRAGMENT_PREFIX)).toBe(true);
        expect(hasDatasetFragment(fragment)).toBe(true);
        expect(fragment.slice(FRAGMENT_PREFIX.length)).toMatch(/^[A-Za-z0-9_-]+$/);
        const back = await decodeDatasetFragment(fragment);
        expect(back.ok).toBe(true);
        if (back.ok) expect(encodeDataset(back.value)).toEqual(encodeDataset(d));
      }),
      { numRuns: 60 },
    );
  });

  it('opens a link made before format version 2 (#d=1.), through the stored-record migration', async () => {
    const v1 = `#d=1.${b64url(await deflateRaw(new TextEncoder().encode(JSON.stringify(v1Record.dataset))))}`;
    expect(FRAGMENT_PREFIX).toBe('#d=2.');
    expect(hasDatasetFragment(v1)).toBe(true);
    expect(await decodeDatasetFragment(v1)).toStrictEqual({
      ok: true,
      value: sampleDataset('bac-kan-2019'),
    });
    // The same v1 JSON under the v2 prefix lacks the v2 fields: refused, not guessed.
    const asV2 = await fragmentOf(JSON.stringify(v1Record.dataset));
    const r = await decodeDatasetFragment(asV2);
    expect(r.ok ? 'ok' : r.issues[0]?.code).toBe('INVALID_DATASET');
  });

  it('refuses garbage without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (junk) => {
        const r1 = await decodeDatasetFragment(junk);
        const r2 = await decodeDatasetFragment(`${FRAGMENT_PREFIX}${junk}`);
        expect(r1.ok).toBe(false);
        expect(r2.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        expect((await decodeDatasetFragment(`${FRAGMENT_PREFIX}${b64url(bytes)}`)).ok).toBe(false);
        expect(
          (await decodeDatasetFragment(await fragmentOf(String.fromCharCode(...bytes)))).ok,
        ).toBe(false);
      }),
      { numRuns: 100 },
    );
    const codes = async (f: string) => {
      const r = await decodeDatasetFragment(f);
      return r.ok ? 'ok' : r.issues[0]?.code;
    };
    expect(await codes('')).toBe('NO_DATASET');
    expect(await codes('#view=ranking')).toBe('NO_DATASET');
    // A later format is not "damaged": the notice says it was made by a newer version.
    expect(await codes('#d=3.AAAA')).toBe('NEWER_VERSION');
    expect(await codes('#d=0.AAAA')).toBe('NO_DATASET');
    expect(await codes(`${FRAGMENT_PREFIX}`)).toBe('BAD_ENCODING');
    expect(await codes(`${FRAGMENT_PREFIX}a`)).toBe('BAD_ENCODING');
    expect(await codes(`${FRAGMENT_PREFIX}ab+/`)).toBe('BAD_ENCODING');
    expect(await codes(`${FRAGMENT_PREFIX}${b64url(new TextEncoder().encode('hello'))}`)).toBe(
      'BAD_COMPRESSION',
    );
    expect(await codes(await fragmentOf('{"id": '))).toBe('BAD_JSON');
    expect(await codes(await fragmentOf('[1,2,3]'))).toBe('INVALID_DATASET');
    expect(await codes(await fragmentOf('{"__proto__": {"x": 1}}'))).toBe('INVALID_DATASET');
  });

  it('refuses a dataset whose references do not hold together', async () => {
    const good = encodeDataset(sample);
    const variants = [
      { ...good, id: 'has space' },
      { ...good, id: '' },
      { ...good, observations: [] },
      { ...good, units: [...good.units, good.units[0]] },
      { ...good, observations: [...good.observations, good.observations[0]] },
      { ...good, observations: [{ ...good.observations[0]!, unitId: 'districts.nowhere' }] },
      { ...good, observations: [{ ...good.observations[0]!, year: 1999 }] },
      { ...good, units: [{ ...good.units[0]!, groupId: 'nowhere' }, ...good.units.slice(1)] },
      {
        ...good,
        observations: [{ ...good.observations[0]!, subIndices: [['unknown', 1]] }],
      },
      { ...good, source: { ...good.source, url: 'javascript:alert(1)' } },
    ];
    for (const v of variants) {
      const r = await decodeDatasetFragment(await fragmentOf(JSON.stringify(v)));
      expect(r.ok, JSON.stringify(v).slice(0, 200)).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toBe('INVALID_DATASET');
    }
    expect((await decodeDatasetFragment(await fragmentOf(JSON.stringify(good)))).ok).toBe(true);
  });

  it('caps the size before and after inflating', async () => {
    const long = `${FRAGMENT_PREFIX}${'A'.repeat(64 * 1024 + 4)}`;
    const r = await decodeDatasetFragment(long);
    expect(r.ok ? 'ok' : r.issues[0]?.code).toBe('TOO_LARGE');

    // 3 MB of spaces compress to a few kilobytes: a small link, refused while inflating.
    const bomb = await fragmentOf(`${' '.repeat(3 * 1024 * 1024)}{}`);
    expect(bomb.length).toBeLessThan(20_000);
    const b = await decodeDatasetFragment(bomb);
    expect(b.ok ? 'ok' : b.issues[0]?.code).toBe('TOO_LARGE');

    // The limits are parameters; the sample fits the defaults but not tiny ones.
    const f = await encodeDatasetFragment(sample);
    expect((await decodeDatasetFragment(f)).ok).toBe(true);
    expect((await decodeDatasetFragment(f, { maxChars: 10 })).ok).toBe(false);
    expect((await decodeDatasetFragment(f, { maxInflatedBytes: 100 })).ok).toBe(false);
  });
});

describe('shareUrl', () => {
  const here = {
    origin: 'https://dcci.example',
    pathname: '/bang/',
    search: '?v=1&lang=en&ds=test&year=2023&group=districts&view=scorecard&embed=1',
  };

  it('gives a bundled dataset the plain view URL (no fragment, no embed)', async () => {
    const r = await shareUrl(here, null);
    expect(r.tooLarge).toBe(false);
    expect(r.url.startsWith('https://dcci.example/bang/?')).toBe(true);
    expect(r.url).not.toContain('#');
    expect(r.url).not.toContain('embed');
    expect(r.url).toContain('view=scorecard');
  });

  it('puts a small imported dataset in the fragment, which decodes to the same dataset', async () => {
    const r = await shareUrl(here, sample);
    expect(r.tooLarge).toBe(false);
    const url = new URL(r.url);
    expect(url.search).toContain('ds=test');
    const back = await decodeDatasetFragment(url.hash);
    expect(back.ok && encodeDataset(back.value)).toEqual(encodeDataset(sample));
  });

  it('says tooLarge (and gives the plain URL) when the link would be too long', async () => {
    const r = await shareUrl(here, sample, 120);
    expect(r).toEqual({ url: (await shareUrl(here, null)).url, tooLarge: true });
    const rows: RowSpec[] = [];
    for (let i = 0; i < 400; i++) {
      rows.push({ unit: `Đơn vị ${i} ${Math.sin(i)}`, year: 2020, total: (i * 7.31) % 100 });
    }
    expect((await shareUrl(here, makeDataset(rows))).tooLarge).toBe(true);
  });
});
