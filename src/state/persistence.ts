import type { ImportedResponses } from '../domain/respondents.ts';
import type { Dataset } from '../domain/types.ts';
import {
  forgetRespondents,
  rememberRespondents,
  setStoredRespondentIds,
  setStoredRespondentsReader,
} from './respondentSource.ts';
import {
  backupOfDatasets,
  openDatasetStorage,
  type DatasetStorage,
  type RestoreReport,
  type StorageIssue,
  type StoredEntry,
} from '../storage/storage.ts';
import { BUNDLED, catalogueEntry } from './catalogue.ts';
import { useAppStore, type StoredProblem } from './store.ts';

/**
 * A stored record that must never reach the store: one under a bundled dataset's id (written by
 * an older version's restore) would shadow the bundled data.
 */
const shadowsBundled = (e: StoredEntry): boolean => catalogueEntry(e.id) !== undefined;

/** Records that load only read-only, or not at all: listed in "My data", never deleted silently. */
function problemsOf(entries: readonly StoredEntry[]): StoredProblem[] {
  return entries.flatMap((e) =>
    shadowsBundled(e)
      ? [
          {
            id: e.id,
            title: e.title?.vi ?? null,
            // Kept as it is (and in "Back up all"), never shown: listed like a corrupt record.
            status: 'quarantined' as const,
            detail: 'uses the id of a bundled dataset',
          },
        ]
      : e.status === 'ok'
        ? []
        : [{ id: e.id, title: e.title?.vi ?? null, status: e.status, detail: e.detail }],
  );
}

/** The stored datasets that may be shown. */
const usable = (entries: readonly StoredEntry[]) =>
  entries.flatMap((e) =>
    e.status !== 'quarantined' && e.dataset && !shadowsBundled(e) ? [e.dataset] : [],
  );

/**
 * The app's side of dataset persistence (RELIABILITY.md "Persistence"): stored datasets are read
 * before anything is written or shown, saves are reported, failures keep the old data and offer a
 * backup. The IndexedDB details live in storage.ts.
 */

let storage: DatasetStorage | null = null;
// Set while the stored datasets are read: a save in that window waits instead of failing.
let hydration: Promise<void> | null = null;
// The reading itself, which may outlast `hydration`'s timeout (set when hydration starts).
let reading: Promise<void> | null = null;
// Ids known to be in IndexedDB. When another tab changes the storage, only these can have been
// deleted there; datasets that live only in this tab (opened from a link, or whose save failed)
// are kept.
const storedIds = new Set<string>();

const describe = (issue: StorageIssue | undefined) =>
  `${issue?.code ?? 'FAILED'}${issue?.detail ? `: ${issue.detail}` : ''}`;

/**
 * Opens the storage and loads every stored dataset into the store. Resolves (never rejects) when
 * done or after `timeoutMs`, so a stuck IndexedDB cannot keep the app from starting; in that case
 * the storage is reported unavailable and nothing is written.
 */
export function hydrateFromStorage(timeoutMs = 4000): Promise<void> {
  hydration ??= hydrate(timeoutMs);
  return hydration;
}

/**
 * Resolves once the stored datasets have been read, or the storage has failed (its open gives up
 * after 10 s), whatever `hydrateFromStorage`'s timeout did; at most after `limitMs`. A link naming
 * a saved dataset waits for this: on a slow phone, or a busy machine, 4 s is not enough, and
 * giving up would show the bundled data in its place.
 */
export function storageSettled(limitMs = 20_000): Promise<void> {
  const started = hydrateFromStorage();
  return Promise.race([
    started.then(() => reading ?? undefined),
    new Promise<void>((resolve) => setTimeout(resolve, limitMs)),
  ]);
}

async function hydrate(timeoutMs: number): Promise<void> {
  const store = useAppStore.getState();
  const work = (async () => {
    const opened = await openDatasetStorage({ reservedIds: BUNDLED.map((b) => b.id) });
    if (!opened.ok) {
      store.setStorage({ status: 'unavailable', detail: describe(opened.issues[0]) });
      return;
    }
    storage = opened.value;
    const all = await storage.loadAll();
    if (!all.ok) {
      store.setStorage({ status: 'unavailable', detail: describe(all.issues[0]) });
      return;
    }
    for (const dataset of usable(all.value)) {
      storedIds.add(dataset.id);
      useAppStore.getState().putImported(dataset);
    }
    useAppStore.getState().setStoredProblems(problemsOf(all.value));
    await refreshRespondents(storage);
    storage.onChange(() => void reloadFromStorage());
    useAppStore.getState().setStorage({ status: 'ready' });
  })();
  reading = work.then(
    () => undefined,
    () => undefined,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      if (useAppStore.getState().storage.status === 'loading') {
        useAppStore.getState().setStorage({ status: 'unavailable', detail: 'timeout' });
      }
      resolve();
    }, timeoutMs);
  });
  await Promise.race([
    work.catch((err: unknown) => store.setStorage({ status: 'unavailable', detail: String(err) })),
    timeout,
  ]);
  clearTimeout(timer);
}

