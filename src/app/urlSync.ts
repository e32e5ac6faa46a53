import { loadCatalogue } from '../i18n/i18n.ts';
import { catalogueEntry, DEFAULT_DATASET_ID } from '../state/catalogue.ts';
import { useAppStore } from '../state/store.ts';
import { decodeView, encodeView, type UrlNotice, type ViewState } from '../state/urlState.ts';

/**
 * The view state a query string asks for, as the app starts it (an unknown dataset is a notice
 * and the default dataset). Also the build's prerender of a link (src/build/prerenderApp.tsx).
 */
export function viewFromSearch(search: string): { view: ViewState; notices: UrlNotice[] } {
  const { state, notices } = decodeView(search);
  const known = (id: string) =>
    catalogueEntry(id) !== undefined || useAppStore.getState().datasets.has(id);
  if (state.ds !== null && known(state.ds)) return { view: state, notices };
  if (state.ds !== null) notices.push({ kind: 'invalid', param: 'ds', value: state.ds });
  return { view: { ...state, ds: DEFAULT_DATASET_ID }, notices };
}

const fromLocation = () => viewFromSearch(window.location.search);

/**
 * The one place that connects the store and the URL. At start the URL is decoded into the store;
 * afterwards the store is the source of truth and a single subscription writes the URL (a new
 * history entry for user changes, a replacement for filled-in defaults); back/forward decode the
 * URL again without writing it. Returns an unsubscribe function (tests).
 */
export function startUrlSync(): () => void {
  const initial = fromLocation();
  useAppStore.getState().restore(initial.view, initial.notices, 'replace');
  const write = () => {
    const { view, historyMode } = useAppStore.getState();
    const search = encodeView(view);
    if (search === window.location.search || historyMode === 'none') return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (historyMode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };
  write();
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.view !== prev.view) write();
  });
  const onPop = () => {
    const { view, notices } = fromLocation();
    const restore = () => useAppStore.getState().restore(view, notices, 'none');
    loadCatalogue(view.lang).then(restore, restore);
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
