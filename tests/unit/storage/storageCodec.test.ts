import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset, SubIndexId } from '../../../src/domain/types.ts';
import {
  canonicalJson,
  canonicalJsonInSlices,
  datasetHash,
  encodeDataset,
  tryDecodeDataset,
} from '../../../src/storage/datasetCodec.ts';
import { sha256 } from '../../../src/storage/sha256.ts';
import { arbDataset, sampleDataset } from '../../fixtures/storage/helpers.ts';

type Rec = Record<string, unknown>;
const viaJson = (d: Dataset) => JSON.parse(JSON.stringify(encodeDataset(d))) as unknown;

function withObservation(d: Dataset, patch: Record<string, unknown>): unknown {
  const json = viaJson(d) as { observations: Record<string, unknown>[] };
  json.observations[0] = { ...json.observations[0], ...patch };
  return json;
}

describe('datasetCodec', () => {
  it('round-trips a dataset with Maps, nulls, optional fields and the illustrative flag through JSON', () => {
    const d = sampleDataset();
    const back = tryDecodeDataset(viaJson(d));
    expect(back).toStrictEqual({ ok: true, value: d });
    if (!back.ok) return;
    expect(back.value.observations[0]?.subIndices).toBeInstanceOf(Map);
    expect(back.value.observations[0]?.subIndices.get('minh_bach' as SubIndexId)).toBeNull();
    expect(back.value.illustrative).toBe(true);
  });

  it('stores sub-indices as [id, value] pairs in Map order, so __proto__ survives', () => {
    const d = sampleDataset();
    const subs = new Map<SubIndexId, number | null>([
      ['z' as SubIndexId, 1],
      ['__proto__' as SubIndexId, 2.5],
      ['a' as SubIndexId, null],
    ]);
    const obs = [{ ...d.observations[0]!, subIndices: subs }, ...d.observations.slice(1)];
    const encoded = encodeDataset({ ...d, observations: obs });
    expect(encoded.observations[0]?.subIndices).toEqual([
      ['z', 1],
      ['__proto__', 2.5],
      ['a', null],
    ]);
    const back = tryDecodeDataset(JSON.parse(JSON.stringify(encoded)));
    expect(back.ok && [...back.value.observations[0]!.subIndices]).toEqual([...subs]);
  });

  it('round-trips random datasets exactly (numbers bit for bit, Maps, nulls)', () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
    console.log(`datasetCodec round trip: fast-check seed ${seed}`);
    fc.assert(
      fc.property(arbDataset('r'), (d) => {
        expect(tryDecodeDataset(viaJson(d))).toStrictEqual({ ok: true, value: d });
      }),
      { seed, numRuns: 200 },
    );
  });

  it.each([
    ['NaN total', { total: NaN }, 'dataset.observations[0].total'],
    ['Infinity respondents', { respondents: Infinity }, 'dataset.observations[0].respondents'],
    ['string total', { total: '71,97' }, 'dataset.observations[0].total'],
    ['year with a fraction', { year: 2019.5 }, 'dataset.observations[0].year'],
    [
      'subIndices as an object (v0 shape)',
      { subIndices: { a: 1 } },
      'dataset.observations[0].subIndices',
    ],
    [
      'a sub-index pair of three',
      { subIndices: [['a', 1, 2]] },
      'dataset.observations[0].subIndices[0]',
    ],
    [
      'a duplicate sub-index id',
      {
        subIndices: [
          ['a', 1],
          ['a', 2],
        ],
      },
      'dataset.observations[0].subIndices[1][0]',
    ],
    ['a missing field', { notes: undefined }, 'dataset.observations[0].notes'],
    ['an unknown field', { extra: 1 }, 'dataset.observations[0].extra'],
  ])('refuses %s with its path, without throwing', (_name, patch, path) => {
    const json = withObservation(sampleDataset(), patch);
    if (patch && 'notes' in patch)
      delete (json as { observations: Record<string, unknown>[] }).observations[0]!.notes;
    const r = tryDecodeDataset(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
  });

  it.each([null, 42, 'text', [], { id: 'x' }])('refuses %j as a dataset', (json) => {
    expect(tryDecodeDataset(json).ok).toBe(false);
  });

  it('stores the v2 fields with their defaults and reads the defaults back as absent', () => {
    const d = sampleDataset();
    const json = viaJson(d) as Record<string, unknown> & { observations: object[] };
    expect(json.scale).toStrictEqual({
      total: { min: 0, max: 100 },
      subIndex: { min: 0, max: 10 },
    });
    expect(json.summaryRows).toStrictEqual([]);
    expect(json.provinceEras).toStrictEqual([]);
    expect(json.observations[0]).toMatchObject({ fieldSize: null });
    const set: Dataset = {
      ...d,
      scale: { total: { min: 0, max: 10 }, subIndex: { min: 0, max: 10 } },
      summaryRows: [{ name: 'Trung vị cả nước', year: 2019, groupId: null, total: 6.1 }],
      observations: d.observations.map((o) => ({ ...o, fieldSize: 63 })),
    };
    expect(tryDecodeDataset(viaJson(set))).toStrictEqual({ ok: true, value: set });
  });

  it.each([
    ['a fractional field size', (j: Rec) => ((j.observations as Rec[])[0]!.fieldSize = 6.5)],
    ['a scale without subIndex', (j: Rec) => (j.scale = { total: { min: 0, max: 10 } })],
    [
      'a scale of strings',
      (j: Rec) => (j.scale = { total: { min: '0', max: 10 }, subIndex: { min: 0, max: 10 } }),
    ],
    [
      'a summary row without total',
      (j: Rec) => (j.summaryRows = [{ name: 'x', year: 2019, groupId: null }]),
    ],
    ['an unknown era', (j: Rec) => (j.provinceEras = [{ year: 2019, era: 'soon' }])],
    ['no summaryRows', (j: Rec) => delete j.summaryRows],
  ])('refuses %s', (_name, patch) => {
    const json = viaJson(sampleDataset()) as Rec;
    patch(json);
    expect(tryDecodeDataset(json).ok).toBe(false);
  });

  it('never throws on random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(tryDecodeDataset(v).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('encodes -0 as 0 because JSON cannot keep the sign', () => {
    const d = sampleDataset();
    const obs = [{ ...d.observations[0]!, total: -0 }];
    expect(Object.is(encodeDataset({ ...d, observations: obs }).observations[0]?.total, 0)).toBe(
      true,
    );
  });

  it('canonical JSON does not depend on key order and keeps NaN apart from null', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(
      canonicalJson({ a: [1, { c: 3, d: 2 }], b: 1 }),
    );
    expect(canonicalJson({ a: NaN })).not.toBe(canonicalJson({ a: null }));
  });

  it('writes canonical JSON in slices exactly as at once (large arrays of any value, any key order)', async () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.string(),
          fc.oneof(json, fc.array(json, { minLength: 490, maxLength: 1600 })),
        ),
        async (value) => {
          expect(await canonicalJsonInSlices(value)).toBe(canonicalJson(value));
        },
      ),
      { numRuns: 40 },
    );
    const enc = encodeDataset(sampleDataset());
    const many = { ...enc, observations: Array.from({ length: 2345 }, () => enc.observations[0]) };
    expect(await canonicalJsonInSlices(many)).toBe(canonicalJson(many));
    expect(await canonicalJsonInSlices([1, { b: 2, a: 1 }])).toBe('[1,{"a":1,"b":2}]');
    expect(await canonicalJsonInSlices(Number.NaN)).toBe('"NaN"');
  });

  it('hashes with SHA-256 hex, independent of key order, and changes with any value', async () => {
    expect(await datasetHash({})).toBe(
      '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    );
    const enc = encodeDataset(sampleDataset());
    const reordered = Object.fromEntries(Object.entries(enc).reverse());
    expect(await datasetHash(reordered)).toBe(await datasetHash(enc));
    const changed = structuredClone(enc);
    changed.observations[0]!.total = 71.98;
    expect(await datasetHash(changed)).not.toBe(await datasetHash(enc));
  });
});

describe('sha256 fallback (no WebCrypto outside secure contexts)', () => {
  it('matches WebCrypto on random inputs, including the padding boundaries', async () => {
    const lengths = [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 1000];
    const inputs = [
      ...lengths.map((n) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff)),
      ...fc.sample(fc.uint8Array({ maxLength: 300 }), { numRuns: 50, seed: 42 }),
    ];
    for (const bytes of inputs) {
      const expected = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      expect(sha256(bytes)).toEqual(expected);
    }
  });

  it('gives datasetHash the same value when crypto.subtle is missing', async () => {
    const enc = encodeDataset(sampleDataset());
    const withSubtle = await datasetHash(enc);
    vi.stubGlobal('crypto', {});
    try {
      expect(await datasetHash(enc)).toBe(withSubtle);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
