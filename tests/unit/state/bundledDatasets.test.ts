import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAnyBytes } from '../../../src/import/importDataset.ts';
import { BUNDLED } from '../../../src/state/catalogue.ts';
import { encodeDataset, tryDecodeDataset } from '../../../src/state/datasetCodec.ts';

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
      expect(shipped).toEqual(encodeDataset(imported));
      expect(tryDecodeDataset(shipped)).toEqual({ ok: true, value: imported });
    },
  );
});
