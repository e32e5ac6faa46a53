import { lazy, memo, Suspense, useEffect, useState } from 'react';
import type { Dataset } from '../domain/types.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import type { ViewState } from '../state/urlState.ts';
import { DatasetPanel } from '../views/DatasetPanel.tsx';
import { CONFERENCE_DATASET, ConferenceSlot } from './conferenceAside.ts';

// Below the conference summary; a lazy chunk so it does not delay the first chart.
const ProvinceContext = lazy(() =>
  import('../views/ProvinceContext.tsx').then((m) => ({ default: m.ProvinceContext })),
);

/**
 * The conference summary and "Bắc Kạn in the PCI" belong to Bắc Kạn's DCCI: beside PCI or an
 * import they would speak about data that is not on the screen.
 */
const PANELS_DATASET = CONFERENCE_DATASET;

/**
 * The side column: the conference panels for Bắc Kạn's DCCI, else the dataset's own panel.
 * Memoised like the view panel: the conference summary is long to render and not about storage.
 */
export const SidePanel = memo(function SidePanel({
  view,
  dataset,
  isIllustrative,
  t,
  lang,
  onOpen,
}: {
  view: ViewState;
  dataset: Dataset | null;
  isIllustrative: (id: string) => boolean;
  t: Translate;
  lang: Lang;
  onOpen: (patch: Partial<ViewState>) => void;
}) {
  // The lazy part comes after the first commit: the build's prerender (renderToString) cannot
  // wait for a lazy chunk, and hydrating the boundary it left unfinished is reported as an error.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (view.ds !== PANELS_DATASET)
    return dataset ? <DatasetPanel dataset={dataset} t={t} lang={lang} /> : null;
  return (
    <>
      <ConferenceSlot
        t={t}
        lang={lang}
        view={view}
        isIllustrative={isIllustrative}
        onOpen={onOpen}
      />
      {mounted ? (
        <Suspense fallback={null}>
          <ProvinceContext t={t} lang={lang} onOpen={onOpen} />
        </Suspense>
      ) : null}
    </>
  );
});
