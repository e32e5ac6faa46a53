/**
 * Maps of Vietnam published in Vietnam show the Hoàng Sa and Trường Sa archipelagos
 * (reference-data/provinces-2025/README.md). The map marks its `<svg>` `data-map="vietnam"` and
 * each archipelago's label `data-island="hoang-sa"` / `"truong-sa"`; an export of a map without
 * both labels is refused rather than published.
 */

/** Thrown when a map of Vietnam lacks an archipelago's label. */
export class IncompleteMapError extends Error {
  constructor(readonly missing: readonly string[]) {
    super(`map of Vietnam without ${missing.join(', ')}`);
  }
}

export const ARCHIPELAGO_IDS = ['hoang-sa', 'truong-sa'] as const;

/** The archipelagos whose label is missing (or empty) in a map `<svg>`; [] when not a map of Vietnam. */
export function missingArchipelagos(svg: Element): string[] {
  const maps = [
    ...(svg.matches('[data-map="vietnam"]') ? [svg] : []),
    ...svg.querySelectorAll('[data-map="vietnam"]'),
  ];
  return maps.flatMap((map) =>
    ARCHIPELAGO_IDS.filter(
      (id) => (map.querySelector(`[data-island="${id}"]`)?.textContent ?? '').trim() === '',
    ),
  );
}

/** Throws `IncompleteMapError` when any map of Vietnam among `svgs` lacks an archipelago. */
export function assertVietnamMapsComplete(svgs: readonly Element[]): void {
  const missing = svgs.flatMap(missingArchipelagos);
  if (missing.length > 0) throw new IncompleteMapError([...new Set(missing)]);
}
