/**
 * Build-time import of the bundled datasets (issue 12): every visitor used to fetch the CSV and
 * its metadata, start the import worker and run the whole importer before the first chart. The
 * data are static, so the build runs the SAME importer once, in Node, and ships what the store
 * holds (the Dataset, through the storage codec) as compact JSON, with the statistics of its
 * group-years. Node only: the Vite plugin (`bundledDatasetsPlugin`), which the build and the test
 * holding it to DATA.md's "same importer" rule both run.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { scoredGroupYear } from '../domain/groupStats.ts';
import type { Dataset } from '../domain/types.ts';
import { importAnyBytes } from '../import/importDataset.ts';
import { tryParseMeta } from '../import/metaJson.ts';
import { statsKey, statsToJson, type StatsJson } from '../stats/statsCache.ts';
import { runStatsTask } from '../stats/tasks.ts';
import { compactDataset, type CompactDataset } from './compactDataset.ts';
import { encodeDataset } from '../storage/datasetCodec.ts';

/** `import('data/<id>.csv?dataset')`: the module's default export is the compact encoded Dataset. */
export const DATASET_QUERY = '?dataset';

/** data/<id>.csv → data/<id>.meta.json, the sidecar the catalogue always paired it with. */
export const metaPathOf = (csvPath: string): string => csvPath.replace(/\.csv$/, '.meta.json');

/**
 * Imports data/<id>.csv with its sidecar exactly as the app did at run time (the worker's
 * `importAnyBytes` with the metadata, the dataset id and the file name).
 * Throws when the sidecar is invalid or the importer refuses the file: a broken bundled file
 * fails the build instead of every visit.
 */
async function importBundledDataset(csvPath: string): Promise<Dataset> {
  const fileName = basename(csvPath);
  const meta = tryParseMeta(readFileSync(metaPathOf(csvPath), 'utf8'));
  if (!meta.ok) throw new Error(`${metaPathOf(csvPath)}: ${meta.error}`);
  const outcome = await importAnyBytes(new Uint8Array(readFileSync(csvPath)), {
    meta: meta.value,
    datasetId: fileName.replace(/\.csv$/, ''),
    fileName,
  });
  if (!outcome.dataset) {
    const codes = outcome.report.issues.filter((i) => i.severity === 'error').map((i) => i.code);
    throw new Error(`${fileName}: the importer refused the bundled file (${codes.join(', ')})`);
  }
  return outcome.dataset;
}

/**
 * The statistics the stats worker gives each group-year of `dataset` by default (standard
 * errors, default seed), computed once by the build: the first render of a bundled view has its
 * rank intervals, ties and move flags without waiting for the worker.
 */
export async function bundledStats(dataset: Dataset): Promise<[string, StatsJson][]> {
  const out: [string, StatsJson][] = [];
  for (const group of dataset.groups)
    for (const year of dataset.years) {
      const { current, previous } = scoredGroupYear(dataset, group.id, year);
      if (current.length === 0) continue;
      const stats = await runStatsTask({ kind: 'group-year', current, previous });
      out.push([statsKey(group.id, year, false), statsToJson(stats)]);
    }
  return out;
}

/**
 * The module Vite serves for `<file>.csv?dataset`: the dataset (storage codec, then the compact
 * form of src/state/compactDataset.ts) and its statistics (JSON.parse of a string is the fastest load).
 */
const datasetModule = (
  encoded: CompactDataset,
  stats: readonly (readonly [string, StatsJson])[],
): string =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(encoded))});\n` +
  `export const stats = JSON.parse(${JSON.stringify(JSON.stringify(stats))});\n`;

/** Vite plugin: resolves `data/<id>.csv?dataset` imports to the imported, encoded dataset. */
export function bundledDatasetsPlugin(): Plugin {
  return {
    name: 'dcci-bundled-datasets',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(`.csv${DATASET_QUERY}`)) return null;
      const csvPath = id.slice(0, -DATASET_QUERY.length);
      this.addWatchFile(csvPath);
      this.addWatchFile(metaPathOf(csvPath));
      const dataset = await importBundledDataset(csvPath);
      const encoded = compactDataset(encodeDataset(dataset));
      return { code: datasetModule(encoded, await bundledStats(dataset)), map: null };
    },
  };
}
