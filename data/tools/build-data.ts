/**
 * `npm run data`: regenerates every generated file in data/ from the generator and the vendored
 * sources in data/sources/. The committed files must equal this output (a unit test checks it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
import { aggregateCells, DEFAULT_SEED, generateCells } from './generator.ts';

/** The data/ directory (this file lives in data/tools/). */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Every generated file: path relative to data/ → content. Pure apart from reading sources. */
export function buildAll(seed: number = DEFAULT_SEED): Map<string, string> {
  const source = (name: string): string => readFileSync(join(DATA_DIR, 'sources', name), 'utf8');
  const cells = generateCells(seed);
  const rows = aggregateCells(cells);
  const pciSource = source('pci_2005_2016.csv');
  return new Map([
    ['bac-kan-dcci.csv', renderDcciCsv(rows)],
    ['bac-kan-dcci-responses.csv', renderResponsesCsv(cells)],
    ['bac-kan-dcci.meta.json', json(buildDcciMeta(seed))],
    ['template.csv', renderTemplateCsv()],
    ['pci.csv', renderPciCsv(pciSource)],
    ['pci.meta.json', json(buildPciMeta(pciSource, source('geoboundaries-vnm-adm1-names.csv')))],
    ['bac-kan-pci-ranks.csv', renderBacKanRanksCsv(source('pci_bac_kan_2018_2022.csv'))],
    ['bac-kan-pci-ranks.meta.json', json(buildBacKanRanksMeta())],
  ]);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, content] of buildAll()) {
    const path = join(DATA_DIR, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content, 'utf8');
    console.log(`wrote data/${name} (${Buffer.byteLength(content)} bytes)`);
  }
}
