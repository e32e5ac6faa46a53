import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { FRAGMENT_START } from './app/sharedFragment.ts';
import { loadConferenceAside } from './app/conferenceAside.ts';
import { startUrlSync } from './app/urlSync.ts';
import { loadCatalogue } from './i18n/i18n.ts';
import { catalogueEntry, ensureDatasetLoaded } from './state/catalogue.ts';
import { useAppStore } from './state/store.ts';
import './app/styles.css';
import './app/registerServiceWorker.ts';

const rootElement = document.getElementById('root') as HTMLElement;
// The build prerenders the default view into #root (src/build/prerender.ts); its boot script has
// hidden it before the first paint when the URL asks for something else.
const prerendered =
  rootElement.querySelector(':scope > [data-prerender]') !== null &&
  !document.documentElement.classList.contains('no-prerender');
/** How long the prerendered view waits for its data before the live app replaces it anyway: long
 * enough that a busy machine never hits it (the data is one small preloaded chunk), short enough
 * that a hung network does not leave the page with dead controls for long. */
const PRERENDER_WAIT_MS = 8000;
/** Resolves when the dataset is loaded or failed to load (the store says which). */
const datasetSettled = (id: string) =>
  new Promise<void>((resolve) => {
    const settled = () => {
      const status = useAppStore.getState().datasets.get(id)?.status;
      return status === 'ready' || status === 'error';
    };
    if (settled()) return resolve();
    const stop = useAppStore.subscribe(() => {
      if (!settled()) return;
      stop();
      resolve();
    });
  });
/** Whether the prerendered view's data is there: then the app hydrates it rather than replace it. */
const dataReady = () => {
  const { ds } = useAppStore.getState().view;
  return ds !== null && useAppStore.getState().datasets.get(ds)?.status === 'ready';
};
const render = () => {
  // Over the prerender with its data loaded, React hydrates the markup: the same view in the same
  // state (store.ts), so the painted elements stay (no repaint, no second largest paint) and React
  // attaches to them in short tasks. Where a part does not match (a saved dataset in the
  // header's list, the lazy province context), React renders that part anew: recovered, so a
  // warning, not an error. The marker attribute goes once the hydration has committed.
  if (prerendered && dataReady()) {
    hydrateRoot(
      rootElement,
      <StrictMode>
        <App
          prerendered
          onMounted={() => rootElement.firstElementChild?.removeAttribute('data-prerender')}
        />
      </StrictMode>,
      {
        onRecoverableError: (error) =>
          console.warn('The prerendered view was partly rendered anew:', error),
      },
    );
    return;
  }
  // Otherwise (no prerender, or its data failed or is late) the app renders into the root,
  // replacing whatever is there.
  createRoot(rootElement).render(
    <StrictMode>
      <App prerendered={prerendered} />
    </StrictMode>,
  );
};
// Imported datasets are read from IndexedDB by a lazy chunk, in parallel with the first paint of
// the bundled data; a link naming an imported dataset waits for them. Writes are queued until they
// are read (storage.ts). Messages are a lazy chunk per language, loaded before the first paint.
const persistence = import('./state/persistence.ts');
const hydrated = persistence
  .then((m) => m.hydrateFromStorage())
  .catch(() => useAppStore.getState().setStorage({ status: 'unavailable', detail: 'load failed' }));
// The conference summary is a chunk fetched now, in parallel; the first paint waits for it.
const conference = loadConferenceAside().catch(() => undefined);
const linkedDataset = new URLSearchParams(window.location.search).get('ds');
// A link naming a saved dataset waits until the storage has answered (not just its 4 s timeout).
const stored =
  linkedDataset !== null && catalogueEntry(linkedDataset) === undefined
    ? persistence.then((m) => m.storageSettled()).catch(() => undefined)
    : undefined;
// A link may carry its (imported) dataset in the fragment: it is in the store before the URL sync
// (unless a saved dataset has its id: the saved one wins, so the link waits for them).
// The code that reads it is a lazy chunk, loaded only for such a link.
const shared = window.location.hash.startsWith(FRAGMENT_START)
  ? import('./app/sharedDataset.ts')
      .then((m) => m.openSharedDataset(hydrated))
      .catch(() => undefined)
  : undefined;
void Promise.all([stored, shared]).then(() => {
  startUrlSync();
  // The data, the messages and the conference summary load in parallel; the first paint waits
  // for the messages and the summary.
  const { ds, lang } = useAppStore.getState().view;
  if (ds !== null) ensureDatasetLoaded(ds);
  // Over the prerender the first render also waits for the data: it must draw the same view. Not
  // for ever: the prerender's controls do nothing, so after PRERENDER_WAIT_MS the app takes over
  // with its loading placeholder (and the header, language and import work).
  const data =
    prerendered && ds !== null
      ? Promise.race([
          datasetSettled(ds),
          new Promise<void>((resolve) => setTimeout(resolve, PRERENDER_WAIT_MS)),
        ])
      : undefined;
  Promise.all([loadCatalogue(lang), conference, data]).then(render, render);
});
