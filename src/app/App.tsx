import { useEffect, useMemo } from 'react';
import { BUNDLED, catalogueEntry, ensureDatasetLoaded } from '../state/catalogue.ts';
import {
  useDatasetEntry,
  useDismissNotices,
  useNotices,
  useSelect,
  useView,
} from '../state/hooks.ts';
import type { Translate } from '../i18n/i18n.ts';
import type { ViewId } from '../state/urlState.ts';
import { Header } from '../views/Header.tsx';
import { AVAILABLE_VIEWS } from '../views/registry.ts';
import { useT } from '../views/useT.ts';
import { Banner } from '../ui/Banner.tsx';
import { Tabs } from '../ui/Tabs.tsx';
import { Notices } from './Notices.tsx';
import { useImportFlow } from './ImportFlow.tsx';
import { About, useAbout } from './About.tsx';
import { useDocumentMeta, useOnMounted, useShownView } from './shellHooks.ts';
import { SidePanel } from './SidePanel.tsx';
import { ViewPanel } from './ViewPanel.tsx';
import './print.css';

const isIllustrative = (id: string) => catalogueEntry(id)?.illustrative ?? false;

export interface AppProps {
  /**
   * The first render replaces the build's prerendered view (src/build/prerender.ts: the default
   * view or a prerendered link's) or its frame, or is that prerender: the view is rendered at
   * once with its data (already loaded), not after a placeholder, so the replacement shows the
   * same markup (no flash, no shift).
   */
  readonly prerendered?: boolean;
  /** Called once the first render is committed (main.tsx: the hydrated prerender drops its marker). */
  readonly onMounted?: () => void;
}

export function App({ prerendered = false, onMounted }: AppProps) {
  const view = useView();
  const select = useSelect();
  const t = useT();
  const lang = view.lang;
  const entry = useDatasetEntry(view.ds);
  const notices = useNotices();
  const dismissNotices = useDismissNotices();
  const about = useAbout();
  const importFlow = useImportFlow(t, lang);
  const datasetChoices = useMemo(
    () => [...BUNDLED, ...importFlow.imported.map((d) => ({ id: d.id as string, title: d.title }))],
    [importFlow.imported],
  );

  useEffect(() => {
    if (view.ds) ensureDatasetLoaded(view.ds);
  }, [view.ds]);
  useOnMounted(onMounted);

  const dataset = entry?.status === 'ready' ? entry.dataset : null;
  const { activeView, resolved, ready } = useShownView(view, dataset, prerendered);
  // Before the data arrives, the catalogue already knows whether a bundled dataset is illustrative.
  const illustrative = dataset?.illustrative ?? (view.ds !== null && isIllustrative(view.ds));

  useDocumentMeta(dataset, lang, t);

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
        onAbout={about.openAbout}
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
          <ViewPanel
            view={view}
            activeView={activeView}
            entry={entry}
            dataset={dataset}
            resolved={resolved}
            ready={ready}
            t={t}
            lang={lang}
            onSelect={select}
          />
        </main>
        <aside className="layout__side">
          <SidePanel
            view={view}
            dataset={dataset}
            isIllustrative={isIllustrative}
            t={t}
            lang={lang}
            onOpen={select}
          />
        </aside>
      </div>
      <Footer t={t} onAbout={about.openAbout} />
      <About about={about} t={t} lang={lang} />
    </div>
  );
}

function Footer({ t, onAbout }: { t: Translate; onAbout: () => void }) {
  return (
    <footer className="app-footer">
      <p>{t('footer.privacy')}</p>
      <button type="button" className="linklike" onClick={onAbout}>
        {t('footer.about')}
      </button>
    </footer>
  );
}
