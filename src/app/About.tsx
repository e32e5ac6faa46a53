import { lazy, Suspense, useEffect, useState } from 'react';
import type { DatasetMeta } from '../domain/meta.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import { BUNDLED, loadMeta } from '../state/catalogue.ts';

// Opened from the header or the footer only: loaded on the first opening, then kept mounted (the
// native dialog returns focus to its opener when it closes).
const AboutDialog = lazy(() =>
  import('../views/AboutDialog.tsx').then((m) => ({ default: m.AboutDialog })),
);

/** "About the data": whether it is open, whether it was ever opened, and the bundled metadata. */
export function useAbout() {
  const [aboutOpen, setAboutOpen] = useState(false);
  const [aboutLoaded, setAboutLoaded] = useState(false);
  const [metas, setMetas] = useState<readonly DatasetMeta[]>([]);
  const openAbout = () => {
    setAboutLoaded(true);
    setAboutOpen(true);
  };
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
  return { aboutOpen, aboutLoaded, metas, openAbout, closeAbout: () => setAboutOpen(false) };
}

/** The "About the data" dialog, mounted from its first opening on. */
export function About({
  about,
  t,
  lang,
}: {
  about: ReturnType<typeof useAbout>;
  t: Translate;
  lang: Lang;
}) {
  if (!about.aboutLoaded) return null;
  return (
    <Suspense fallback={null}>
      <AboutDialog
        open={about.aboutOpen}
        onClose={about.closeAbout}
        t={t}
        lang={lang}
        datasets={about.metas}
      />
    </Suspense>
  );
}
