import { describe, expect, it } from 'vitest';
import { VIETNAM_MAP_ASPECT, reservedMapHeight } from '../../../src/charts/views/ChoroplethMap.tsx';
import { readFileSync } from 'node:fs';
import { MAP_MAX_WIDTH } from '../../../src/charts/data/mapFrame.ts';
import { MAP_MARGIN, mapAspect } from '../../../src/charts/views/mapProjection.ts';
import { readProvinceShapes } from '../../../src/views/map/provinceShapes.ts';
import { readData } from '../data/dataFiles.ts';

// The projected boundaries the Map tab fetches.
const shapes = readProvinceShapes(JSON.parse(readData('geo/provinces-projected.json.txt')));

// The Map tab holds the map's box while the boundaries load: a wrong aspect would make the page
// jump when the map arrives (layout shift).
describe('the map box held while the boundaries load', () => {
  it.each([
    ['63 provinces', shapes.reference],
    ['34 provinces of 2025', shapes.from2025.reference],
  ])('has the aspect of the drawn map of the %s (within 0.5 %)', (_, reference) => {
    expect(Math.abs(mapAspect(reference) / VIETNAM_MAP_ASPECT - 1)).toBeLessThan(0.005);
  });

  it('is as tall as the map drawn at that width', () => {
    const drawnHeight = (width: number) => (width - 8) / mapAspect(shapes.reference) + 8;
    for (const width of [200, 388, 520])
      expect(Math.abs(reservedMapHeight(width) - drawnHeight(width))).toBeLessThan(3);
  });

  it('is held by map.css with the same numbers (a class: the prerendered map has no style attribute)', () => {
    const css = readFileSync(new URL('../../../src/views/map/map.css', import.meta.url), 'utf8');
    const rule = (selector: string) =>
      new RegExp(`${selector.replace(/[.:]/g, '\\$&')} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
    expect(rule('.map-reserve')).toContain(`max-width: ${MAP_MAX_WIDTH}px;`);
    expect(rule('.map-reserve::before')).toContain(
      `padding-top: calc((100% - ${2 * MAP_MARGIN}px) / ${VIETNAM_MAP_ASPECT} + ${2 * MAP_MARGIN}px);`,
    );
  });
});
