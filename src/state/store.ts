import { useCallback, useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import type { Dataset } from '../domain/types.ts';
import { resolveSelection, type SelectionDefaults } from './resolve.ts';
import { applyPatch } from './selection.ts';
import { DEFAULT_VIEW_STATE, type UrlNotice, type ViewState } from './urlState.ts';

export type DatasetEntry =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly dataset: Dataset }
  | { readonly status: 'error'; readonly message: string };

/** Where imported datasets are kept: shown to the user (RELIABILITY.md: save status is visible). */
export type StorageState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly persisted?: boolean }
  | { readonly status: 'unavailable'; readonly detail: string }
  | {
      readonly status: 'failed';
      readonly code: string;
      readonly detail: string;
      readonly datasetId?: string;
    };

export interface StoredProblem {
  readonly id: string;
  readonly title: string | null;
  readonly status: 'quarantined' | 'read-only';
  readonly detail: string;
}

/** How the next URL write should treat the browser history. */
export type HistoryMode = 'push' | 'replace' | 'none';

export interface AppStore {
  /** The selection; mirrored in the URL by app/urlSync (the only writer of the URL). */
  readonly view: ViewState;
  readonly historyMode: HistoryMode;
  /** Values from the URL that could not be used (shown once, dismissable). */
  readonly notices: readonly UrlNotice[];
  readonly datasets: ReadonlyMap<string, DatasetEntry>;
  /** Ids of datasets imported by the user (kept in IndexedDB), in import order. */
  readonly importedIds: readonly string[];
  readonly storage: StorageState;
  /** Stored records that cannot be used normally: corrupt (quarantined, kept) or from a newer app (read-only). */
  readonly storedProblems: readonly StoredProblem[];
  /** A user's change: a new history entry. */
  select(patch: Partial<ViewState>): void;
  /** The state decoded from the URL at start-up or on back/forward: no new history entry. */
  restore(view: ViewState, notices: readonly UrlNotice[], mode: HistoryMode): void;
  setDataset(id: string, entry: DatasetEntry): void;
  dismissNotices(): void;
  /** Adds or replaces an imported dataset (already validated by the importer). */
  putImported(dataset: Dataset): void;
  removeImported(id: string): void;
  setStorage(state: StorageState): void;
  setStoredProblems(problems: readonly StoredProblem[]): void;
}

/** Per-dataset defaults (year and group shown first), registered by the dataset catalogue. */
const defaultsById = new Map<string, SelectionDefaults>();
export function registerDefaults(id: string, defaults: SelectionDefaults): void {
  defaultsById.set(id, defaults);
}

function resolved(view: ViewState, datasets: ReadonlyMap<string, DatasetEntry>) {
  const entry = view.ds === null ? undefined : datasets.get(view.ds);
  if (entry?.status !== 'ready') return { view, notices: [] as UrlNotice[] };
  const r = resolveSelection(view, entry.dataset, defaultsById.get(entry.dataset.id) ?? {});
  return { view: r.state, notices: r.notices };
}

const store = createStore<AppStore>()((set) => ({
  view: DEFAULT_VIEW_STATE,
  historyMode: 'none',
  notices: [],
  datasets: new Map(),
  importedIds: [],
  storage: { status: 'loading' },
  storedProblems: [],
  select: (patch) =>
    set((s) => {
      const r = resolved(applyPatch(s.view, patch), s.datasets);
      return {
        view: r.view,
        historyMode: 'push',
        notices: r.notices.length > 0 ? r.notices : s.notices,
      };
    }),
  restore: (view, notices, mode) =>
    set((s) => {
      const r = resolved(view, s.datasets);
      return { view: r.view, historyMode: mode, notices: [...notices, ...r.notices] };
    }),
  setDataset: (id, entry) =>
    set((s) => {
      const datasets = new Map(s.datasets).set(id, entry);
      if (entry.status !== 'ready' || s.view.ds !== id) return { datasets };
      // The data has arrived: fill in defaults and check the URL's values against it.
      const r = resolved(s.view, datasets);
      return {
        datasets,
        view: r.view,
        historyMode: 'replace',
        notices: [...s.notices, ...r.notices],
      };
    }),
  dismissNotices: () => set({ notices: [] }),
  putImported: (dataset) =>
    set((s) => {
      const datasets = new Map(s.datasets).set(dataset.id, { status: 'ready', dataset });
      const importedIds = s.importedIds.includes(dataset.id)
        ? s.importedIds
        : [...s.importedIds, dataset.id];
      if (s.view.ds !== dataset.id) return { datasets, importedIds };
      // The dataset on screen arrived or changed: check the selection against it.
      const r = resolved(s.view, datasets);
      return {
        datasets,
        importedIds,
        view: r.view,
        historyMode: 'replace',
        notices: [...s.notices, ...r.notices],
      };
    }),
  removeImported: (id) =>
    set((s) => {
      const datasets = new Map(s.datasets);
      datasets.delete(id);
      return { datasets, importedIds: s.importedIds.filter((x) => x !== id) };
    }),
  setStorage: (storage) => set({ storage }),
  setStoredProblems: (storedProblems) => set({ storedProblems }),
}));

/**
 * Reads a slice of the store in a component (zustand's `useStore`, whose server snapshot is the
 * store's initial state, with one difference): the server snapshot is the current state. The
 * build prerenders the default view with its data loaded (src/build/prerenderApp.tsx) and the
 * browser hydrates that markup (main.tsx) in the same state, so both renders must read the state
 * as it is, not as the store was created.
 */
function useAppStoreSlice<T>(selector: (state: AppStore) => T): T {
  const slice = useCallback(() => selector(store.getState()), [selector]);
  return useSyncExternalStore(store.subscribe, slice, slice);
}

/** The app's store: `useAppStore(selector)` in components, `useAppStore.getState()` etc. outside. */
export const useAppStore = Object.assign(useAppStoreSlice, store);
