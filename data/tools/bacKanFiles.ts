/**
 * Renders the illustrative Bắc Kạn DCCI files from generated cells: the dataset CSV, the
 * response-level CSV, the sidecar metadata and the empty template. Pure (returns strings/objects).
 */
import type { DatasetMeta } from '../../src/domain/meta.ts';
import {
  ABSENT_UNIT_YEARS,
  GROUPS,
  INDICATOR_IDS,
  MISSING_SUB_INDICES,
  SUB_INDICES,
  TIERS,
  UNITS,
} from './bacKanDefinition.ts';
import type { BacKanGroupId } from './bacKanDefinition.ts';
import { formatHundredths } from './aggregate.ts';
import { csvDocument, ILLUSTRATIVE_TITLE } from './csv.ts';
import { DEFAULT_SEED } from './generator.ts';
import type { Cell, DcciRow } from './generator.ts';

const groupName = (id: BacKanGroupId): string => GROUPS.find((g) => g.id === id)?.name.vi ?? id;
const h = (v: number | null): string | null => (v === null ? null : formatHundredths(v));

/** Header of data/bac-kan-dcci.csv. */
export const DCCI_HEADER: readonly string[] = [
  'Năm',
  'Khối',
  'Đơn vị',
  'Điểm tổng hợp',
  'Xếp hạng',
  'Nhóm xếp hạng',
  ...SUB_INDICES.map((s) => s.name.vi),
  'Số phiếu',
  'Sai số chuẩn',
  'Ghi chú',
];

/** data/bac-kan-dcci.csv: title line with the illustrative marker, header, one row per unit-year. */
export function renderDcciCsv(rows: readonly DcciRow[]): string {
  return csvDocument([
    [ILLUSTRATIVE_TITLE],
    DCCI_HEADER,
    ...rows.map((r) => [
      r.year,
      groupName(r.group),
      r.unit,
      h(r.total100),
      r.rank,
      r.tier,
      // A sub-index that does not apply to the group and a missing one are both empty cells.
      ...SUB_INDICES.map((s) => h(r.scores.get(s.id) ?? null)),
      r.respondents,
      h(r.se100),
      r.note,
    ]),
  ]);
}

/** Header of data/bac-kan-dcci-responses.csv. */
export const RESPONSES_HEADER: readonly string[] = [
  'Năm',
  'Khối',
  'Đơn vị',
  'Mã phiếu',
  ...INDICATOR_IDS,
];

/** data/bac-kan-dcci-responses.csv: one row per simulated respondent, answers 1–5, empty = none. */
export function renderResponsesCsv(cells: readonly Cell[]): string {
  return csvDocument([
    [ILLUSTRATIVE_TITLE],
    RESPONSES_HEADER,
    ...cells.flatMap((c) =>
      c.respondents.map((r) => [c.year, groupName(c.group), c.unit, r.id, ...r.answers]),
    ),
  ]);
}

/** data/template.csv: the header officials fill in (no title line: their data is official). */
export function renderTemplateCsv(): string {
  return csvDocument([
    [
      'Năm',
      'Khối',
      'Đơn vị',
      'Điểm tổng hợp',
      'Xếp hạng',
      ...SUB_INDICES.map((s) => s.name.vi),
      'Số phiếu',
      'Ghi chú',
    ],
  ]);
}

/** "Rất tốt ≥ 75, Tốt ≥ 65, Khá ≥ 55, Trung bình < 55". */
function tierText(lang: 'vi' | 'en'): string {
  return TIERS.map((x, i) =>
    x.min > 0 ? `${x[lang]} ≥ ${x.min}` : `${x[lang]} < ${TIERS[i - 1]?.min ?? 0}`,
  ).join(', ');
}

const t = (vi: string, en: string): { vi: string; en: string } => ({ vi, en });

