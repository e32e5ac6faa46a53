import { renderToString } from 'react-dom/server';
import { App } from '../app/App.tsx';
import { loadConferenceAside } from '../app/conferenceAside.ts';
import { loadCatalogue } from '../i18n/i18n.ts';
import { DEFAULT_DATASET_ID, ensureDatasetLoaded } from '../state/catalogue.ts';
import { useAppStore } from '../state/store.ts';
import { DEFAULT_VIEW_STATE, encodeView } from '../state/urlState.ts';
import type { ViewDefaults } from './prerender.ts';

/**
 * The default view (`/`: the bundled default dataset, Vietnamese, Ranking) rendered to HTML at
 * build time, in Node, by the app's own components with the state a visit starts with (data,
 * messages, conference summary and the bundled statistics loaded, as in the browser's first
 * render). `searches` are the query strings the app writes for that state once it runs (first
 * with the dataset only, then with its defaults filled in), so a reload
 * of the rewritten URL is recognised as the same view (src/build/prerender.ts).
 */
export async function prerenderDefaultView(): Promise<{
  html: string;
  searches: string[];
  defaults: ViewDefaults;
}> {
  const store = useAppStore.getState();
  store.restore({ ...DEFAULT_VIEW_STATE, ds: DEFAULT_DATASET_ID }, [], 'none');
  ensureDatasetLoaded(DEFAULT_DATASET_ID);
  await Promise.all([
    loadCatalogue(DEFAULT_VIEW_STATE.lang),
    loadConferenceAside(),
    new Promise<void>((resolve, reject) => {
      const check = () => {
        const entry = useAppStore.getState().datasets.get(DEFAULT_DATASET_ID);
        if (entry?.status === 'ready') resolve();
        else if (entry?.status === 'error') reject(new Error(entry.message));
        else return false;
        return true;
      };
      if (check()) return;
      const stop = useAppStore.subscribe(() => {
        if (check()) stop();
      });
    }),
  ]);
  // The store's server snapshot is its current state (store.ts), so this renders the state set up above.
  const { view } = useAppStore.getState();
  return {
    html: renderToString(<App prerendered />),
    searches: [encodeView({ ...DEFAULT_VIEW_STATE, ds: DEFAULT_DATASET_ID }), encodeView(view)],
    defaults: {
      ds: DEFAULT_DATASET_ID,
      lang: DEFAULT_VIEW_STATE.lang,
      year: String(view.year ?? ''),
      group: view.group ?? '',
    },
  };
}
