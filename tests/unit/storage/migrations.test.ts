import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/types.ts';
import { encodeDataset, tryDecodeDataset } from '../../../src/storage/datasetCodec.ts';
import {
  CURRENT_SCHEMA,
  SCHEMA_VERSION,
  migrateDataset,
  migrateV1,
} from '../../../src/storage/records.ts';
import { arbDataset, sampleDataset } from '../../fixtures/storage/helpers.ts';
import v1Record from '../../fixtures/storage/v1-record.json';
import v2Record from '../../fixtures/storage/v2-record.json';

/** What a version-1 app would have written for `d`: no v2 fields, provinceEras only when set. */
function asV1(d: Dataset): unknown {
  const { scale: _s, summaryRows: _r, provinceEras, observations, ...rest } = encodeDataset(d);
  return {
    ...rest,
    ...(provinceEras.length === 0 ? {} : { provinceEras }),
    observations: observations.map(({ fieldSize: _f, ...o }) => o),
  };
}

/** The v1 part of a dataset: what survives a v1 record. */
function v1Part(d: Dataset): Dataset {
  const { scale: _s, summaryRows: _r, ...rest } = d;
  return {
    ...rest,
    observations: d.observations.map(({ fieldSize: _f, ...o }) => o),
  };
}

describe('stored dataset format: migration v1 → v2', () => {
  it('is version 2, reached from 0 and 1', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(CURRENT_SCHEMA.migrations.map((m) => m.from)).toEqual([0, 1]);
  });

  it('turns the v1 snapshot into exactly the v2 snapshot (same dataset, new fields at defaults)', () => {
    expect(migrateV1(structuredClone(v1Record.dataset))).toStrictEqual(v2Record.dataset);
    const decoded = tryDecodeDataset(migrateV1(structuredClone(v1Record.dataset)));
    expect(decoded).toStrictEqual({ ok: true, value: sampleDataset('bac-kan-2019') });
  });

  it('adds fieldSize null to every observation, the 0–100/0–10 scale, no summary rows', () => {
    const out = migrateV1({ observations: [{ unitId: 'a' }, { unitId: 'b' }] });
    expect(out).toStrictEqual({
      observations: [
        { unitId: 'a', fieldSize: null },
        { unitId: 'b', fieldSize: null },
      ],
      provinceEras: [],
      scale: { total: { min: 0, max: 100 }, subIndex: { min: 0, max: 10 } },
      summaryRows: [],
    });
  });

  it('keeps the optional v1 provinceEras', () => {
    const eras = [{ year: 2024, era: 'before-2025' }];
    expect(migrateV1({ observations: [], provinceEras: eras })).toMatchObject({
      provinceEras: eras,
    });
  });

  it('is total: a badly shaped v1 dataset passes unchanged, for the decoder to refuse', () => {
    for (const bad of [null, 3, 'x', [], { observations: 'no' }, { observations: [1] }])
      expect(() => migrateV1(bad)).not.toThrow();
    expect(migrateV1(null)).toBeNull();
    expect(tryDecodeDataset(migrateV1({ observations: 'no' })).ok).toBe(false);
  });

  it('property: any dataset written by v1 reads back as its v1 part', () => {
    fc.assert(
      fc.property(arbDataset('m'), (d) => {
        const migrated = migrateDataset(asV1(d), 1);
        expect(migrated.ok).toBe(true);
        if (!migrated.ok) return;
        expect(tryDecodeDataset(migrated.dataset)).toStrictEqual({ ok: true, value: v1Part(d) });
      }),
      { numRuns: 150 },
    );
  });

  it('a v1 dataset is not a v2 one: the decoder alone refuses it, naming a missing field', () => {
    const r = tryDecodeDataset(asV1(sampleDataset('x')));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain('dataset.scale');
  });

  it('says which step is missing or failed', () => {
    const schema = { version: 3, migrations: CURRENT_SCHEMA.migrations };
    expect(migrateDataset({}, 1, schema)).toStrictEqual({
      ok: false,
      detail: 'no migration from version 2',
    });
  });
});
