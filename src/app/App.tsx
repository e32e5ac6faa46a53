import {
  createElement,
  lazy,
  Suspense,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { DatasetMeta } from '../domain/meta.ts';
import { BUNDLED, catalogueEntry, ensureDatasetLoaded, loadMeta } from '../state/catalogue.ts';
import {
  useDatasetEntry,
  useDismissNotices,
  useNotices,
  useSelect,
  useView,
} from '../state/hooks.ts';
import type { ViewId } from '../state/urlState.ts';
import { DatasetPanel } from '../views/DatasetPanel.tsx';
import { Header } from '../views/Header.tsx';
import { AVAILABLE_VIEWS, screenFor } from '../views/registry.ts';
import { screenView } from '../views/screenProps.ts';
import { useT } from '../views/useT.ts';
import { Banner } from '../ui/Banner.tsx';
import { Tabs } from '../ui/Tabs.tsx';
import { ViewErrorBoundary } from '../ui/ViewErrorBoundary.tsx';
import { ConferenceSlot } from './conferenceAside.ts';
import { Notices } from './Notices.tsx';
import { useImportFlow } from './ImportFlow.tsx';
import './print.css';

// Below the conference summary; a lazy chunk so it does not delay the first chart.
const ProvinceContext = lazy(() =>
  import('../views/ProvinceContext.tsx').then((m) => ({ default: m.ProvinceContext })),
);

// Opened from the header or the footer only: loaded on the first opening, then kept mounted (the
// native dialog returns focus to its opener when it closes).
const AboutDialog = lazy(() =>
  import('../views/AboutDialog.tsx').then((m) => ({ default: m.AboutDialog })),
);

const isIllustrative = (id: string) => catalogueEntry(id)?.illustrative ?? false;
/**
 * The conference summary and "Bắc Kạn in the PCI" belong to Bắc Kạn's DCCI: beside PCI or an
 * import they would speak about data that is not on the screen.
 */
const PANELS_DATASET = 'bac-kan-dcci';
/** Where "back to the default view" goes after a view failed: the first bundled dataset. */
const DEFAULT_DATASET = BUNDLED[0]?.id ?? null;

export interface AppProps {
  /**
   * The first render replaces the build's prerendered default view (src/build/prerender.ts), or
   * is that prerender: the view is rendered at once with its data (already loaded), not after a
   * placeholder, so the replacement shows the same markup (no flash, no shift).
   */
  readonly prerendered?: boolean;
}

export function App({ prerendered = false }: AppProps) {
  const view = useView();
  const select = useSelect();
  const t = useT();
  const lang = view.lang;
  const entry = useDatasetEntry(view.ds);
  const notices = useNotices();
  const dismissNotices = useDismissNotices();
  const [aboutOpen, setAboutOpen] = useState(false);
  const [aboutLoaded, setAboutLoaded] = useState(false);
  const [metas, setMetas] = useState<readonly DatasetMeta[]>([]);
  const openAbout = () => {
    setAboutLoaded(true);
    setAboutOpen(true);
  };
  const importFlow = useImportFlow(t, lang);
  const datasetChoices = useMemo(
    () => [...BUNDLED, ...importFlow.imported.map((d) => ({ id: d.id as string, title: d.title }))],
    [importFlow.imported],
  );

  useEffect(() => {
    // "About the data" needs every bundled dataset's metadata; fetch it only when asked for.
    if (!aboutOpen || metas.length > 0) return;
    let live = true;
    Promise.all(BUNDLED.map(loadMeta))
      .then((loaded) => live && setMetas(loaded))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [aboutOpen, metas.length]);

  useEffect(() => {
    if (view.ds) ensureDatasetLoaded(view.ds);
  }, [view.ds]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const dataset = entry?.status === 'ready' ? entry.dataset : null;
  // A view's first render with newly loaded data (chart, intervals and table at once) is long:
  // it runs as a deferred render, which React splits into short tasks (the page stays
  // responsive; the placeholder stays until it is done). Also on mount (initial value null): the
  // bundled data can now be in the store before the first render, which must still paint the
  // frame and banner at once instead of waiting for the chart.
  const shownDataset = useDeferredValue(dataset, prerendered ? dataset : null);
  const activeView: ViewId = AVAILABLE_VIEWS.includes(view.view) ? view.view : 'ranking';
  const resolved = useMemo(
    () => (dataset === null ? null : screenView({ ...view, view: activeView }, dataset)),
    [view, activeView, dataset],
  );
  // The same element while the view's inputs are the same: a store change that is not about the
  // view (storage status, saved datasets, notices) does not re-render the chart and table.
  // Screens are module-level constants from the registry, so identity is stable across renders.
  const screen = useMemo(
    () =>
      dataset === null || resolved === null
        ? null
        : createElement(screenFor(activeView), {
            dataset,
            view: resolved,
            lang,
            t,
            onSelect: select,
          }),
    [activeView, dataset, resolved, lang, t, select],
  );
  const ready = resolved !== null && shownDataset === dataset;
  // Before the data arrives, the catalogue already knows whether a bundled dataset is illustrative.
  const illustrative = dataset?.illustrative ?? (view.ds !== null && isIllustrative(view.ds));
  // Holds the view's place while its data or code loads: on a phone the conference summary below
  // stays put instead of being pushed down when the view arrives (layout shift).
  const placeholder = (
    <div className="view-placeholder" aria-busy="true">
      <p className="loading">{t('app.loading')}</p>
    </div>
  );

  // Memoised like the screen: the conference summary is long to render and not about storage.
  const side = useMemo(() => {
    return view.ds !== PANELS_DATASET ? (
      dataset ? (
        <DatasetPanel dataset={dataset} t={t} lang={lang} />
      ) : null
    ) : (
      <>
        <ConferenceSlot
          t={t}
          lang={lang}
          view={view}
          isIllustrative={isIllustrative}
          onOpen={select}
        />
        <Suspense fallback={null}>
          <ProvinceContext t={t} lang={lang} onOpen={select} />
        </Suspense>
      </>
    );
  }, [view, dataset, t, lang, select]);

  useEffect(() => {
    if (dataset) document.title = `${dataset.title[lang]} · ${t('app.title')}`;
  }, [dataset, lang, t]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header
        t={t}
        lang={lang}
        view={view}
        datasets={datasetChoices}
        dataset={dataset}
        onSelect={select}
        onAbout={openAbout}
        onImportFile={importFlow.openFile}
        onMyData={importFlow.openMyData}
      />
      {importFlow.element}
      {illustrative ? (
        <Banner title={t('banner.illustrative')}>{t('banner.illustrativeDetail')}</Banner>
      ) : null}
      <Notices notices={notices} t={t} onDismiss={dismissNotices} />
      <div className="layout">
        <main id="main" className="layout__main" tabIndex={-1}>
          <Tabs
            label={t('tabs.label')}
            items={AVAILABLE_VIEWS.map((v) => ({ id: v, label: t(`view.${v}`) }))}
            selected={activeView}
            onSelect={(id) => select({ view: id as ViewId })}
            panelId="view-panel"
          />
          <div id="view-panel" role="tabpanel" aria-labelledby={`tab-${activeView}`}>
            {entry?.status === 'error' ? (
              <p role="alert" className="error">
                {t('app.loadError', {
                  name: catalogueEntry(view.ds)?.title[lang] ?? view.ds ?? '',
                  reason: entry.message,
                })}
              </p>
            ) : ready && dataset !== null ? (
              <ViewErrorBoundary
                resetKey={`${activeView}|${view.ds}|${view.year}|${view.group}`}
                message={t('app.viewFailed')}
                backLabel={t('app.viewFailedBack')}
                onBack={() => select({ ds: DEFAULT_DATASET, view: 'ranking' })}
              >
                <Suspense fallback={placeholder}>{screen}</Suspense>
              </ViewErrorBoundary>
            ) : (
              placeholder
            )}
          </div>
        </main>
        <aside className="layout__side">{side}</aside>
      </div>
      <footer className="app-footer">
        <p>{t('footer.privacy')}</p>
        <button type="button" className="linklike" onClick={openAbout}>
          {t('footer.about')}
        </button>
      </footer>
      {aboutLoaded ? (
        <Suspense fallback={null}>
          <AboutDialog
            open={aboutOpen}
            onClose={() => setAboutOpen(false)}
            t={t}
            lang={lang}
            datasets={metas}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
