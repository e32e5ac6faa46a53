import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** Rows rendered around the visible ones, so fast scrolling rarely shows the spacer. */
export const OVERSCAN = 20;

/**
 * From this many rows a table renders only the rows in view (in its own scroll box): 5,000
 * rendered rows blocked the page for seconds. Printing renders every row again.
 */
export const WINDOW_FROM = 150;

/**
 * The slice [start, end) of `count` rows of about `rowHeight` px to render in a scroll box of
 * `viewport` px scrolled by `scrollTop`, with `overscan` rows either side. Bounded by the
 * viewport, never by `count`; a non-positive or missing measurement renders one screenful.
 */
export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
  overscan = OVERSCAN,
): { start: number; end: number } {
  const h = Number.isFinite(rowHeight) && rowHeight > 0 ? rowHeight : 32;
  const view = Number.isFinite(viewport) && viewport > 0 ? viewport : 800;
  const top = Number.isFinite(scrollTop) && scrollTop > 0 ? scrollTop : 0;
  const first = Math.floor(top / h);
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.max(start, Math.min(count, first + Math.ceil(view / h) + overscan));
  return { start, end };
}

/** True while the page is being printed (beforeprint/afterprint and the `print` media query). */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(
    () => typeof window !== 'undefined' && window.matchMedia?.('print').matches === true,
  );
  useEffect(() => {
    // flushSync: the rows must be in the DOM before the browser lays out the printed pages.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    const media = window.matchMedia?.('print');
    const change = (e: MediaQueryListEvent) => (e.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener?.('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener?.('change', change);
    };
  }, []);
  return printing;
}

/**
 * Windowing for a long table in its own scroll box: only the rows in view (plus OVERSCAN) are
 * rendered, spacer heights stand for the others. The row height and the box's height are read
 * when the browser has laid the table out (a ResizeObserver's report, before the frame is
 * painted; the range is then redrawn in one synchronous render), not in the commit that mounts
 * the table, where reading them forced a layout of the whole page inside the tab switch's task
 * (≈ 45 ms of its 200 with 5,000 units). Scrolling reads only the box's scrollTop and height.
 */
export function useRowWindow<T extends HTMLElement>(count: number, enabled: boolean) {
  const ref = useRef<T>(null);
  const [rowHeight, setRowHeight] = useState(32);
  const [range, setRange] = useState(() => visibleRange(0, 800, 32, count));
  // The measured row height, for reads outside render (the observer's callback, scrolling).
  const height = useRef(32);
  /** The range for the box's scroll position and height now (layout reads). */
  const update = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const next = visibleRange(el.scrollTop, el.clientHeight, height.current, count);
    setRange((r) => (r.start === next.start && r.end === next.end ? r : next));
  }, [count]);
  /** A rendered row's height, then the range. */
  const measure = useCallback(() => {
    const row = ref.current?.querySelector<HTMLElement>('tbody tr:not([aria-hidden])');
    const h = Math.round(row?.getBoundingClientRect().height ?? 0);
    if (h > 0) height.current = h;
    setRowHeight(height.current);
    update();
  }, [update]);
  const latest = useRef(measure);
  useLayoutEffect(() => {
    latest.current = measure;
  }, [measure]);
  useLayoutEffect(() => {
    if (!enabled) return;
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') {
      latest.current();
      return;
    }
    // Reports come after the browser's layout (where reading sizes costs nothing) and again
    // whenever the box is resized.
    const observer = new ResizeObserver(() => flushSync(() => latest.current()));
    observer.observe(el);
    return () => observer.disconnect();
  }, [enabled]);
  // More or fewer rows (a filter) in the mounted table: the range again.
  const counted = useRef(count);
  useLayoutEffect(() => {
    if (!enabled || counted.current === count) return;
    counted.current = count;
    update();
  }, [enabled, count, update]);
  const state = {
    onScroll: enabled ? update : undefined,
    start: enabled ? range.start : 0,
    end: enabled ? Math.min(range.end, count) : count,
    rowHeight,
  };
  return [ref, state] as const;
}
