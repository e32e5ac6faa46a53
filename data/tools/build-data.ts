/**
 * `npm run data`: regenerates every generated file in data/ from the generator and the vendored
 * sources in data/sources/. The committed files must equal this output (a unit test checks it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { Topology } from 'topojson-specification';
import {
  buildDcciMeta,
  renderDcciCsv,
  renderResponsesCsv,
  renderTemplateCsv,
} from './bacKanFiles.ts';
import {
  buildBacKanRanksMeta,
  buildPciMeta,
  renderBacKanRanksCsv,
  renderPciCsv,
} from './convert-pci.ts';
import { projectProvinceShapes } from './mapReference.ts';
import { buildCrosswalkJson, readCrosswalk, withProvinces2025 } from './provinces2025.ts';
import { aggregateCells, DEFAULT_SEED, generateCells } from './generator.ts';

/** The data/ directory (this file lives in data/tools/). */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** JSON as Prettier writes it, so `npm run format:check` and the committed files agree. */
async function json(value: unknown, name: string): Promise<string> {
  const path = join(DATA_DIR, name);
  const options = (await resolveConfig(path)) ?? {};
  return format(JSON.stringify(value), { ...options, filepath: path });
}

/** Every generated file: path relative to data/ → content. Pure apart from reading sources. */
export async function buildAll(seed: number = DEFAULT_SEED): Promise<Map<string, string>> {
  const source = (name: string): string => readFileSync(join(DATA_DIR, 'sources', name), 'utf8');
  const cells = generateCells(seed);
  const rows = aggregateCells(cells);
  const pciSource = source('pci_2005_2016.csv');
  const pci2020 = source('pci_2020_ranking_63.csv');
  const crosswalk = source('crosswalk-63-to-34.csv');
  const topology = JSON.parse(
    readFileSync(join(DATA_DIR, 'geo', 'geoBoundaries-VNM-ADM1_simplified.topojson.txt'), 'utf8'),
  ) as Topology;
  const provinces = withProvinces2025(topology, readCrosswalk(crosswalk));
  return new Map([
    ['bac-kan-dcci.csv', renderDcciCsv(rows)],
    ['bac-kan-dcci-responses.csv', renderResponsesCsv(cells)],
    ['bac-kan-dcci.meta.json', await json(buildDcciMeta(seed), 'bac-kan-dcci.meta.json')],
    ['template.csv', renderTemplateCsv()],
    ['pci.csv', renderPciCsv(pciSource, pci2020)],
    [
      'pci.meta.json',
      await json(
        buildPciMeta(pciSource, source('geoboundaries-vnm-adm1-names.csv'), pci2020),
        'pci.meta.json',
      ),
    ],
    ['bac-kan-pci-ranks.csv', renderBacKanRanksCsv(source('pci_bac_kan_2018_2022.csv'))],
    ['provinces-2025.json', await json(buildCrosswalkJson(crosswalk), 'provinces-2025.json')],
    // Compact JSON (`.txt` so Prettier leaves it alone, as data/geo/README.md says): the boundaries
    // with the 34 provinces of 2025, and both sets projected, which the app fetches.
    ['geo/provinces-63-and-34.topojson.txt', JSON.stringify(provinces)],
    ['geo/provinces-projected.json.txt', JSON.stringify(projectProvinceShapes(provinces))],
    [
      'bac-kan-pci-ranks.meta.json',
      await json(buildBacKanRanksMeta(), 'bac-kan-pci-ranks.meta.json'),
    ],
  ]);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, content] of await buildAll()) {
    const path = join(DATA_DIR, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content, 'utf8');
    console.log(`wrote data/${name} (${Buffer.byteLength(content)} bytes)`);
  }
}
