import { describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../../src/domain/meta.ts';
import { buildDcciMeta } from '../../../data/tools/bacKanFiles.ts';
import { buildBacKanRanksMeta, buildPciMeta } from '../../../data/tools/convert-pci.ts';
import { cell, readCsv, readData } from './dataFiles.ts';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): boolean =>
  isObj(v) &&
  typeof v['vi'] === 'string' &&
  v['vi'] !== '' &&
  typeof v['en'] === 'string' &&
  v['en'] !== '';

/** Runtime check of the DatasetMeta shape (JSON imports cannot be type-checked against unions). */
function metaProblems(v: unknown): string[] {
  const p: string[] = [];
  if (!isObj(v)) return ['not an object'];
  if (typeof v['id'] !== 'string' || !/^[a-z0-9-]+$/.test(v['id'])) p.push('id');
  if (!isText(v['title'])) p.push('title');
  if (v['province'] !== null && !isText(v['province'])) p.push('province');
  if (typeof v['indexName'] !== 'string') p.push('indexName');
  if (typeof v['illustrative'] !== 'boolean') p.push('illustrative');
  const source = v['source'];
  if (!isObj(source) || !isText(source['name']) || !isText(source['licence'])) p.push('source');
  if (isObj(source) && source['note'] !== undefined && !isText(source['note']))
    p.push('source.note');
  const groups = v['groups'];
  if (!Array.isArray(groups) || groups.length === 0) p.push('groups');
  else
    groups.forEach((g: unknown, i) => {
      if (!isObj(g) || typeof g['id'] !== 'string' || !isText(g['name'])) p.push(`groups[${i}]`);
      else if (g['aliases'] !== undefined && !Array.isArray(g['aliases']))
        p.push(`groups[${i}].aliases`);
    });
  const subs = v['subIndices'];
  if (!Array.isArray(subs)) p.push('subIndices');
  else
    subs.forEach((s: unknown, i) => {
      const at = `subIndices[${i}]`;
      if (!isObj(s) || typeof s['id'] !== 'string' || !isText(s['name'])) return p.push(at);
      if (!Array.isArray(s['columns']) || s['columns'].length === 0) p.push(`${at}.columns`);
      if (s['shortName'] !== undefined && !isText(s['shortName'])) p.push(`${at}.shortName`);
      if (s['weight'] !== undefined && !(typeof s['weight'] === 'number' && s['weight'] > 0))
        p.push(`${at}.weight`);
      if (
        s['direction'] !== undefined &&
        !['higher-is-better', 'lower-is-better'].includes(String(s['direction']))
      )
        p.push(`${at}.direction`);
      return undefined;
    });
  for (const key of ['notes']) {
    const list = v[key];
    if (list !== undefined && (!Array.isArray(list) || !list.every(isText))) p.push(key);
  }
  const changes = v['methodChanges'];
  if (
    changes !== undefined &&
    (!Array.isArray(changes) ||
      !changes.every((c) => isObj(c) && typeof c['year'] === 'number' && isText(c['note'])))
  )
    p.push('methodChanges');
  return p;
}

const DATASETS: {
  meta: string;
  csv: string;
  build: () => DatasetMeta;
  groupColumn: string | null;
  unitColumn: string;
}[] = [
  {
    meta: 'bac-kan-dcci.meta.json',
    csv: 'bac-kan-dcci.csv',
    build: () => buildDcciMeta(),
    groupColumn: 'Khối',
    unitColumn: 'Đơn vị',
  },
  {
    meta: 'pci.meta.json',
    csv: 'pci.csv',
    build: () =>
      buildPciMeta(
        readData('sources/pci_2005_2016.csv'),
        readData('sources/geoboundaries-vnm-adm1-names.csv'),
        readData('sources/pci_2020_ranking_63.csv'),
      ),
    groupColumn: null,
    unitColumn: 'Tỉnh, thành phố',
  },
  {
    meta: 'bac-kan-pci-ranks.meta.json',
    csv: 'bac-kan-pci-ranks.csv',
    build: buildBacKanRanksMeta,
    groupColumn: null,
    unitColumn: 'Tỉnh, thành phố',
  },
];

