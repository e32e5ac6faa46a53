import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startUrlSync } from '../app/urlSync.ts';
import { loadCatalogue, type Lang } from '../i18n/i18n.ts';
import { catalogueEntry, ensureDatasetLoaded } from '../state/catalogue.ts';
import { useAppStore } from '../state/store.ts';
import { decodeView } from '../state/urlState.ts';
import { EmbedApp, EmbedUnavailable } from './EmbedApp.tsx';
import '../app/styles.css';

// The chart-only entry page (embed.html, CONTRACTS.md `embed=1`): the same URL codec, store and
// screens as the dashboard, without header, tabs or side panel. A link to a dataset imported in
// this browser reads it from the link's fragment (embed codes made since issue 10 carry it), else
// from local storage (in a third-party iframe that storage is usually partitioned); a dataset
// found in neither shows the "cannot be shown" message, never the default dataset instead.
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
/** A `ds=` this page cannot show: the promised message, never another dataset in its place. */
const renderUnavailable = (lang: Lang) =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <EmbedUnavailable lang={lang} />
    </StrictMode>,
  );

/**
 * An embed of an imported dataset carries it in the fragment (`#d=2.…`, see storage/shareLink.ts),
 * checked like a shared link; a bundled dataset's id in it is refused. No notice, no saving.
 */
async function openFragment(): Promise<void> {
  if (!window.location.hash.startsWith('#d=')) return;
  const { decodeDatasetFragment } = await import('../storage/shareLink.ts');
  const r = await decodeDatasetFragment(window.location.hash);
  if (r.ok && catalogueEntry(r.value.id) === undefined) useAppStore.getState().putImported(r.value);
}

const linkedDataset = new URLSearchParams(window.location.search).get('ds');
const needsStored = linkedDataset !== null && catalogueEntry(linkedDataset) === undefined;
const loaded = needsStored
  ? openFragment()
      .catch(() => undefined)
      .then(() =>
        useAppStore.getState().datasets.has(linkedDataset)
          ? undefined
          : import('../state/persistence.ts').then((m) => m.storageSettled()),
      )
      .catch(() => undefined)
  : Promise.resolve();
void loaded.then(() => {
  if (needsStored && !useAppStore.getState().datasets.has(linkedDataset)) {
    // The URL sync would fall back to the default dataset: show the message instead.
    const lang = decodeView(window.location.search).state.lang;
    const show = () => renderUnavailable(lang);
    loadCatalogue(lang).then(show, show);
    return;
  }
  startUrlSync();
  const { ds, lang } = useAppStore.getState().view;
  if (ds !== null) ensureDatasetLoaded(ds);
  loadCatalogue(lang).then(render, render);
});
