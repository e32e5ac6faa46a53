import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { FRAGMENT_START } from './app/sharedFragment.ts';
import { replayEarlyInput, takeEarlyInput, type EarlyRecord } from './app/earlyInput.ts';
import { CONFERENCE_DATASET, loadConferenceAside } from './app/conferenceAside.ts';
import { startUrlSync } from './app/urlSync.ts';
import { loadCatalogue } from './i18n/i18n.ts';
import { catalogueEntry, datasetSettled, ensureDatasetLoaded } from './state/catalogue.ts';
import type * as Persistence from './state/persistence.ts';
import { useAppStore } from './state/store.ts';
import { preloadScreen } from './views/registry.ts';
import { markPrerendered, setAssumedWidth } from './ui/useWidth.ts';
import './app/styles.css';
// The views prerendered behind links (src/build/prerender.ts: PRERENDERED_LINKS) paint before any
// script has run, so their stylesheets come with the app's, not with their lazy screens.
import './views/scorecard/scorecard.css';
import './views/subindices/legend.css';
import './views/map/map.css';
import './app/registerServiceWorker.ts';

const rootElement = document.getElementById('root') as HTMLElement;
// The build prerenders the default view into #root (src/build/prerender.ts), and a few links'
// views and the drawings of all of them at other widths into templates. Before the first paint its
// boot script has put the URL's view, drawn for the chart box, into #root, or hidden the default
// view when the URL asks for other data ('no-prerender'), or all of it but the frame (header,
// banner) for another view of the same data ('prerender-shell').
const classes = document.documentElement.classList;
// The prerendered view on screen was drawn for this width (the drawing the boot script chose for
// the chart box): the first render assumes it, so hydration matches (prerender.ts: CHART_WIDTH_ATTR).
setAssumedWidth(Number(document.documentElement.getAttribute('data-chart-width')) || null);
const painted =
  rootElement.querySelector(':scope > [data-prerender]') !== null &&
  !classes.contains('no-prerender');
/**
 * 'view': the asked view is prerendered: hydrated once its data is there. 'frame': only its frame
 * is on screen: replaced once the asked view can be drawn with its data, in one render (no loading
 * placeholder in between). 'none': the app renders into an empty root.
 */
const prerender: 'view' | 'frame' | 'none' = !painted
  ? 'none'
  : classes.contains('prerender-shell')
    ? 'frame'
    : 'view';
/** How long a prerendered view or frame waits for its data before the live app replaces it anyway:
 * long enough that a busy machine never hits it (the data is one small preloaded chunk), short
 * enough that a hung network does not leave the page with dead controls for long. */
const PRERENDER_WAIT_MS = 8000;
/** Whether the URL's dataset is there (then a prerendered view can be hydrated). */
const dataReady = () => {
  const { ds } = useAppStore.getState().view;
  return ds !== null && useAppStore.getState().datasets.get(ds)?.status === 'ready';
};
// Saved (imported) datasets are read from IndexedDB by a lazy chunk. Only a link that names one,
// or carries one in its fragment, needs them before the first render; otherwise they are read
// once the first render is committed, so their code does not compete with the view's on a slow
// connection. Writes are queued until they are read (storage.ts).
let storageModule: Promise<typeof Persistence> | undefined;
const persistence = () => (storageModule ??= import('./state/persistence.ts'));
let storageRead: Promise<void> | undefined;
const readStorage = () =>
  (storageRead ??= persistence()
    .then((m) => m.hydrateFromStorage())
    .catch(() =>
      useAppStore.getState().setStorage({ status: 'unavailable', detail: 'load failed' }),
    ));