describe.each(DATASETS)(
  'the sidecar $meta',
  ({ meta: metaFile, csv, build, groupColumn, unitColumn }) => {
    const raw: unknown = JSON.parse(readData(metaFile));
    const meta = raw as DatasetMeta;
    const file = readCsv(csv);

    it('has the DatasetMeta shape and equals the value the typed builder returns', () => {
      expect(metaProblems(raw)).toEqual([]);
      // build() is typed `DatasetMeta`, so tsc checks the committed file's shape through it.
      expect(raw).toEqual(JSON.parse(JSON.stringify(build())));
    });

    it('uses unique ids for groups and sub-indices and unique units per group', () => {
      const ids = (xs: readonly { id: string }[]): number => new Set(xs.map((x) => x.id)).size;
      expect(ids(meta.groups)).toBe(meta.groups.length);
      expect(ids(meta.subIndices)).toBe(meta.subIndices.length);
      const units = (meta.units ?? []).map((u) => `${u.group}|${u.name}`);
      expect(new Set(units).size).toBe(units.length);
    });

    it('names only CSV headers in sub-index columns, and known groups in sub-index groups', () => {
      const groupIds = new Set(meta.groups.map((g) => g.id));
      for (const s of meta.subIndices) {
        for (const c of s.columns) expect(file.header, s.id).toContain(c);
        for (const g of s.groups ?? []) expect(groupIds.has(g)).toBe(true);
      }
    });

    it('lists every group alias as it appears in the CSV and every unit of the CSV', () => {
      const aliasToGroup = new Map(
        meta.groups.flatMap((g) => (g.aliases ?? []).map((a) => [a, g.id])),
      );
      if (groupColumn === null) {
        expect(meta.groups).toHaveLength(1);
        expect(file.header).not.toContain('Khối');
      } else {
        const cells = new Set(file.rows.map((r) => cell(r, groupColumn)));
        expect([...aliasToGroup.keys()].sort()).toEqual([...cells].sort());
      }
      const listed = new Set((meta.units ?? []).map((u) => u.name));
      for (const r of file.rows)
        expect(listed.has(cell(r, unitColumn)), cell(r, unitColumn)).toBe(true);
    });

    it('leaves a sub-index empty in the years and groups it does not apply to', () => {
      for (const s of meta.subIndices) {
        for (const r of file.rows) {
          const year = Number(cell(r, 'Năm'));
          const group =
            groupColumn === null ? meta.groups[0]?.id : aliasToId(meta, cell(r, groupColumn));
          const outside =
            (s.years !== undefined && !s.years.includes(year)) ||
            (s.groups !== undefined && !s.groups.includes(group ?? ''));
          if (outside) expect(cell(r, s.columns[0] ?? ''), `${s.id} ${year}`).toBe('');
        }
      }
    });
  },
);

function aliasToId(meta: DatasetMeta, alias: string): string | undefined {
  return meta.groups.find((g) => (g.aliases ?? []).includes(alias))?.id;
}

describe('the illustrative flag', () => {
  it('is true only for the generated Bắc Kạn DCCI, whose CSV carries the marker', () => {
    const flags = DATASETS.map((d) => (JSON.parse(readData(d.meta)) as DatasetMeta).illustrative);
    expect(flags).toEqual([true, false, false]);
    expect(readCsv('bac-kan-dcci.csv').title).toContain('SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA');
    expect(readCsv('pci.csv').title).toBeNull();
  });

  it('gives the template the same sub-index headers as the Bắc Kạn dataset, without data rows', () => {
    const template = readCsv('template.csv');
    const meta = JSON.parse(readData('bac-kan-dcci.meta.json')) as DatasetMeta;
    expect(template.rows).toHaveLength(0);
    expect(template.header).toEqual([
      'Năm',
      'Khối',
      'Đơn vị',
      'Điểm tổng hợp',
      'Xếp hạng',
      ...meta.subIndices.map((s) => s.columns[0]),
      'Số phiếu',
      'Ghi chú',
    ]);
  });
});
