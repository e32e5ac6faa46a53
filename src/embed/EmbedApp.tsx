import { createElement, Suspense, useEffect, useRef } from 'react';
import { BUNDLED, ensureDatasetLoaded } from '../state/catalogue.ts';
import { useDatasetEntry, useSelect, useView } from '../state/hooks.ts';
import { encodeView } from '../state/urlState.ts';
import { AVAILABLE_VIEWS, screenFor } from '../views/registry.ts';
import { screenView } from '../views/screenProps.ts';
import { useT } from '../views/useT.ts';
import { translate, type Lang } from '../i18n/i18n.ts';
import { ViewErrorBoundary } from '../ui/ViewErrorBoundary.tsx';
import { postHeight } from './height.ts';

/**
 * One chart alone (embed.html): the view's screen with only its first chart frame visible (title,
 * subtitle, chart, source, notes and the watermark of illustrative data; CSS hides the rest),
 * a link to the full dashboard, and the page's height posted to the parent on every resize.
 */
export function EmbedApp() {
  const view = useView();
  const select = useSelect();
  const t = useT();
  const lang = view.lang;
  const entry = useDatasetEntry(view.ds);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    if (view.ds) ensureDatasetLoaded(view.ds);
  }, [view.ds]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => postHeight(el));
    observer.observe(el);
    postHeight(el);
    return () => observer.disconnect();
  }, []);

  const dataset = entry?.status === 'ready' ? entry.dataset : null;
  const activeView = AVAILABLE_VIEWS.includes(view.view) ? view.view : 'ranking';
  const resolved = dataset === null ? null : screenView({ ...view, view: activeView }, dataset);
  const ready = resolved !== null;
  const full = `./${encodeView({ ...view, embed: false })}`;
  useEffect(() => {
    if (dataset) document.title = dataset.title[lang];
  }, [dataset, lang]);

  return (
    <main ref={ref} className="embed" aria-busy={!ready}>
      {entry?.status === 'error' ? (
        <p role="alert" className="error">
          {t('export.embedUnavailable')}
        </p>
      ) : resolved !== null && dataset !== null ? (
        // As in the dashboard: a chart that throws says so, with a way back to the dataset's
        // ranking, instead of leaving the host page a blank frame.
        <ViewErrorBoundary
          resetKey={`${activeView}|${view.ds}|${view.year}|${view.group}`}
          message={t('app.viewFailed')}
          backLabel={t('app.viewFailedBack')}
          onBack={() => select({ view: 'ranking' })}
        >
          <Suspense fallback={<p className="loading">{t('export.embedLoading')}</p>}>
            {createElement(screenFor(activeView), {
              dataset,
              view: resolved,
              lang,
              t,
              onSelect: select,
            })}
          </Suspense>
        </ViewErrorBoundary>
      ) : (
        <p className="loading">{t('export.embedLoading')}</p>
      )}
      {BUNDLED.some((b) => b.id === view.ds) || ready ? (
        <p className="embed__link">
          <a href={full} target="_blank" rel="noopener">
            {t('export.embedOpen')}
          </a>
        </p>
      ) : null}
    </main>
  );
}

/** The page for a `ds=` that is neither bundled, in the embed code's fragment, nor stored here. */
export function EmbedUnavailable({ lang }: { readonly lang: Lang }) {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <main className="embed">
      <p role="alert" className="error">
        {translate(lang, 'export.embedUnavailable')}
      </p>
    </main>
  );
}