/** The page works without the conference summary, but the prerender has it: no hydration then. */
let conferenceFailed = false;
/** Input given to the prerendered page before hydration started (from then React answers it). */
let earlyInput: EarlyRecord | null | undefined;
const mounted = () => {
  rootElement.firstElementChild?.removeAttribute('data-prerender');
  // The prerendered views and drawings not shown (inert markup, no longer needed).
  for (const t of document.querySelectorAll('body > template[id^="prerender-"]')) t.remove();
  // What the user did before the app ran is done now, once the page is live (earlyInput.ts).
  void replayEarlyInput(earlyInput === undefined ? takeEarlyInput() : earlyInput);
  earlyInput = null;
  void readStorage();
};
const render = () => {
  // Over the prerendered view with its data (and conference summary) loaded, React hydrates the
  // markup: the same view in the same state (store.ts), so the painted elements stay (no repaint,
  // no second largest paint) and React attaches to them in short tasks. A mismatch would make
  // React render the whole root anew: it is reported as an error (the browser tests fail on it).
  // The marker attribute goes once the hydration has committed.
  if (prerender === 'view' && dataReady() && !conferenceFailed) {
    // From here React answers input on the page itself (hydrating first where it lands).
    earlyInput = takeEarlyInput();
    // Its charts are drawn already: measured after the browser's next layout (useWidth.ts).
    markPrerendered(rootElement.querySelectorAll('.chart-frame__body'));
    // As a transition, React hydrates in short slices (≈ 5 ms each) instead of one task of
    // 100–200 ms at a phone's speed; input on the page meanwhile makes React hydrate where it
    // lands first, then act on it.
    startTransition(() => {
      hydrateRoot(
        rootElement,
        <StrictMode>
          <App prerendered onMounted={mounted} />
        </StrictMode>,
        {
          onRecoverableError: (error) =>
            console.error('The prerendered view did not match; rendered anew:', error),
        },
      );
    });
    return;
  }
  // Otherwise the app renders into the root, replacing whatever is there. Over a prerendered
  // frame (or a view whose data was late) the view is drawn at once with its data, as a
  // transition: React splits the render into short tasks and the frame stays until it commits.
  const root = createRoot(rootElement);
  const app = (
    <StrictMode>
      <App prerendered={prerender !== 'none'} onMounted={mounted} />
    </StrictMode>
  );
  if (prerender === 'none') root.render(app);
  else startTransition(() => root.render(app));
};
const linkedDataset = new URLSearchParams(window.location.search).get('ds');
// A link naming a saved dataset waits until the storage has answered (not just its 4 s timeout).
const stored =
  linkedDataset !== null && catalogueEntry(linkedDataset) === undefined
    ? persistence()
        .then((m) => m.storageSettled())
        .catch(() => undefined)
    : undefined;
// A link may carry its (imported) dataset in the fragment: it is in the store before the URL sync
// (unless a saved dataset has its id: the saved one wins, so the link waits for them).
// The code that reads it is a lazy chunk, loaded only for such a link.
const shared = window.location.hash.startsWith(FRAGMENT_START)
  ? import('./app/sharedDataset.ts')
      .then((m) => m.openSharedDataset(readStorage()))
      .catch(() => undefined)
  : undefined;
void Promise.all([stored, shared]).then(() => {
  startUrlSync();
  // The data, the messages and the conference summary (for its dataset only) load in parallel;
  // the first paint waits for the messages and the summary.
  const { ds, lang } = useAppStore.getState().view;
  if (ds !== null) ensureDatasetLoaded(ds);
  const conference =
    ds === CONFERENCE_DATASET
      ? loadConferenceAside().catch(() => {
          conferenceFailed = true;
        })
      : undefined;
  // Over a prerendered view or frame the first render also waits for the data: it draws the view
  // at once. Not for ever: the prerender's controls do nothing, so after PRERENDER_WAIT_MS the app
  // takes over with its loading placeholder (and the header, language and import work).
  const data =
    prerender !== 'none' && ds !== null
      ? Promise.race([
          datasetSettled(ds),
          new Promise<void>((resolve) => setTimeout(resolve, PRERENDER_WAIT_MS)),
        ])
      : undefined;
  // Over a prerendered view or frame, the view's screen too (a lazy chunk, asked for by the boot
  // script): hydration draws the screen itself, not a Suspense placeholder.
  const screen =
    prerender !== 'none'
      ? preloadScreen(useAppStore.getState().view.view).catch(() => undefined)
      : undefined;
  Promise.all([loadCatalogue(lang), conference, data, screen]).then(render, render);
});
