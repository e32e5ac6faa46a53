import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startUrlSync } from '../app/urlSync.ts';
import { loadCatalogue } from '../i18n/i18n.ts';
import { catalogueEntry, ensureDatasetLoaded } from '../state/catalogue.ts';
import { useAppStore } from '../state/store.ts';
import { EmbedApp } from './EmbedApp.tsx';
import '../app/styles.css';

// The chart-only entry page (embed.html, CONTRACTS.md `embed=1`): the same URL codec, store and
// screens as the dashboard, without header, tabs or side panel. A link to a dataset imported in
// this browser reads it from local storage first (in a third-party iframe that storage is
// usually partitioned, so such a link shows the "cannot be shown" message instead).
//
// Hosting: embed.html gets the same Content-Security-Policy as the dashboard (shipped as a <meta>
// by the build), but — unlike index.html, which hosts serve with `frame-ancestors 'none'` — it
// must be frameable: send `frame-ancestors *` (or the outlets' origins) for embed.html only,
// with `X-Content-Type-Options: nosniff` and `Referrer-Policy: no-referrer`.
const render = () =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <EmbedApp />
    </StrictMode>,
  );
const linkedDataset = new URLSearchParams(window.location.search).get('ds');
const needsStored = linkedDataset !== null && catalogueEntry(linkedDataset) === undefined;
const hydrated = needsStored
  ? import('../state/persistence.ts').then((m) => m.hydrateFromStorage()).catch(() => undefined)
  : Promise.resolve();
void hydrated.then(() => {
  startUrlSync();
  const { ds, lang } = useAppStore.getState().view;
  if (ds !== null) ensureDatasetLoaded(ds);
  loadCatalogue(lang).then(render, render);
});
