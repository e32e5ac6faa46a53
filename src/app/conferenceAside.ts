import { createElement, useEffect, useState, type ComponentType } from 'react';
import type { ConferenceAsideProps } from '../views/ConferenceAside.tsx';

/** The dataset the conference summary (and "Bắc Kạn in the PCI") belongs to. */
export const CONFERENCE_DATASET = 'bac-kan-dcci';

/**
 * The conference summary (its JSON, validator and panel) is a chunk of its own. For a URL of its
 * dataset it is fetched in parallel with the messages and main.tsx waits for both before the
 * first paint, so the panel is there from the first frame (no layout shift) without weighing on
 * the entry script; other datasets fetch it only when the panel is first shown.
 */
let loaded: ComponentType<ConferenceAsideProps> | null = null;
let loading: Promise<void> | null = null;

export function loadConferenceAside(): Promise<void> {
  loading ??= import('../views/ConferenceAside.tsx').then(
    (m) => {
      loaded = m.ConferenceAside;
    },
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

/** The panel once loaded (loading it if needed); nothing before, or when its chunk failed. */
export function ConferenceSlot(props: ConferenceAsideProps) {
  const [panel, setPanel] = useState(() => loaded);
  useEffect(() => {
    if (panel) return;
    let live = true;
    loadConferenceAside().then(
      () => live && setPanel(() => loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [panel]);
  return panel ? createElement(panel, props) : null;
}
