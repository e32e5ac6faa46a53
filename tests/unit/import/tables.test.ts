import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidator } from '../../../src/cli/validate.ts';
import { importAnyBytes } from '../../../src/import/importDataset.ts';
import type { ImportOptions } from '../../../src/import/model.ts';
import { validateDataset } from '../../../src/import/datasetRules.ts';
import { encodeDataset, tryDecodeDataset } from '../../../src/storage/datasetCodec.ts';
// @ts-expect-error -- a plain .mjs generator without types
import { TABLES } from '../../fixtures/tables/generate.mjs';
import { scaleFromText } from '../../../src/import/titles.ts';
import { brief } from './helpers.ts';

/**
 * Issue 11 in the validator: one published-table fixture per point (tests/fixtures/tables,
 * written by its generate.mjs), imported as the validator and the import worker do.
 */
const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'tables');
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(DIR, name)));
const load = (name: string, options: ImportOptions = {}) =>
  importAnyBytes(bytes(name), { fileName: name, ...options });
const rows = (report: Awaited<ReturnType<typeof load>>['report']): string =>
  report.rows
    .map(
      (r) =>
        `${r.year ?? '-'} ${r.unit}=${r.score}/${r.rank}${r.fieldSize ? `of${r.fieldSize}` : ''}`,
    )
    .join('; ');
const codes = (report: Awaited<ReturnType<typeof load>>['report']): string[] =>
  report.issues.map((i) => i.code);

async function cli(
  args: readonly string[],
): Promise<{ code: number; json: unknown; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runValidator(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: DIR,
  });
  return { code, json: stdout.startsWith('{') ? JSON.parse(stdout) : null, stderr };
}

describe('published-table fixtures', () => {
  it('are exactly what the generator writes', () => {
    for (const [name, content] of Object.entries(TABLES as Record<string, string | Buffer>)) {
      expect(readFileSync(join(DIR, name)).equals(Buffer.from(content)), name).toBe(true);
    }
  });
});

describe('1. column mapping', () => {
  it('without a mapping the file is refused and every column is listed with its role', async () => {
    const { report } = await load('needs-mapping.csv');
    expect(report.ok).toBe(false);
    expect(report.columns?.map((c) => `${c.column}:${c.role}`)).toEqual([
      'A:unit',
      'B:ignore',
      'C:subindex',
    ]);
  });

  it('--map by header text and by column letter makes it importable', async () => {
    const run = await cli(['needs-mapping.csv', '--json', '--map', 'Kết quả=score;C=rank']);
    expect(run.code).toBe(0);
    const json = run.json as {
      columns: { header: string; column: string; role: string }[];
      rows: { unit: string; score: number; rank: number; rankSource: string }[];
    };
    expect(json.columns).toEqual([
      { header: 'Tên đơn vị', column: 'A', role: 'unit' },
      { header: 'Kết quả', column: 'B', role: 'score' },
      { header: 'Vị trí', column: 'C', role: 'rank' },
    ]);
    expect(json.rows.map((r) => `${r.unit}=${r.score}/${r.rank} ${r.rankSource}`)).toEqual([
      'Ba Bể=71.97/1 published',
      'Bạch Thông=70.1/2 published',
      'Chợ Đồn=66.93/3 published',
    ]);
  });

  it('--map-file takes an object or the report’s own columns array', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'map-'));
    try {
      writeFileSync(join(dir, 'a.json'), JSON.stringify({ B: 'score', 'Vị trí': 'ignore' }));
      writeFileSync(
        join(dir, 'b.json'),
        JSON.stringify([
          { header: 'Kết quả', column: 'B', role: 'score' },
          { header: 'Vị trí', column: 'C', role: 'rank' },
        ]),
      );
      const a = await cli(['needs-mapping.csv', '--json', '--map-file', join(dir, 'a.json')]);
      expect(a.code).toBe(0);
      expect((a.json as { rows: { rankSource: string }[] }).rows[0]?.rankSource).toBe('computed');
      const b = await cli(['needs-mapping.csv', '--json', '--map-file', join(dir, 'b.json')]);
      expect((b.json as { rows: { rankSource: string }[] }).rows[0]?.rankSource).toBe('published');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a header with commas is a key; a mapping naming no column is an error; bad roles are usage errors', async () => {
    const mapped = await load('group-under-nhom.csv', {
      mapping: [
        { key: 'Nhóm', role: 'ignore' },
        { key: 'Z', role: 'score' },
      ],
    });
    expect(codes(mapped.report)).toContain('MAPPING_UNKNOWN_COLUMN');
    expect((await cli(['needs-mapping.csv', '--map', 'B=points'])).code).toBe(2);
    expect((await cli(['needs-mapping.csv', '--map', 'B'])).code).toBe(2);
  });

  it('the user’s role wins over detection (a tier column mapped as a group)', async () => {
    const { report } = await load('tier-under-nhom.csv', {
      mapping: [{ key: 'C', role: 'group' }],
    });
    expect(report.columns?.[2]?.role).toBe('group');
    expect(report.groups).toEqual(['rat-tot', 'tot', 'kha', 'trung-binh']);
  });
});

