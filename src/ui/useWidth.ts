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

/** Each observed element's chart: the width it is drawn at, and how to give it another. */
const charts = new Map<Element, { width: number; set: (width: number) => void }>();
let observer: ResizeObserver | undefined;

/**
 * One observer for every chart. Its reports come once the browser has laid the page out for the
 * next frame, before that frame is painted: the widths are read from a fresh layout (measuring in
 * React's commit forced a layout of the whole page inside the commit's task: up to ≈ 35 ms of it
 * at 4× CPU after hydration), and every chart whose width changed is drawn again in one
 * synchronous render, so no frame is painted at the old width. A redrawn chart's box may change
 * height: it is observed again from the next frame on, or the browser would find a size changed
 * during its own report and raise a "ResizeObserver loop" error.
 */
function sharedObserver(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    const changed: Element[] = [];
    for (const entry of entries) {
      const chart = charts.get(entry.target);
      const width = Math.floor(entry.target.getBoundingClientRect().width);
      if (chart === undefined || width <= 0 || width === chart.width) continue;
      chart.width = width;
      changed.push(entry.target);
    }
    if (changed.length === 0) return;
    const shared = sharedObserver();
    for (const el of changed) shared.unobserve(el);
    flushSync(() => {
      for (const el of changed) {
        const chart = charts.get(el);
        chart?.set(chart.width);
      }
    });
    requestAnimationFrame(() => {
      for (const el of changed) if (charts.has(el)) shared.observe(el);
    });
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
  // The width the chart is drawn at when the observer starts (its first render's).
  const drawn = useRef(width);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const shared = sharedObserver();
    charts.set(el, { width: drawn.current, set: setWidth });
    shared.observe(el);
    return () => {
      charts.delete(el);
      shared.unobserve(el);
    };
  }, []);
  return [ref, width] as const;
}
