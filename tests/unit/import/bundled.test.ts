import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAnyBytes } from '../../../src/import/importDataset.ts';
import { tryParseMeta } from '../../../src/import/metaJson.ts';
import { ROOT } from './helpers.ts';

async function importBundled(name: string) {
  const meta = tryParseMeta(readFileSync(join(ROOT, 'data', `${name}.meta.json`), 'utf8'));
  if (!meta.ok) throw new Error(`${name}.meta.json: ${meta.error}`);
  const bytes = new Uint8Array(readFileSync(join(ROOT, 'data', `${name}.csv`)));
  return importAnyBytes(bytes, { fileName: `${name}.csv`, meta: meta.value });
}

describe('the bundled datasets', () => {
  it.each(['bac-kan-dcci', 'pci', 'bac-kan-pci-ranks'])(
    '%s imports with ok=true, no errors and no warnings',
    async (name) => {
      const { report, dataset } = await importBundled(name);
      expect(
        report.issues.filter((i) => i.severity !== 'notice').map((i) => `${i.code} ${i.line}`),
      ).toEqual([]);
      expect(report.ok).toBe(true);
      expect(dataset).not.toBeNull();
      expect(dataset?.observations.length).toBe(report.rows.length);
    },
  );

  it('reads Bắc Kạn DCCI as illustrative, with its three groups and every sub-index column mapped', async () => {
    const { report, dataset } = await importBundled('bac-kan-dcci');
    expect(dataset?.id).toBe('bac-kan-dcci');
    expect(dataset?.illustrative).toBe(true);
    expect(report.issues.map((i) => i.code)).toContain('ILLUSTRATIVE_MARKER');
    expect(report.headerLine).toBe(2);
    expect(dataset?.groups.map((g) => g.id)).toEqual([
      'departments',
      'central-agencies',
      'districts',
    ]);
    expect(report.issues.filter((i) => i.code === 'COLUMN_IGNORED')).toEqual([]);
    const ids = new Set(dataset?.observations.flatMap((o) => [...o.subIndices.keys()]));
    expect(ids.size).toBe(dataset?.subIndices.length);
    expect(dataset?.units.every((u) => u.id.startsWith(`${u.groupId}.`))).toBe(true);
    expect(dataset?.years).toEqual([...(dataset?.years ?? [])].sort((a, b) => a - b));
  });

  it('reads the PCI file with its quoted "Tỉnh, thành phố" header, one group and 4-decimal scores', async () => {
    const { report, dataset } = await importBundled('pci');
    expect(report.delimiter).toBe(',');
    expect(report.decimal).toBe('.');
    expect(dataset?.groups.length).toBe(1);
    expect(report.rows[0]).toMatchObject({
      year: 2005,
      unit: 'Bình Dương',
      score: 76.819,
      rank: 1,
      rankSource: 'published',
    });
    expect(dataset?.years[0]).toBe(2005);
    // 2005–2016, then PCI 2020 (total and rank only); 2017–2019 are not in the file.
    expect(dataset?.years.slice(-2)).toEqual([2016, 2020]);
  });
});
