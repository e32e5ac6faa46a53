import { describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../../src/domain/meta.ts';
import { importBytes, importText } from '../../../src/import/importDataset.ts';
import { utf8 } from './helpers.ts';

const META: DatasetMeta = {
  id: 'demo',
  title: { vi: 'DCCI mẫu', en: 'Sample DCCI' },
  province: { vi: 'Bắc Kạn', en: 'Bac Kan' },
  indexName: 'DCCI',
  illustrative: false,
  source: { name: { vi: 'Nguồn', en: 'Source' }, licence: { vi: 'CC0', en: 'CC0' } },
  groups: [
    {
      id: 'districts',
      name: { vi: 'Huyện, thành phố', en: 'Districts' },
      aliases: ['Huyện', 'Cấp huyện'],
    },
    { id: 'departments', name: { vi: 'Sở, ban, ngành', en: 'Departments' } },
  ],
  subIndices: [
    {
      id: 'time-costs',
      name: { vi: 'Chi phí thời gian', en: 'Time costs' },
      columns: ['Chi phí thời gian', 'CP thời gian'],
    },
    {
      id: 'digital',
      name: { vi: 'Chuyển đổi số', en: 'Digital' },
      columns: ['Chuyển đổi số'],
      groups: ['districts'],
    },
  ],
  units: [{ group: 'districts', name: 'Ba Bể', code: '061', nameEn: 'Ba Be' }],
};

const CSV = [
  'Năm,Khối,Đơn vị,Điểm tổng hợp,Xếp hạng,Nhóm xếp hạng,CP thời gian,Số phiếu,Sai số chuẩn,Ghi chú',
  '2023,cap huyen,Ba Bể,71.97,1,Tốt,7.9,40,1.2,ghi chú 1',
  '2023,Sở, ban, ngành,Sở Nội vụ,60.00,1,Khá,6.5,30,1.5,',
].join('\n');

describe('building a Dataset with a sidecar', () => {
  it('matches group cells to sidecar groups by alias, without case or diacritics', () => {
    const text = CSV.replace('Sở, ban, ngành', '"Sở, ban, ngành"');
    const { report, dataset } = importBytes(utf8(text), { meta: META });
    expect(report.ok).toBe(true);
    expect(report.rows.map((r) => r.group)).toEqual(['districts', 'departments']);
    expect(dataset?.units.map((u) => u.id)).toEqual(['districts.ba-be', 'departments.so-noi-vu']);
  });

  it('takes ids, titles, groups and sub-indices from the sidecar and unit codes from meta.units', () => {
    const { dataset } = importBytes(utf8(CSV.replace('Sở, ban, ngành', '"Sở, ban, ngành"')), {
      meta: META,
    });
    expect(dataset?.id).toBe('demo');
    expect(dataset?.title.en).toBe('Sample DCCI');
    expect(dataset?.subIndices.map((s) => s.id)).toEqual(['time-costs', 'digital']);
    expect(dataset?.subIndices[1]?.groups).toEqual(['districts']);
    expect(dataset?.units[0]).toEqual({
      id: 'districts.ba-be',
      groupId: 'districts',
      name: 'Ba Bể',
      code: '061',
      nameEn: 'Ba Be',
    });
  });

  it('fills every observation field and keeps a missing sub-index out of the map', () => {
    const { dataset } = importBytes(utf8(CSV.replace('Sở, ban, ngành', '"Sở, ban, ngành"')), {
      meta: META,
    });
    const first = dataset?.observations[0];
    expect(first).toMatchObject({
      unitId: 'districts.ba-be',
      year: 2023,
      total: 71.97,
      publishedRank: 1,
      tier: 'Tốt',
      respondents: 40,
      standardError: 1.2,
      notes: 'ghi chú 1',
    });
    expect([...(first?.subIndices ?? new Map())]).toEqual([['time-costs', 7.9]]);
  });

  it('refuses a group the sidecar does not know, naming the cell', () => {
    const { report } = importBytes(utf8(CSV.replace('Sở, ban, ngành', 'Xã')), { meta: META });
    expect(
      report.issues
        .filter((i) => i.severity === 'error')
        .map((i) => [i.code, i.line, i.column, i.value]),
    ).toEqual([['UNKNOWN_GROUP', 3, 'B', 'Xã']]);
  });

  it('uses the only group of a one-group sidecar when the file has no group column', () => {
    const meta: DatasetMeta = { ...META, groups: [META.groups[0]!] };
    const { report, dataset } = importBytes(utf8('Năm,Đơn vị,Điểm tổng hợp\n2023,Ba Bể,71.97\n'), {
      meta,
    });
    expect(report.groups).toEqual(['districts']);
    expect(dataset?.units[0]?.groupId).toBe('districts');
  });

  it('maps --group to a sidecar group by its name', () => {
    const { report } = importBytes(utf8('Năm,Đơn vị,Điểm tổng hợp\n2023,Ba Bể,71.97\n'), {
      meta: META,
      group: 'huyện, thành phố',
    });
    expect(report.groups).toEqual(['districts']);
  });

  it('matches sub-index columns by the English or short name too (exports in English)', () => {
    const { report, dataset } = importBytes(
      utf8('Year,Group,Unit,Score,Time costs,Digital\n2023,Districts,Ba Bể,71.97,7.9,6\n'),
      { meta: META },
    );
    expect(report.ok).toBe(true);
    expect([...(dataset?.observations[0]?.subIndices ?? new Map())]).toEqual([
      ['time-costs', 7.9],
      ['digital', 6],
    ]);
  });

  it('matches block headings to sidecar groups without the word "Khối"', () => {
    const text =
      'Năm,Đơn vị,Điểm tổng hợp\n2023,"I. KHỐI SỞ, BAN, NGÀNH",\n2023,Sở Nội vụ,70\n2023,"II. Khối huyện, thành phố",\n2023,Ba Bể,71.97\n';
    const { report, dataset } = importBytes(utf8(text), { meta: META });
    expect(report.ok).toBe(true);
    expect(report.groups).toEqual(['departments', 'districts']);
    expect(dataset?.units.map((u) => u.id)).toEqual(['departments.so-noi-vu', 'districts.ba-be']);
  });

  it('ignores, with a notice, a numeric column the sidecar does not define', () => {
    const { report } = importBytes(
      utf8('Năm,Khối,Đơn vị,Điểm tổng hợp,Lạ\n2023,Huyện,Ba Bể,71.97,5\n'),
      { meta: META },
    );
    expect(
      report.issues.filter((i) => i.code === 'COLUMN_IGNORED').map((i) => [i.column, i.header]),
    ).toEqual([['E', 'Lạ']]);
  });
});

describe('building a Dataset without a sidecar', () => {
  it('derives ids from the file name and headers, groups from the group column', () => {
    const text =
      'Năm,Khối,Đơn vị,DDCI,Chi phí thời gian\n2023,Huyện,Ba Bể,71.97,7.9\n2022,Huyện,Ba Bể,70,7\n';
    const { dataset } = importBytes(utf8(text), { fileName: 'Kết quả DDCI 2023.csv' });
    expect(dataset?.id).toBe('ket-qua-ddci-2023');
    expect(dataset?.title).toEqual({ vi: 'Kết quả DDCI 2023', en: 'Kết quả DDCI 2023' });
    expect(dataset?.indexName).toBe('DDCI');
    expect(dataset?.groups).toEqual([{ id: 'huyen', name: { vi: 'Huyện', en: 'Huyện' } }]);
    expect(dataset?.subIndices).toEqual([
      {
        id: 'chi-phi-thoi-gian',
        name: { vi: 'Chi phí thời gian', en: 'Chi phí thời gian' },
        columns: ['Chi phí thời gian'],
      },
    ]);
    expect(dataset?.years).toEqual([2022, 2023]);
    expect(dataset?.observations.every((o) => o.publishedRank === null)).toBe(true);
  });

  it('reads a code column as unit codes, not as a sub-index', () => {
    const text = 'Năm,Mã,Đơn vị,Điểm tổng hợp\n2023,061,Ba Bể,71.97\n2023,066,Na Rì,68.4\n';
    const { report, dataset } = importBytes(utf8(text), { group: 'Huyện' });
    expect(report.ok).toBe(true);
    expect(dataset?.units.map((u) => [u.name, u.code])).toEqual([
      ['Ba Bể', '061'],
      ['Na Rì', '066'],
    ]);
    expect(dataset?.subIndices).toEqual([]);
  });

  it('ignores, with a notice, an unknown column whose numbers are mostly outside 0–10', () => {
    const text =
      'Năm,Đơn vị,Điểm tổng hợp,Điểm năm trước,Chi phí thời gian\n2023,Ba Bể,71.97,70.2,7.9\n2023,Na Rì,68.4,66.1,11.2\n';
    const { report } = importBytes(utf8(text), { group: 'Huyện' });
    expect(
      report.issues
        .filter((i) => i.severity !== 'notice' || i.code === 'COLUMN_IGNORED')
        .map((i) => [i.code, i.column, i.value]),
    ).toEqual([
      ['OUT_OF_RANGE', 'E', '11.2'],
      ['COLUMN_IGNORED', 'D', 'Điểm năm trước'],
    ]);
  });

  it('prefers options.datasetId and the title row', () => {
    const text = 'Kết quả DCCI huyện năm 2023\nĐơn vị,Điểm tổng hợp\nBa Bể,71.97\n';
    const { dataset } = importBytes(utf8(text), { datasetId: 'mine', group: 'Huyện' });
    expect(dataset?.id).toBe('mine');
    expect(dataset?.title.vi).toBe('Kết quả DCCI huyện năm 2023');
    expect(dataset?.years).toEqual([2023]);
  });

  it('locates the illustrative marker on the title line that carries it', () => {
    const text =
      'Bảng 1\nSỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA\nĐơn vị,Điểm tổng hợp\nBa Bể,71.97\n';
    const { report, dataset } = importBytes(utf8(text), { group: 'x', year: 2023 });
    expect(report.issues.find((i) => i.code === 'ILLUSTRATIVE_MARKER')?.line).toBe(2);
    expect(dataset?.illustrative).toBe(true);
  });

  it('lets options.year win over a year in the title', () => {
    const text = 'Kết quả năm 2023\nĐơn vị,Điểm tổng hợp\nBa Bể,71.97\n';
    const { report } = importBytes(utf8(text), { year: 2020, group: 'x' });
    expect(report.years).toEqual([2020]);
    expect(report.issues.map((i) => i.code)).not.toContain('YEAR_FROM_TITLE');
  });

  it('refuses an empty year cell in a file with a year column', () => {
    const { report } = importBytes(utf8('Năm,Đơn vị,Điểm tổng hợp\n,Ba Bể,71.97\n'));
    expect(
      report.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.line, i.column]),
    ).toEqual([['YEAR_MISSING', 2, 'A']]);
  });

  it('skips rows numbered in advance in a template (only the STT cell filled)', () => {
    const { report } = importBytes(
      utf8('STT,Năm,Đơn vị,Điểm tổng hợp\n1,2023,Ba Bể,71.97\n2,,,\n3,,,\n'),
      { group: 'Huyện' },
    );
    expect(report.ok).toBe(true);
    expect(report.rows.map((r) => r.unit)).toEqual(['Ba Bể']);
  });

  it('refuses a row with data but no unit name', () => {
    const { report } = importBytes(utf8('Năm,Đơn vị,Điểm tổng hợp\n2023,,71.97\n'));
    expect(
      report.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.line, i.column]),
    ).toEqual([['EMPTY_UNIT_NAME', 2, 'B']]);
  });

  it('keeps the Vietnamese name column when there are two (province, province_vi)', () => {
    const text =
      'year,province,province_vi,pci_score,rank\n2005,Binh Duong,Bình Dương,76.8190,1\n2005,Da Nang,Đà Nẵng,70.6731,2\n';
    const { report } = importBytes(utf8(text), { group: 'Tỉnh' });
    expect(report.rows.map((r) => r.unit)).toEqual(['Bình Dương', 'Đà Nẵng']);
    expect(report.issues.filter((i) => i.code === 'COLUMN_IGNORED').map((i) => i.column)).toEqual([
      'B',
    ]);
  });
});

describe('importing pasted text', () => {
  it('reads a table copied from Excel (tab-separated, no trailing newline)', () => {
    const { report } = importText(
      'Năm\tĐơn vị\tĐiểm tổng hợp\r\n2023\tBa Bể\t71,97\r\n2023\tNa Rì\t68,4',
      { group: 'Huyện' },
    );
    expect(report).toMatchObject({ ok: true, encoding: 'utf-8', delimiter: '\t', decimal: ',' });
    expect(report.rows.map((r) => [r.unit, r.score])).toEqual([
      ['Ba Bể', 71.97],
      ['Na Rì', 68.4],
    ]);
  });
});
