/**
 * Label placement helpers for the slope and movers charts (SVG has no layout): labels wanted at
 * given y positions are pushed apart to at least `gap` pixels, kept inside [top, bottom] and in
 * their original order, so neighbours never overlap. Returns key → final y.
 */
export function spreadLabels(
  wanted: readonly { key: string; y: number }[],
  gap: number,
  top: number,
  bottom: number,
): Map<string, number> {
  const items = [...wanted].sort((a, b) => a.y - b.y).map((w) => ({ key: w.key, y: w.y }));
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const min = i === 0 ? top : items[i - 1]!.y + gap;
    if (item.y < min) item.y = min;
  }
  // Overflow at the bottom: push back up from the end.
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    const max = i === items.length - 1 ? bottom : items[i + 1]!.y - gap;
    if (item.y > max) item.y = max;
  }
  return new Map(items.map((it) => [it.key, it.y]));
}

/** `text` cut to `max` characters with "…" (labels beside charts; the table has the full name). */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