/** data/bac-kan-dcci.meta.json */
export function buildDcciMeta(seed: number = DEFAULT_SEED): DatasetMeta {
  const weightText = SUB_INDICES.map((s) => `${s.shortName.en} ${s.weight}`).join(', ');
  // Sub-indices by name, never by internal id: the notes are read by people ("About the data").
  const subName = (id: string, lang: 'vi' | 'en') =>
    SUB_INDICES.find((s) => s.id === id)?.name[lang] ?? id;
  const missing = (lang: 'vi' | 'en') =>
    MISSING_SUB_INDICES.map((m) => `${m.unit} ${m.year}: ${subName(m.subIndex, lang)}`).join('; ');
  const absent = ABSENT_UNIT_YEARS.map((a) => `${a.unit} ${a.year}`).join('; ');
  return {
    id: 'bac-kan-dcci',
    title: t(
      'DCCI Bắc Kạn 2018–2020 (số liệu minh họa)',
      'Bắc Kạn DCCI 2018–2020 (illustrative data)',
    ),
    province: t('Bắc Kạn', 'Bắc Kạn'),
    indexName: 'DCCI',
    illustrative: true,
    source: {
      name: t(
        'Dữ liệu minh họa do nhóm phát triển tạo bằng bộ sinh số có hạt giống cố định',
        'Illustrative data made by the development team with a fixed-seed generator',
      ),
      licence: t('CC0 (số liệu tự tạo)', 'CC0 (made-up numbers)'),
      note: t(
        `Điểm không phải kết quả chính thức: điểm từng đơn vị của DCCI Bắc Kạn chưa được công bố ở dạng dữ liệu. Tên đơn vị và cấu trúc là thật; điểm được tính từ phiếu trả lời mô phỏng (data/bac-kan-dcci-responses.csv, hạt giống ${seed}) theo phương pháp trong data/README.md.`,
        `Not official results: Bắc Kạn's unit-level DCCI scores are not public as data. Unit names and structure are real; scores are computed from simulated questionnaire answers (data/bac-kan-dcci-responses.csv, seed ${seed}) by the method in data/README.md.`,
      ),
    },
    groups: GROUPS.map((g) => ({ id: g.id, name: g.name, aliases: [g.name.vi] })),
    subIndices: SUB_INDICES.map((s) => ({
      id: s.id,
      name: s.name,
      shortName: s.shortName,
      columns: [s.name.vi],
      weight: s.weight,
      ...(s.groups === undefined ? {} : { groups: [...s.groups] }),
      direction: 'higher-is-better' as const,
    })),
    units: UNITS.map((u) => ({
      group: u.group,
      name: u.name,
      nameEn: u.nameEn,
      ...(u.code === undefined ? {} : { code: u.code }),
    })),
    notes: [
      t(
        'SỐ LIỆU MINH HỌA: mọi điểm, thứ hạng, số phiếu và sai số trong bộ dữ liệu này do bộ sinh số tạo ra; điểm chính thức từng đơn vị của Bắc Kạn (bất kỳ năm nào) không được công bố ở dạng có thể dùng được.',
        "ILLUSTRATIVE DATA: every score, rank, respondent count and standard error here is generated; Bắc Kạn's official unit scores (any year) are not publicly available in usable form.",
      ),
      t(
        'Danh sách sở, ban, ngành và cơ quan Trung ương là danh sách điển hình của một tỉnh như Bắc Kạn, không phải danh sách khảo sát chính thức (chưa công bố). 8 huyện, thành phố là thật (kèm mã đơn vị hành chính của Tổng cục Thống kê).',
        'The lists of departments and central agencies are typical for a province like Bắc Kạn, not the official survey lists (not public). The 8 district-level units are real (with their GSO codes).',
      ),
      t(
        'Bộ 10 chỉ số thành phần Bắc Kạn ban hành ngày 14/9/2022 được áp dụng cho 2018–2020 để minh họa (bộ chỉ số 2018–2021 chưa công bố). Trọng số là MINH HỌA (tương đối): Minh bạch 15, Chi phí thời gian 15, các chỉ số khác 10; được chuẩn hóa lại trên các chỉ số có số liệu của từng dòng.',
        `Bắc Kạn's 10-sub-index set of 14/9/2022 is applied to 2018–2020 for illustration (the 2018–2021 set is not public). Weights are ILLUSTRATIVE and relative (${weightText}), renormalised over the sub-indices present in a row.`,
      ),
      t(
        'Số liệu minh họa được chọn để không mâu thuẫn với các sự kiện đã công bố năm 2020: 8 huyện, thành phố cách nhau 7,71 điểm, không đơn vị nào giữ hạng (5 tăng, 3 giảm); 19 sở, ngành cách nhau 18,9 điểm, 3 đơn vị giữ hạng; Sở Công Thương đứng thứ 4.',
        'The illustration is made not to contradict the public 2020 facts: the 8 district-level units spanned 7.71 points and none kept its 2019 rank (5 rose, 3 fell); the 19 departments spanned 18.9 points and 3 kept their rank; Sở Công Thương ranked 4th.',
      ),
      t(
        `Nhóm xếp hạng (minh họa): ${tierText('vi')}. Giá trị trống là thiếu số liệu, không phải 0: ${missing('vi')}; ${absent} chưa được khảo sát (không có dòng).`,
        `Tiers (illustrative): ${tierText('en')}. Empty cells are missing, not 0: ${missing('en')}; ${absent} not surveyed (no row).`,
      ),
      t(
        'Từ 1/7/2025 tỉnh Bắc Kạn sáp nhập vào tỉnh Thái Nguyên và cấp huyện không còn; bộ dữ liệu thể hiện các đơn vị như giai đoạn 2018–2020.',
        'Since 1/7/2025 Bắc Kạn is part of Thái Nguyên province and the district level no longer exists; the dataset shows the units as they were in 2018–2020.',
      ),
      t(
        'Khảo sát thật do Hiệp hội Doanh nghiệp tỉnh chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh và Hội Doanh nhân trẻ tỉnh; bắt đầu từ năm 2018.',
        "The real survey is led by the provincial Business Association with the provincial Cooperative Alliance and Young Entrepreneurs' Association; it began in 2018.",
      ),
    ],
  };
}
