import { useLayoutEffect, useRef, useState } from 'react';

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

/** Chart boxes of the prerendered page, drawn at `assumedWidth` before any script ran. */
const prerendered = new WeakSet<Element>();

/**
 * Marks the prerendered page's chart boxes (main.tsx, before hydrating): their charts are on
 * screen already, so they are measured when the browser next lays the page out rather than at
 * once (reading a width inside the hydration's task forced a layout of the whole page there:
 * ≈ 35 ms of it at 4× CPU).
 */
export function markPrerendered(elements: Iterable<Element>): void {
  for (const el of elements) prerendered.add(el);
}

/**
 * The content width of an element, kept current with a ResizeObserver. Returns the assumed width
 * (else `fallback`) until measured and wherever layout is not available (jsdom measures 0), so
 * charts always get a size. A chart drawn by the app is measured before its first paint; a
 * prerendered one (markPrerendered) by the observer's first report, after the browser's layout.
 */
export function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(() => assumedWidth ?? fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    if (!prerendered.has(el)) measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
