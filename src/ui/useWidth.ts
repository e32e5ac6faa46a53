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

/**
 * The content width of an element, kept current with a ResizeObserver. Returns the assumed width
 * (else `fallback`) until measured and wherever layout is not available (jsdom measures 0), so
 * charts always get a size.
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
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