describe('2. any index, named from the file', () => {
  it('"Điểm PAPI" is the score and the dataset is a PAPI dataset', async () => {
    const { report, dataset } = await load('papi-index.csv', { group: 'Tỉnh' });
    expect(report.ok).toBe(true);
    expect(report.columns?.[1]?.role).toBe('score');
    expect(dataset?.indexName).toBe('PAPI');
  });
});

describe('2. any scale, declared in the title, the header or by the user', () => {
  it('reads the scale from a title or a score header, never from a month or a year span', () => {
    expect(scaleFromText('Chỉ số PAPI 2022 (thang điểm 0–10)')).toBe(10);
    expect(scaleFromText('Điểm tổng hợp (thang 100)')).toBe(100);
    expect(scaleFromText('Kết quả DDCI, thang điểm từ 0 đến 10')).toBe(10);
    expect(scaleFromText('PAPI score (0-10)')).toBe(10);
    expect(scaleFromText('Score out of 60')).toBe(60);
    expect(scaleFromText('Báo cáo tháng 5 năm 2022')).toBeNull();
    expect(scaleFromText('DCCI 2019–2022')).toBeNull();
    expect(scaleFromText('Điểm tổng hợp')).toBeNull();
  });

  it('a 0–10 PAPI title: totals like 7.12 import, the dataset is PAPI on 0–10', async () => {
    const { report, dataset } = await load('papi-scale-10.csv', { group: 'Tỉnh' });
    expect(codes(report)).not.toContain('OUT_OF_RANGE');
    expect(report.ok).toBe(true);
    expect(report.index).toBe('PAPI');
    expect(report.scale).toEqual({ min: 0, max: 10 });
    expect(dataset?.indexName).toBe('PAPI');
    expect(dataset?.scale?.total).toEqual({ min: 0, max: 10 });
    expect(validateDataset(dataset!)).toEqual([]);
    // Through the stored format (v2) and back.
    const back = tryDecodeDataset(encodeDataset(dataset!));
    expect(back.ok && back.value.scale?.total.max).toBe(10);
  });

  it('a total above the declared maximum is OUT_OF_RANGE naming the scale', async () => {
    const { report, dataset } = await load('papi-index.csv', { group: 'Tỉnh', scale: 10 });
    expect(dataset).toBeNull();
    const out = report.issues.filter((i) => i.code === 'OUT_OF_RANGE');
    expect(out.map((i) => i.value)).toEqual(['46.10', '41.20', '44.60']);
    expect(out[0]?.params).toMatchObject({ min: 0, max: 10, scale: true });
    expect(report.scale).toEqual({ min: 0, max: 10 });
    // Without a declaration the same file is a 0–100 PAPI file.
    const plain = await load('papi-index.csv', { group: 'Tỉnh' });
    expect(plain.report.ok).toBe(true);
    expect(plain.dataset?.scale).toBeUndefined();
  });

  it('the user’s index name and scale win over the file’s', async () => {
    const { dataset, report } = await load('papi-scale-10.csv', {
      group: 'Tỉnh',
      indexName: ' DDCI ',
      scale: 60,
    });
    expect(report.index).toBe('DDCI');
    expect(dataset?.indexName).toBe('DDCI');
    expect(dataset?.scale?.total).toEqual({ min: 0, max: 60 });
  });

  it('the validator takes --index and --scale and prints index and scale in JSON', async () => {
    const ok = await cli(['papi-scale-10.csv', '--json', '--group', 'Tỉnh', '--index', 'DDCI']);
    expect(ok.code).toBe(0);
    expect(ok.json).toMatchObject({ index: 'DDCI', scale: { min: 0, max: 10 } });
    const refused = await cli(['papi-index.csv', '--json', '--group', 'Tỉnh', '--scale', '10']);
    expect(refused.code).toBe(1);
    expect(refused.json).toMatchObject({ ok: false, scale: { min: 0, max: 10 } });
    const bad = await cli(['papi-index.csv', '--scale', 'ten']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--scale');
  });
});

describe('3. ranks as published', () => {
  it('reads "Hạng 1", "thứ 2", "3/63", "=4", "6*", "60/63 (↑2)" with field sizes', async () => {
    const { report } = await load('text-ranks.csv');
    expect(report.ok).toBe(true);
    expect(rows(report)).toBe(
      '- Quảng Ninh=73.02/1; - Hải Phòng=70.61/2; - Bình Dương=70.15/3of63; - Long An=69.8/4; - Đồng Tháp=69.8/4; - Bắc Ninh=68.1/6; - Bắc Kạn=58.31/60of63',
    );
    expect(codes(report)).not.toContain('NOT_A_NUMBER');
  });

  it('a column of words that are not ranks gives one issue for the column, not one per line', async () => {
    const { report } = await load('bad-ranks.csv');
    expect(report.issues.filter((i) => i.severity === 'error').map(brief)).toEqual([
      'error RANK_NOT_READ 2:2:C "nhất"',
    ]);
    expect(report.issues[0]?.related.map((r) => r.line)).toEqual([3, 4]);
  });
});

describe('4. wide files', () => {
  it('keeps the published rank of each year and skips a blank unit-year', async () => {
    const { report } = await load('wide-score-rank.csv', { group: 'Huyện' });
    expect(rows(report)).toBe(
      '2019 Ba Bể=62/2; 2020 Ba Bể=71.97/1; 2019 Bạch Thông=64.5/1; 2020 Bạch Thông=70.1/2; 2019 Na Rì=58/3',
    );
    expect(report.rows.every((r) => r.rankSource === 'published')).toBe(true);
  });

  it('reads years under merged "Điểm PCI" and "Xếp hạng" header cells', async () => {
    const { report } = await load('wide-two-rows.csv', { group: 'Tỉnh' });
    expect(report.columns?.map((c) => `${c.role}${c.year ?? ''}`)).toEqual([
      'ignore',
      'unit',
      'score2019',
      'score2020',
      'rank2019',
      'rank2020',
    ]);
    expect(rows(report)).toBe(
      '2019 Quảng Ninh=73.4/1; 2020 Quảng Ninh=75.09/1; 2019 Đồng Tháp=72.1/2; 2020 Đồng Tháp=70/5; 2019 Bắc Kạn=58.2/59of63; 2020 Bắc Kạn=61.97/59of63',
    );
  });

  it('stores the "of 63" in the dataset (format version 2), through the codec', async () => {
    const { dataset } = await load('wide-two-rows.csv', { group: 'Tỉnh' });
    expect(dataset).not.toBeNull();
    const back = tryDecodeDataset(JSON.parse(JSON.stringify(encodeDataset(dataset!))));
    expect(back.ok).toBe(true);
    const sizes = (back.ok ? back.value : dataset!).observations.map(
      (o) => `${o.year} ${o.unitId} ${o.publishedRank}/${o.fieldSize ?? '-'}`,
    );
    expect(sizes).toContain('2019 tinh.bac-kan 59/63');
    expect(sizes).toContain('2019 tinh.quang-ninh 1/-');
    expect(validateDataset(dataset!)).toEqual([]);
  });
});

describe('5. rows that are not units', () => {
  it('median, average and national rows anywhere are summary rows; "Tổng cục …" stays a unit', async () => {
    const { report } = await load('summary-rows.csv');
    expect(report.rows.map((r) => r.unit)).toEqual([
      'Tổng cục Thống kê',
      'Cục Thuế',
      'Kho bạc Nhà nước',
    ]);
    expect(
      report.issues.filter((i) => i.code === 'SUMMARY_ROW_IGNORED').map((i) => i.value),
    ).toEqual(['Trung vị các đơn vị', 'Bình quân', 'Cả nước', 'Median']);
  });
});

describe('5. summary rows kept as reference lines', () => {
  it('keeps label, year, group and total of each summary row, never as a unit', async () => {
    const { report, dataset } = await load('summary-reference.csv');
    expect(report.rows.map((r) => r.unit)).toEqual([
      'Sở Tư pháp',
      'Sở Tài chính',
      'Ba Bể',
      'Chợ Đồn',
    ]);
    expect(dataset?.summaryRows).toEqual([
      { name: 'Trung bình khối', year: 2023, groupId: 'so-nganh', total: 74.15 },
      { name: 'Trung vị các đơn vị', year: 2023, groupId: null, total: 66 },
    ]);
    expect(dataset?.units.map((u) => u.name)).not.toContain('Trung bình khối');
    expect(validateDataset(dataset!)).toEqual([]);
    const back = tryDecodeDataset(encodeDataset(dataset!));
    expect(back.ok && back.value.summaryRows).toEqual(dataset?.summaryRows);
  });

  it('a title’s year and the table’s only group go to its national median', async () => {
    const { dataset } = await load('papi-scale-10.csv', { group: 'Tỉnh' });
    expect(dataset?.summaryRows).toEqual([
      { name: 'Trung vị 63 tỉnh', year: 2022, groupId: 'tinh', total: 6.8 },
    ]);
  });
});

describe('6. tier is not group', () => {
  it('"Nhóm" over tier words is the tier column; over block names the group column', async () => {
    const tier = await load('tier-under-nhom.csv');
    expect(tier.report.columns?.[2]?.role).toBe('tier');
    expect(tier.report.rows.map((r) => r.tier)).toEqual(['Rất tốt', 'Tốt', 'Khá', 'Trung bình']);
    expect(tier.dataset).toBeNull(); // no group yet: the preview asks
    const group = await load('group-under-nhom.csv', { year: 2023 });
    expect(group.report.columns?.[0]?.role).toBe('group');
    expect(group.report.groups).toEqual(['so-nganh', 'huyen']);
  });
});

describe('7. single-unit tables', () => {
  it('takes the unit from the title', async () => {
    const { report, dataset } = await load('single-unit.csv', { group: 'Tỉnh' });
    expect(codes(report)).toContain('UNIT_FROM_TITLE');
    expect(rows(report)).toBe(
      '2018 Bắc Kạn=58.31/60of63; 2019 Bắc Kạn=59.8/59of63; 2020 Bắc Kạn=61.97/59of63',
    );
    expect(dataset?.units.map((u) => u.name)).toEqual(['Bắc Kạn']);
  });

  it('asks for the unit without a title, and takes --unit', async () => {
    const asked = await load('single-unit-untitled.csv', { group: 'Tỉnh' });
    expect(codes(asked.report)).toContain('UNIT_MISSING');
    expect(asked.dataset).toBeNull();
    const run = await cli([
      'single-unit-untitled.csv',
      '--json',
      '--group',
      'Tỉnh',
      '--unit',
      'Bắc Kạn',
    ]);
    expect(run.code).toBe(0);
    expect(
      (run.json as { units: number; rows: { unit: string }[] }).rows.map((r) => r.unit),
    ).toEqual(['Bắc Kạn', 'Bắc Kạn']);
  });
});

describe('8. published ranks trusted where they can be right', () => {
  it('equal rounded scores with different ranks and a top-N list that skips a rank: no warning', async () => {
    const { report } = await load('rank-ties-topn.csv');
    expect(codes(report)).not.toContain('RANK_CONTRADICTS_SCORE');
  });

  it('a rank that inverts strictly different scores: one warning naming both lines', async () => {
    const { report } = await load('rank-inverted.csv');
    const warnings = report.issues.filter((i) => i.code === 'RANK_CONTRADICTS_SCORE');
    expect(warnings.map(brief)).toEqual(['warning RANK_CONTRADICTS_SCORE 3:3:C "1"']);
    expect(warnings[0]?.related.map((r) => r.line)).toEqual([2]);
  });
});

describe('9. advice that fits', () => {
  it('letters lost as "?" in an ANSI save: re-save advice, not a TCVN3/VNI conversion', async () => {
    const { report } = await load('ansi-lost-letters.csv');
    expect(report.ok).toBe(false);
    expect(new Set(codes(report))).toEqual(new Set(['TEXT_LOST_IN_SAVE']));
  });

  it('a "?" inside a URL-like cell does not refuse the file', async () => {
    const { report } = await load('url-question-mark.csv', { group: 'Huyện', year: 2019 });
    expect(report.ok).toBe(true);
    expect(codes(report)).not.toContain('TEXT_LOST_IN_SAVE');
  });

  it('browser messages never mention command-line flags; the validator’s do', async () => {
    const { issueMessage } = await import('../../../src/i18n/issueMessages.ts');
    const { report } = await load('single-unit-untitled.csv');
    for (const code of ['GROUP_MISSING', 'UNIT_MISSING'] as const) {
      const issue = report.issues.find((i) => i.code === code);
      if (issue === undefined) throw new Error(`no ${code}`);
      for (const lang of ['vi', 'en'] as const) {
        expect(issueMessage(issue, lang)).not.toMatch(/--[a-z]/);
        expect(issueMessage(issue, lang, 'cli')).toMatch(/--(group|unit)/);
      }
    }
  });
});
