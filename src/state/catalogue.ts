import type { DatasetMeta } from '../domain/meta.ts';
import type { LocalizedText } from '../domain/types.ts';
import bacKanMetaUrl from '../../data/bac-kan-dcci.meta.json?url';
import pciMetaUrl from '../../data/pci.meta.json?url';
import bacKanResponsesUrl from '../../data/bac-kan-dcci-responses.csv?url';
import bacKanIndicatorsUrl from '../../data/bac-kan-dcci-indicators.json?url';
import { cacheStats, statsFromJson, type StatsJson } from '../stats/statsCache.ts';
import { registerDefaults, useAppStore } from './store.ts';

/**
 * A dataset the app ships: imported through the same importer as any user file, but once, at
 * build time (`data/<id>.csv?dataset`, src/state/bundledDatasets.ts), so a visit only parses
 * the resulting JSON. Only what the header needs before loading is written here (a test checks
 * it against the sidecar metadata); the data and the metadata load outside the initial bundle.
 */
export interface CatalogueEntry {
  readonly id: string;
  readonly title: LocalizedText;
  readonly illustrative: boolean;
  readonly metaUrl: string;
  /** The Dataset as the build imported it from `data/<id>.csv` (a lazy chunk: compact JSON). */
  readonly data: () => Promise<{
    readonly default: unknown;
    /** The statistics the build computed for it (src/state/bundledDatasets.ts `bundledStats`). */
    readonly stats: readonly (readonly [string, StatsJson])[];
  }>;
  /** The response-level file the dataset was computed from, for the bootstrap over respondents. */
  readonly responsesUrl?: string;
  /** Short labels of the response file's indicators (`data/<id>-indicators.json`). */
  readonly indicatorLabelsUrl?: string;
  readonly defaults: { readonly year?: number; readonly group?: string };
  /**
   * The unit this dashboard is about, used where a view needs a starting unit and none is
   * selected (Compare starts with it and its neighbours in the ranking, not the top three).
   */
  readonly focusUnit?: string;
}

export const BUNDLED: readonly CatalogueEntry[] = [
  {
    id: 'bac-kan-dcci',
    title: {
      vi: 'DCCI Bắc Kạn 2018–2020 (số liệu minh họa)',
      en: 'Bắc Kạn DCCI 2018–2020 (illustrative data)',
    },
    illustrative: true,
    metaUrl: bacKanMetaUrl,
    data: () => import('../../data/bac-kan-dcci.csv?dataset'),
    responsesUrl: bacKanResponsesUrl,
    indicatorLabelsUrl: bacKanIndicatorsUrl,
    // The 06/01/2020 conference announced the 2019 results; districts are the default group.
    defaults: { year: 2019, group: 'districts' },
  },
  {
    id: 'pci',
    title: {
      vi: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) 2005–2016 và 2020',
      en: 'Provincial Competitiveness Index (PCI) 2005–2016 and 2020',
    },
    illustrative: false,
    metaUrl: pciMetaUrl,
    data: () => import('../../data/pci.csv?dataset'),
    defaults: { year: 2016, group: 'provinces' },
    focusUnit: 'provinces.bac-kan',
  },
];

export const DEFAULT_DATASET_ID = 'bac-kan-dcci';

for (const entry of BUNDLED) registerDefaults(entry.id, entry.defaults);

export function catalogueEntry(id: string | null): CatalogueEntry | undefined {
  return BUNDLED.find((e) => e.id === id);
}

const metas = new Map<string, Promise<DatasetMeta>>();

/** The sidecar metadata of a bundled dataset (fetched once; same origin). */
export function loadMeta(entry: CatalogueEntry): Promise<DatasetMeta> {
  let meta = metas.get(entry.id);
  if (!meta) {
    meta = fetch(entry.metaUrl).then((r) => {
      if (!r.ok) throw new Error(`${entry.metaUrl}: HTTP ${r.status}`);
      return r.json() as Promise<DatasetMeta>;
    });
    meta.catch(() => metas.delete(entry.id));
    metas.set(entry.id, meta);
  }
  return meta;
}

const inFlight = new Set<string>();

/**
 * Resolves when the store has dataset `id` loaded ('ready') or failed to load ('error', with its
 * message): what the first render waits for (main.tsx, the build's prerender).
 */
export function datasetSettled(
  id: string,
): Promise<{ readonly ok: true } | { readonly ok: false; readonly message: string }> {
  return new Promise((resolve) => {
    const settled = () => {
      const entry = useAppStore.getState().datasets.get(id);
      if (entry?.status === 'ready') resolve({ ok: true });
      else if (entry?.status === 'error') resolve({ ok: false, message: entry.message });
      else return false;
      return true;
    };
    if (settled()) return;
    const stop = useAppStore.subscribe(() => {
      if (settled()) stop();
    });
  });
}

/**
 * Loads a bundled dataset into the store once (no-op while loading or when loaded): the build's
 * import of it, checked by the storage codec's decoder like any stored dataset. Neither the
 * importer nor the import worker is involved at run time.
 */
export function ensureDatasetLoaded(id: string): void {
  const entry = catalogueEntry(id);
  const store = useAppStore.getState();
  if (!entry || inFlight.has(id) || store.datasets.get(id)?.status === 'ready') return;
  inFlight.add(id);
  store.setDataset(id, { status: 'loading' });
  Promise.all([entry.data(), import('../storage/datasetCodec.ts'), import('./compactDataset.ts')])
    .then(([data, codec, compact]) => {
      const decoded = codec.tryDecodeDataset(compact.expandDataset(data.default));
      if (decoded.ok) {
        // Before the store has it: its first render finds the statistics.
        for (const [key, stats] of data.stats) cacheStats(decoded.value, key, statsFromJson(stats));
        useAppStore.getState().setDataset(id, { status: 'ready', dataset: decoded.value });
      } else
        useAppStore.getState().setDataset(id, {
          status: 'error',
          message: decoded.issues.map((i) => `${i.path}: ${i.expected}`).join('; '),
        });
    })
    .catch((err: unknown) => {
      useAppStore.getState().setDataset(id, {
        status: 'error',
        message: err instanceof Error ? err.message : String(err),
      });
    })
    .finally(() => inFlight.delete(id));
}
