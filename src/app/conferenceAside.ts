import { createElement, type ComponentType } from 'react';
import type { ConferenceAsideProps } from '../views/ConferenceAside.tsx';

/**
 * The conference summary (its JSON, validator and panel) is a chunk of its own, fetched in
 * parallel with the messages; main.tsx waits for both before the first paint, so the panel is
 * there from the first frame (no layout shift) without weighing on the entry script.
 */
let loaded: ComponentType<ConferenceAsideProps> | null = null;

export function loadConferenceAside(): Promise<void> {
  return import('../views/ConferenceAside.tsx').then((m) => {
    loaded = m.ConferenceAside;
  });
}

/** The panel once loaded; nothing before (or when its chunk failed: the page works without it). */
export function ConferenceSlot(props: ConferenceAsideProps) {
  return loaded ? createElement(loaded, props) : null;
}
