import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import type { Dataset } from '../domain/types.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import type { ViewId, ViewState } from '../state/urlState.ts';
import { AVAILABLE_VIEWS } from '../views/registry.ts';
import { screenView } from '../views/screenProps.ts';

/**
 * The tab shown (an unavailable `view=` falls back to the ranking), the selection resolved for
 * the dataset, and whether the screen may render.
 */
export function useShownView(view: ViewState, dataset: Dataset | null, prerendered = false) {
  // A view's first render with newly loaded data (chart, intervals and table at once) is long:
  // it runs as a deferred render, which React splits into short tasks (the page stays
  // responsive; the placeholder stays until it is done). Also on mount (initial value null): the
  // bundled data can now be in the store before the first render, which must still paint the
  // frame and banner at once instead of waiting for the chart — unless it replaces the
  // prerendered view, which must show the same markup at once (no placeholder in between).
  const shownDataset = useDeferredValue(dataset, prerendered ? dataset : null);
  const activeView: ViewId = AVAILABLE_VIEWS.includes(view.view) ? view.view : 'ranking';
  // The same object while the view's inputs are the same, so the memoised panel keeps its render.
  const resolved = useMemo(
    () => (dataset === null ? null : screenView({ ...view, view: activeView }, dataset)),
    [view, activeView, dataset],
  );
  const ready = resolved !== null && shownDataset === dataset;
  return { activeView, resolved, ready };
}

/** The document's language and title follow the UI language and the dataset shown. */
export function useDocumentMeta(dataset: Dataset | null, lang: Lang, t: Translate) {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    if (dataset) document.title = `${dataset.title[lang]} · ${t('app.title')}`;
  }, [dataset, lang, t]);
}

/** Calls `callback` (the one of the first render) once, after the first commit. */
export function useOnMounted(callback: (() => void) | undefined) {
  const first = useRef(callback);
  useEffect(() => {
    first.current?.();
  }, []);
}
