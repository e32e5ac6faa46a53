import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoredGroupYear } from '../../../src/domain/groupStats.ts';
import { importAnyBytes } from '../../../src/import/importDataset.ts';
import { statsFromJson, statsKey } from '../../../src/stats/statsCache.ts';
import { runStatsTask } from '../../../src/stats/tasks.ts';
import { BUNDLED } from '../../../src/state/catalogue.ts';
import { compactDataset, expandDataset } from '../../../src/state/compactDataset.ts';
import { encodeDataset, tryDecodeDataset } from '../../../src/storage/datasetCodec.ts';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');

/** What the app did at run time before issue 12: the worker's import of the CSV with its sidecar. */
async function importAsTheWorkerDid(id: string) {
  const meta = JSON.parse(readFileSync(join(DATA, `${id}.meta.json`), 'utf8'));
  const bytes = new Uint8Array(readFileSync(join(DATA, `${id}.csv`)));
  const outcome = await importAnyBytes(bytes, { meta, datasetId: id, fileName: `${id}.csv` });
  if (!outcome.dataset) throw new Error(`${id}.csv did not import`);
  return outcome.dataset;
}

// DATA.md's "same importer" rule, now that the build imports the bundled CSVs: what the catalogue
// ships (the `?dataset` module, through the same Vite plugin as the build) is the importer's
// Dataset of data/<id>.csv, and the store gets exactly that Dataset back from it.
describe('bundled datasets imported at build time', () => {
  it.each(BUNDLED.map((entry) => [entry.id, entry] as const))(
    '%s: the shipped JSON equals importing the CSV through the importer',
    async (id, entry) => {
      const shipped = (await entry.data()).default;
      const imported = await importAsTheWorkerDid(id);
      expect(expandDataset(shipped)).toEqual(encodeDataset(imported));
      expect(tryDecodeDataset(expandDataset(shipped))).toEqual({ ok: true, value: imported });
    },
  );

  // The build also ships each group-year's statistics so the first render need not wait for the
  // stats worker: they must be exactly what the worker computes from the Dataset the store gets.
  it.each(BUNDLED.map((entry) => [entry.id, entry] as const))(
    "%s: the shipped statistics equal the stats worker's for every group-year",
    async (_id, entry) => {
      const module = await entry.data();
      const decoded = tryDecodeDataset(expandDataset(module.default));
      if (!decoded.ok) throw new Error('the shipped dataset does not decode');
      const dataset = decoded.value;
      const expected: string[] = [];
      for (const group of dataset.groups)
        for (const year of dataset.years) {
          const { current } = scoredGroupYear(dataset, group.id, year);
          if (current.length > 0) expected.push(statsKey(group.id, year, false));
        }
      expect(module.stats.map(([key]) => key)).toEqual(expected);
      for (const [key, json] of module.stats) {
        const [groupId, year] = key.split('|');
        const { current, previous } = scoredGroupYear(dataset, groupId as never, Number(year));
        const computed = await runStatsTask({ kind: 'group-year', current, previous });
        expect(statsFromJson(json), key).toEqual(computed);
      }
    },
  );

  it('the compact form keeps observations whose sub-indices differ from the shared order', async () => {
    const encoded = encodeDataset(await importAsTheWorkerDid('bac-kan-dcci'));
    const [first, second, ...others] = encoded.observations;
    if (first === undefined || second === undefined) throw new Error('no observations');
    const odd = [
      first,
      { ...second, subIndices: [...second.subIndices].reverse() },
      { ...second, subIndices: second.subIndices.slice(1) },
      ...others,
    ];
    const varied = { ...encoded, observations: odd };
    expect(expandDataset(JSON.parse(JSON.stringify(compactDataset(varied))))).toEqual(varied);
  });

  it('leaves what is not a compact dataset to the decoder (which then refuses it)', () => {
    expect(expandDataset(null)).toBeNull();
    expect(expandDataset({ id: 'x' })).toEqual({ id: 'x' });
    const short = expandDataset({
      subIndexIds: ['a', 'b'],
      observationRows: [['u', 2020, 1, null, null, null, null, null, null, [1]]],
    });
    expect(tryDecodeDataset(short).ok).toBe(false);
  });
});
