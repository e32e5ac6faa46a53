import { renderToString } from 'react-dom/server';
import { App } from '../app/App.tsx';
import { CONFERENCE_DATASET, loadConferenceAside } from '../app/conferenceAside.ts';
import { loadCatalogue } from '../i18n/i18n.ts';
import { datasetSettled, ensureDatasetLoaded } from '../state/catalogue.ts';
import { useAppStore } from '../state/store.ts';
import { viewFromSearch } from '../app/urlSync.ts';
import { encodeView } from '../state/urlState.ts';
import { preloadScreen } from '../views/registry.ts';
import { setAssumedWidth } from '../ui/useWidth.ts';
import type { ViewDefaults } from './prerender.ts';

/** One view rendered at build time (src/build/prerender.ts). */
export interface RenderedView {
  readonly html: string;
  /** The query strings that ask for this view: as given, and as the app rewrites it once it runs. */
  readonly searches: string[];
  /** Its dataset, language, year and group (the frame other views of the same data share). */
  readonly defaults: ViewDefaults;
}

/** A view set up in the store, ready to be rendered at any width (prepareView). */
export interface PreparedView {
  /** The view's HTML with its charts `width` px wide (null: their own fallbacks). */
  readonly render: (width: number | null) => RenderedView;
}

/**
 * The view a URL's query string asks for, set up to be rendered to HTML at build time, in Node, by
 * the app's own components with the state a visit to that URL starts with: the URL decoded as the
 * app decodes it (`viewFromSearch`), its data, messages, screen, the conference summary (with its
 * dataset) and the bundled statistics loaded, as in the browser's first render. `searches` are the
 * query string given and those the app writes for that state once it runs (first with the dataset
 * only, then with its defaults filled in), so a reload of the rewritten URL is recognised as the
 * same view. The store is one: render a view before preparing the next.
 */
export async function prepareView(search: string): Promise<PreparedView> {
  const { view: start, notices } = viewFromSearch(search);
  if (notices.length > 0 || start.ds === null)
    throw new Error(`prerender: "${search}" is not a clean link (${JSON.stringify(notices)})`);
  const ds = start.ds;
  const store = useAppStore.getState();
  store.restore(start, [], 'none');
  ensureDatasetLoaded(ds);
  await Promise.all([
    loadCatalogue(start.lang),
    preloadScreen(start.view),
    ds === CONFERENCE_DATASET ? loadConferenceAside() : undefined,
    datasetSettled(ds).then((settled) => {
      if (!settled.ok) throw new Error(settled.message);
    }),
  ]);
  // The store's server snapshot is its current state (store.ts), so this renders the state set up above.
  const { view } = useAppStore.getState();
  const searches = [...new Set([search, encodeView(start), encodeView(view)])];
  const defaults = {
    ds,
    lang: view.lang,
    year: String(view.year ?? ''),
    group: view.group ?? '',
  };
  return {
    render: (width) => {
      setAssumedWidth(width);
      try {
        return { html: renderToString(<App prerendered />), searches, defaults };
      } finally {
        setAssumedWidth(null);
      }
    },
  };
}