/** Which datasets have stored respondents, and how to read them (state/respondentSource.ts). */
async function refreshRespondents(s: DatasetStorage): Promise<void> {
  setStoredRespondentsReader(async (id) => {
    const r = await s.loadRespondents(id);
    // Respondents that no longer fit their dataset are not shown (the drill-down says none).
    return r.ok ? r.value : null;
  });
  const ids = await s.respondentIds();
  if (ids.ok) setStoredRespondentIds(ids.value);
}

/** Another tab changed the stored datasets: read them again (records are per dataset, so nothing is lost). */
async function reloadFromStorage(): Promise<void> {
  if (!storage) return;
  const all = await storage.loadAll();
  if (!all.ok) return;
  const store = useAppStore.getState();
  const ids = new Set<string>();
  for (const dataset of usable(all.value)) {
    ids.add(dataset.id);
    store.putImported(dataset);
  }
  for (const id of store.importedIds) {
    if (storedIds.has(id) && !ids.has(id)) useAppStore.getState().removeImported(id);
  }
  storedIds.clear();
  for (const id of ids) storedIds.add(id);
  useAppStore.getState().setStoredProblems(problemsOf(all.value));
  await refreshRespondents(storage);
}

/**
 * Shows an imported dataset and saves it. The dataset is in the store (usable) even when saving
 * fails; the failure is shown with a backup download, and stored data is never deleted to make room.
 */
export async function saveImported(
  dataset: Dataset,
  /** The respondents of a response-level file: usable at once, stored with the dataset. */
  respondents?: ImportedResponses,
): Promise<{ ok: boolean; code?: string }> {
  const store = useAppStore.getState();
  if (respondents) rememberRespondents(dataset.id, respondents);
  store.putImported(dataset);
  if (!storage && hydration) await hydration;
  if (!storage) {
    store.setStorage({
      status: 'failed',
      code: 'UNAVAILABLE',
      detail: 'IndexedDB',
      datasetId: dataset.id,
    });
    return { ok: false, code: 'UNAVAILABLE' };
  }
  const saved = await storage.save(dataset, respondents);
  if (!saved.ok) {
    const issue = saved.issues[0];
    useAppStore.getState().setStorage({
      status: 'failed',
      code: issue?.code ?? 'FAILED',
      detail: describe(issue),
      datasetId: dataset.id,
    });
    return { ok: false, code: issue?.code ?? 'FAILED' };
  }
  storedIds.add(dataset.id);
  const persistence = await storage.requestPersistence();
  useAppStore.getState().setStorage({ status: 'ready', persisted: persistence === 'persisted' });
  return { ok: true };
}

/** Deletes an imported dataset from the store and the storage (the UI has asked for confirmation). */
export async function deleteImported(id: string): Promise<boolean> {
  const store = useAppStore.getState();
  if (storage) {
    const removed = await storage.remove(id);
    if (!removed.ok) {
      store.setStorage({
        status: 'failed',
        code: removed.issues[0]?.code ?? 'FAILED',
        detail: describe(removed.issues[0]),
      });
      return false;
    }
  }
  storedIds.delete(id);
  forgetRespondents(id);
  useAppStore.getState().removeImported(id);
  if (useAppStore.getState().view.ds === id) useAppStore.getState().select({ ds: 'bac-kan-dcci' });
  return true;
}

/** One JSON document with every imported dataset ("Back up all"); null when nothing can be read. */
export async function backupAll(): Promise<string | null> {
  if (!storage) return null;
  const backup = await storage.backupAll();
  return backup.ok ? backup.value : null;
}

/** Restores a backup; datasets already stored with newer content are kept (the report says which). */
export async function restoreBackup(
  json: string,
): Promise<{ ok: true; report: RestoreReport } | { ok: false; code: string }> {
  if (!storage) return { ok: false, code: 'UNAVAILABLE' };
  const restored = await storage.restore(json);
  if (!restored.ok) return { ok: false, code: restored.issues[0]?.code ?? 'FAILED' };
  await reloadFromStorage();
  return { ok: true, report: restored.value };
}

/**
 * A backup of the given in-memory datasets in the format "Restore" reads: offered when saving
 * failed, so it must not depend on IndexedDB.
 */
export function backupOfImported(datasets: readonly Dataset[]): Promise<string> {
  return backupOfDatasets(datasets);
}
