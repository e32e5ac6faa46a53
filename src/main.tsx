import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { openSharedDataset } from './app/sharedDataset.ts';
import { startUrlSync } from './app/urlSync.ts';
import { loadCatalogue } from './i18n/i18n.ts';
import { catalogueEntry, ensureDatasetLoaded } from './state/catalogue.ts';
import { useAppStore } from './state/store.ts';
import './app/styles.css';
import './app/registerServiceWorker.ts';

const render = () =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// Imported datasets are read from IndexedDB by a lazy chunk, in parallel with the first paint of
// the bundled data; a link naming an imported dataset waits for them. Writes are queued until they
// are read (storage.ts). Messages are a lazy chunk per language, loaded before the first paint.
const hydrated = import('./state/persistence.ts')
  .then((m) => m.hydrateFromStorage())
  .catch(() => useAppStore.getState().setStorage({ status: 'unavailable', detail: 'load failed' }));
const linkedDataset = new URLSearchParams(window.location.search).get('ds');
const needsStored = linkedDataset !== null && catalogueEntry(linkedDataset) === undefined;
// A link may carry its (imported) dataset in the fragment: it is in the store before the URL sync
// (unless a saved dataset has its id: the saved one wins, so the link waits for them).
const shared = openSharedDataset(hydrated);
void Promise.all([needsStored ? hydrated : undefined, shared]).then(() => {
  startUrlSync();
  // The data and the messages load in parallel; the first paint waits for the messages only.
  const { ds, lang } = useAppStore.getState().view;
  if (ds !== null) ensureDatasetLoaded(ds);
  loadCatalogue(lang).then(render, render);
});
