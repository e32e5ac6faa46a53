import { createElement, memo, Suspense, useEffect } from 'react';
import type { Dataset } from '../domain/types.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import { BUNDLED, catalogueEntry } from '../state/catalogue.ts';
import type { DatasetEntry } from '../state/store.ts';
import type { ViewId, ViewState } from '../state/urlState.ts';
import { screenFor } from '../views/registry.ts';
import type { ScreenView } from '../views/screenProps.ts';
import { ViewErrorBoundary } from '../ui/ViewErrorBoundary.tsx';
import { markViewLive } from './earlyInput.ts';

/** Where "back to the default view" goes after a view failed: the first bundled dataset. */
const DEFAULT_DATASET = BUNDLED[0]?.id ?? null;

export interface ViewPanelProps {
  readonly view: ViewState;
  readonly activeView: ViewId;
  readonly entry: DatasetEntry | undefined;
  readonly dataset: Dataset | null;
  /** The selection resolved for the dataset; null until it names a group and a year. */
  readonly resolved: ScreenView | null;
  /** The data and selection are there and the deferred render has caught up. */
  readonly ready: boolean;
  readonly t: Translate;
  readonly lang: Lang;
  readonly onSelect: (patch: Partial<ViewState>) => void;
}

/**
 * Holds the view's place while its data or code loads: on a phone the conference summary below
 * stays put instead of being pushed down when the view arrives (layout shift).
 */
function Placeholder({ t }: { t: Translate }) {
  return (
    <div className="view-placeholder" aria-busy="true">
      <p className="loading">{t('app.loading')}</p>
    </div>
  );
}

/** Renders nothing; its effect runs once the screen beside it is committed (hydrated). */
function ViewLive() {
  useEffect(markViewLive, []);
  return null;
}

/**
 * The tab panel: the active view's screen, a loading placeholder, or why the data did not load.
 * Memoised: a store change that is not about the view (storage status, saved datasets, notices)
 * does not re-render the chart and table.
 */
export const ViewPanel = memo(function ViewPanel(props: ViewPanelProps) {
  const { view, activeView, entry, dataset, resolved, ready, t, lang, onSelect } = props;
  return (
    <div id="view-panel" role="tabpanel" aria-labelledby={`tab-${activeView}`}>
      {entry?.status === 'error' ? (
        <p role="alert" className="error">
          {t('app.loadError', {
            name: catalogueEntry(view.ds)?.title[lang] ?? view.ds ?? '',
            reason: entry.message,
          })}
        </p>
      ) : ready && dataset !== null && resolved !== null ? (
        <ViewErrorBoundary
          resetKey={`${activeView}|${view.ds}|${view.year}|${view.group}`}
          message={t('app.viewFailed')}
          backLabel={t('app.viewFailedBack')}
          onBack={() => onSelect({ ds: DEFAULT_DATASET, view: 'ranking' })}
        >
          <Suspense fallback={<Placeholder t={t} />}>
            {/* Screens are module-level constants from the registry, so identity is stable across renders. */}
            {createElement(screenFor(activeView), {
              dataset,
              view: resolved,
              lang,
              t,
              onSelect,
            })}
            <ViewLive />
          </Suspense>
        </ViewErrorBoundary>
      ) : (
        <Placeholder t={t} />
      )}
    </div>
  );
});
