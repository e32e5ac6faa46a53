import type { ImportedResponses } from '../domain/respondents.ts';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Dataset } from '../domain/types.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import { BUNDLED, ensureDatasetLoaded } from '../state/catalogue.ts';
import { useAppStore, type StorageState } from '../state/store.ts';
import { downloadText } from '../export/download.ts';
import { backupFileName } from '../export/fileName.ts';
import type { ImportSource } from '../views/import/ImportDialog.tsx';
import { importedSelection } from './importedSelection.ts';
import { useWindowDrop } from './useWindowDrop.ts';

// Both dialogs load on first use: most visits only read the bundled data.
const ImportDialog = lazy(() =>
  import('../views/import/ImportDialog.tsx').then((m) => ({ default: m.ImportDialog })),
);
const MyDataDialog = lazy(() =>
  import('../views/MyDataDialog.tsx').then((m) => ({ default: m.MyDataDialog })),
);

// Read when this module loads, before the URL sync rewrites the address without it (no window:
// the build's prerender, src/build/prerender.ts).
const LAUNCH_CSV =
  typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('csv');

/** `?csv=<path>` opens a file served by this origin in the import dialog, once, at start. */
function csvFromUrl(): { key: number; source: ImportSource } | null {
  const csv = LAUNCH_CSV;
  return csv
    ? { key: 1, source: { kind: 'url', url: new URL(csv, window.location.href).href } }
    : null;
}

/** The datasets an import may be added to (every loaded one), and the imported ones. */
function useLoadedDatasets() {
  const importedIds = useAppStore((s) => s.importedIds);
  const datasets = useAppStore((s) => s.datasets);
  // Every loaded dataset (bundled and imported) can receive another year or group.
  const targets = useMemo(
    () => [...datasets.values()].flatMap((e) => (e.status === 'ready' ? [e.dataset] : [])),
    [datasets],
  );
  const imported = useMemo(
    () =>
      importedIds.flatMap((id) => {
        const e = datasets.get(id);
        return e?.status === 'ready' ? [e.dataset] : [];
      }),
    [importedIds, datasets],
  );
  return { targets, imported };
}

/** Saving failed (with a backup to download), or imports are not kept after this tab. */
function StorageBanners({
  storage,
  imported,
  t,
}: {
  storage: StorageState;
  imported: readonly Dataset[];
  t: Translate;
}) {
  return (
    <>
      {storage.status === 'failed' ? (
        <div role="alert" className="banner banner--error">
          {t('storage.failed', { detail: storage.detail })}{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void downloadImported(imported)}
          >
            {t('storage.downloadBackup')}
          </button>
        </div>
      ) : null}
      {storage.status === 'unavailable' && imported.length > 0 ? (
        <div role="note" className="banner banner--warning">
          {t('storage.unavailable')}
        </div>
      ) : null}
    </>
  );
}

/**
 * Everything about bringing a user's data in: the import dialog (file picker, drop anywhere on
 * the page, pasted tables, `?csv=<same-origin path>`), "My data", and the storage status banner.
 */
export function useImportFlow(t: Translate, lang: Lang) {
  // `key` remounts the import dialog for every new source, so it starts from a clean state.
  const [pending, setPending] = useState<{ key: number; source: ImportSource } | null>(csvFromUrl);
  const setSource = useCallback(
    (source: ImportSource | null) =>
      setPending((p) => (source ? { key: (p?.key ?? 0) + 1, source } : null)),
    [],
  );
  const [myDataOpen, setMyDataOpen] = useState(false);
  const storage = useAppStore((s) => s.storage);
  const storedProblems = useAppStore((s) => s.storedProblems);
  const select = useAppStore((s) => s.select);

  const { targets, imported } = useLoadedDatasets();
  useEffect(() => {
    if (pending !== null) for (const b of BUNDLED) ensureDatasetLoaded(b.id);
  }, [pending]);

  const openFile = useCallback((file: File) => setSource({ kind: 'file', file }), [setSource]);
  const dragging = useWindowDrop(openFile);

  const confirm = useCallback(
    (
      dataset: Dataset,
      shown: { year: number | null; unitIds: readonly string[] },
      respondents?: ImportedResponses,
    ) => {
      setSource(null);
      setMyDataOpen(false);
      saveImported(dataset, respondents);
      // Open what the file brought: its latest year, in the group of its units.
      select(importedSelection(dataset, shown));
    },
    [select, setSource],
  );

  const element: ReactNode = (
    <>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          {t('import.dropOverlay')}
        </div>
      ) : null}
      <StorageBanners storage={storage} imported={imported} t={t} />
      <Suspense fallback={null}>
        {pending !== null ? (
          <ImportDialog
            key={pending.key}
            source={pending.source}
            t={t}
            lang={lang}
            onCancel={() => setSource(null)}
            onConfirm={confirm}
            targets={targets}
          />
        ) : null}
        {myDataOpen ? (
          <MyDataDialog
            problems={storedProblems}
            open={myDataOpen}
            onClose={() => setMyDataOpen(false)}
            t={t}
            lang={lang}
            datasets={imported}
            onOpenDataset={(id) => {
              setMyDataOpen(false);
              select({ ds: id });
            }}
            onPaste={(text) => {
              setMyDataOpen(false);
              setSource({ kind: 'text', text });
            }}
          />
        ) : null}
      </Suspense>
    </>
  );

  return {
    imported,
    openFile,
    openMyData: () => setMyDataOpen(true),
    element,
  };
}

/**
 * The backup offered when saving failed: every dataset this tab holds (stored or not), in the
 * same format "Restore" reads, so the work of this session is never lost.
 */
async function downloadImported(imported: readonly Dataset[]) {
  const { backupOfImported } = await import('../state/persistence.ts');
  downloadText(backupFileName(), await backupOfImported(imported), 'application/json');
}

/** Shown at once; saved by the storage code, a lazy chunk (not needed for the bundled data). */
function saveImported(dataset: Dataset, respondents?: ImportedResponses) {
  useAppStore.getState().putImported(dataset);
  import('../state/persistence.ts')
    .then((m) => m.saveImported(dataset, respondents))
    .catch((err: unknown) =>
      useAppStore.getState().setStorage({
        status: 'failed',
        code: 'FAILED',
        detail: err instanceof Error ? err.message : String(err),
        datasetId: dataset.id,
      }),
    );
}
