import type { DatasetMeta } from '../domain/meta.ts';
import type { LocalizedText } from '../domain/types.ts';
import { importInWorker } from '../import/client.ts';
import bacKanMeta from '../../data/bac-kan-dcci.meta.json';
import pciMeta from '../../data/pci.meta.json';
import bacKanCsvUrl from '../../data/bac-kan-dcci.csv?url';
import pciCsvUrl from '../../data/pci.csv?url';
import { registerDefaults, useAppStore } from './store.ts';

/** A dataset the app ships: loaded through the same importer, in the import worker, as any user file. */
export interface CatalogueEntry {
  readonly id: string;
  readonly title: LocalizedText;
  readonly illustrative: boolean;
  readonly meta: DatasetMeta;
  readonly url: string;
  readonly fileName: string;
  readonly defaults: { readonly year?: number; readonly group?: string };
}

export const BUNDLED: readonly CatalogueEntry[] = [
  {
    id: 'bac-kan-dcci',
    meta: bacKanMeta as DatasetMeta,
    title: bacKanMeta.title,
    illustrative: true,
    url: bacKanCsvUrl,
    fileName: 'bac-kan-dcci.csv',
    // The 06/01/2020 conference announced the 2019 results; districts are the default group.
    defaults: { year: 2019, group: 'districts' },
  },
  {
    id: 'pci',
    meta: pciMeta as DatasetMeta,
    title: pciMeta.title,
    illustrative: false,
    url: pciCsvUrl,
    fileName: 'pci.csv',
    defaults: { year: 2016, group: 'provinces' },
  },
];

export const DEFAULT_DATASET_ID = 'bac-kan-dcci';

for (const entry of BUNDLED) registerDefaults(entry.id, entry.defaults);

export function catalogueEntry(id: string | null): CatalogueEntry | undefined {
  return BUNDLED.find((e) => e.id === id);
}

const inFlight = new Set<string>();

/**
 * Loads a bundled dataset into the store once (no-op while loading or when loaded). Parsing
 * happens in the import worker, so the parser is not part of the initial bundle.
 */
export function ensureDatasetLoaded(id: string): void {
  const entry = catalogueEntry(id);
  const store = useAppStore.getState();
  if (!entry || inFlight.has(id) || store.datasets.get(id)?.status === 'ready') return;
  inFlight.add(id);
  store.setDataset(id, { status: 'loading' });
  importInWorker({
    url: entry.url,
    options: { meta: entry.meta, datasetId: entry.id, fileName: entry.fileName },
  })
    .then((outcome) => {
      if (outcome.dataset)
        useAppStore.getState().setDataset(id, { status: 'ready', dataset: outcome.dataset });
      else {
        const codes = outcome.report.issues
          .filter((i) => i.severity === 'error')
          .map((i) => i.code);
        useAppStore
          .getState()
          .setDataset(id, { status: 'error', message: codes.join(', ') || 'no data' });
      }
    })
    .catch((err: unknown) => {
      useAppStore.getState().setDataset(id, {
        status: 'error',
        message: err instanceof Error ? err.message : String(err),
      });
    })
    .finally(() => inFlight.delete(id));
}
