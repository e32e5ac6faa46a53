import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The width every chart assumes before it is measured, when one is known: the width the
 * prerendered view on screen was drawn at (src/build/prerender.ts draws each view at several
 * widths), so that hydration renders exactly what the HTML holds. Null: each chart's own fallback.
 */
let assumedWidth: number | null = null;

/** Sets the width charts assume until measured (null: their own fallbacks); see `assumedWidth`. */
export function setAssumedWidth(width: number | null): void {
  assumedWidth = width !== null && Number.isFinite(width) && width > 0 ? Math.floor(width) : null;
}

/** What each observed element's new width is given to. */
const listeners = new Map<Element, (width: number) => void>();
let observer: ResizeObserver | undefined;

/**
 * One observer for every chart. Its reports come once the browser has laid the page out for the
 * next frame, before that frame is painted: the widths are read from a fresh layout (measuring in
 * React's commit forced a layout of the whole page inside the commit's task: up to ≈ 35 ms of it
 * at 4× CPU after hydration), and every chart that changed width is drawn again in one
 * synchronous render, so no frame is painted at the old width.
 */
function sharedObserver(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    const changes: [(width: number) => void, number][] = [];
    for (const entry of entries) {
      const listener = listeners.get(entry.target);
      const width = Math.floor(entry.target.getBoundingClientRect().width);
      if (listener !== undefined && width > 0) changes.push([listener, width]);
    }
    if (changes.length > 0)
      flushSync(() => changes.forEach(([listener, width]) => listener(width)));
  });
  return observer;
}

/**
 * The content width of an element, kept current with a ResizeObserver. Returns the assumed width
 * (else `fallback`) until measured and wherever layout is not available (jsdom has no observer),
 * so charts always get a size.
 */
export function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(() => assumedWidth ?? fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const shared = sharedObserver();
    listeners.set(el, setWidth);
    shared.observe(el);
    return () => {
      listeners.delete(el);
      shared.unobserve(el);
    };
  }, []);
  return [ref, width] as const;
}
