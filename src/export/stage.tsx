import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { cloneRenderedSvg, type ChartPiece } from './composeSvg.ts';

/** The next frame, or 100 ms at most: a hidden tab stops animation frames, not the export. */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });

/** Top-level chart SVGs inside `host` (not icons: nested or smaller than 24 px are skipped). */
function chartSvgs(host: Element): SVGSVGElement[] {
  return [...host.querySelectorAll('svg')].filter((svg) => {
    if (svg.parentElement?.closest('svg')) return false;
    const box = svg.getBoundingClientRect();
    return box.width >= 24 && box.height >= 24;
  });
}

/**
 * Renders `node` (a chart at the export width) off screen in the page, waits until its SVG
 * stops changing (Recharts fills its surface over a few renders), and returns clones of its
 * top-level SVGs with computed styles inlined. The chart is laid out again at the target width
 * rather than stretched. The stage is removed afterwards, also on failure.
 */
export async function renderOffscreen(node: ReactNode, width: number): Promise<ChartPiece[]> {
  const host = document.createElement('div');
  host.className = 'export-stage';
  host.setAttribute('aria-hidden', 'true');
  host.style.width = `${Math.round(width)}px`;
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(node));
    let last = -1;
    let stable = 0;
    for (let i = 0; i < 40 && stable < 2; i++) {
      await nextFrame();
      const count = host.getElementsByTagName('*').length;
      stable = count === last && count > 0 ? stable + 1 : 0;
      last = count;
    }
    return chartSvgs(host).map(cloneRenderedSvg);
  } finally {
    root.unmount();
    host.remove();
  }
}
