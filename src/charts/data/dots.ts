/**
 * When the ranking offers a dot plot on a zoomed axis, and that axis. Rule (README, "Ranking"):
 * the dots are offered when every score of the group-year lies within a band narrower than a
 * quarter of the scale (25 points out of 100) — bars from zero then differ by a few pixels, while
 * a zoomed axis shows the gaps. The axis is marked as not starting at zero wherever it is drawn.
 */
export const NARROW_BAND_SHARE = 0.25;

export interface DotAxis {
  /** True when the scores lie within the narrow band (and there are at least two of them). */
  readonly offered: boolean;
  /** The zoomed axis: from a round value below the lowest score to one above the highest. */
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  /** Highest minus lowest score; null without scores. */
  readonly spread: number | null;
}

const NICE = [1, 2, 2.5, 5, 10];
const MAX_DOT_TICKS = 16;

function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = NICE.find((n) => n * power >= raw) ?? 10;
  return step * power;
}

export function dotAxis(values: readonly (number | null)[], scaleMax = 100): DotAxis {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0)
    return { offered: false, domain: [0, scaleMax], ticks: [0, scaleMax], spread: null };
  const min = Math.min(...present);
  const max = Math.max(...present);
  const spread = max - min;
  const step = niceStep(Math.max(spread, 1) / 5);
  // A little room beyond the extreme scores for their dots and whiskers.
  const lo = Math.max(0, Math.floor((min - Math.max(spread * 0.08, step / 2)) / step) * step);
  const hi = Math.min(scaleMax, Math.ceil((max + Math.max(spread * 0.08, step / 2)) / step) * step);
  // At most MAX_DOT_TICKS whatever the scores: a crafted file's extremes cannot make it loop.
  const count = Math.min(MAX_DOT_TICKS, Math.floor((hi - lo) / step + 1e-3) + 1);
  const ticks: number[] = [];
  for (let i = 0; i < count; i++) ticks.push(Math.round((lo + i * step) * 1000) / 1000);
  return {
    offered: present.length >= 2 && spread < NARROW_BAND_SHARE * scaleMax,
    domain: [lo, hi],
    ticks,
    spread,
  };
}
