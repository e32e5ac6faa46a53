import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { startUrlSync } from './app/urlSync.ts';
import { loadCatalogue } from './i18n/i18n.ts';
import { catalogueEntry } from './state/catalogue.ts';
import { useAppStore } from './state/store.ts';
import './app/styles.css';

const render = () =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// Imported datasets are read from IndexedDB by a lazy chunk, in parallel with the first paint of
// the bundled data; a link naming an imported dataset waits for them. Writes are queued until they
// are read (storage.ts). English messages are a lazy chunk, loaded before an English first paint.
const hydrated = import('./state/persistence.ts')
  .then((m) => m.hydrateFromStorage())
  .catch(() => useAppStore.getState().setStorage({ status: 'unavailable', detail: 'load failed' }));
const linkedDataset = new URLSearchParams(window.location.search).get('ds');
const needsStored = linkedDataset !== null && catalogueEntry(linkedDataset) === undefined;
void (needsStored ? hydrated : Promise.resolve()).then(() => {
  startUrlSync();
  loadCatalogue(useAppStore.getState().view.lang).then(render, render);
});
