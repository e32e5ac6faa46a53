/**
 * Converts the vietnamdata PCI 2005–2016 file (data/sources/pci_2005_2016.csv, a copy of
 * reference-data/vietnamdata-pci) into the app's long CSV schema plus its sidecar metadata, and
 * Bắc Kạn's PCI ranks 2018–2022 (data/sources/pci_bac_kan_2018_2022.csv) into a context file.
 *
 * Values are copied as TEXT, never parsed and re-printed, so every number equals the source.
 * The source column `policy_bias_equal_competition` holds two different measures and is split:
 * 2005–2008 → policy bias, 2013–2016 → equal competition (empty 2009–2012).
 */
import Papa from 'papaparse';
import type { DatasetMeta } from '../../src/domain/meta.ts';
import { csvDocument } from './csv.ts';

type Row = Readonly<Record<string, string>>;

interface PciSubIndex {
  readonly id: string;
  readonly source: string;
  readonly vi: string;
  readonly en: string;
  readonly shortVi: string;
  readonly shortEn: string;
  /** Weight in percent stated in the PCI 2016 handbook; absent for sub-indices gone by 2016. */
  readonly weight?: number;
  /** Which source years feed this sub-index (the split column uses only part of its years). */
  readonly inYear?: (year: number) => boolean;
}

/** Display order follows the PCI tables; `source` is the vietnamdata column. */
export const PCI_SUB_INDICES: readonly PciSubIndex[] = [
  {
    id: 'entry-costs',
    source: 'entry_costs',
    vi: 'Chi phí gia nhập thị trường',
    en: 'Entry costs',
    shortVi: 'Gia nhập thị trường',
    shortEn: 'Entry costs',
    weight: 5,
  },
  {
    id: 'land-access',
    source: 'land_access',
    vi: 'Tiếp cận đất đai',
    en: 'Land access',
    shortVi: 'Đất đai',
    shortEn: 'Land access',
    weight: 5,
  },
  {
    id: 'transparency',
    source: 'transparency',
    vi: 'Tính minh bạch',
    en: 'Transparency',
    shortVi: 'Minh bạch',
    shortEn: 'Transparency',
    weight: 20,
  },
  {
    id: 'time-costs',
    source: 'time_costs',
    vi: 'Chi phí thời gian',
    en: 'Time costs',
    shortVi: 'CP thời gian',
    shortEn: 'Time costs',
    weight: 5,
  },
  {
    id: 'informal-charges',
    source: 'informal_charges',
    vi: 'Chi phí không chính thức',
    en: 'Informal charges',
    shortVi: 'CP không chính thức',
    shortEn: 'Informal charges',
    weight: 10,
  },
  {
    id: 'policy-bias',
    source: 'policy_bias_equal_competition',
    vi: 'Ưu đãi đối với doanh nghiệp nhà nước',
    en: 'Policy bias',
    shortVi: 'Ưu đãi DNNN',
    shortEn: 'Policy bias',
    inYear: (y) => y <= 2008,
  },
  {
    id: 'equal-competition',
    source: 'policy_bias_equal_competition',
    vi: 'Cạnh tranh bình đẳng',
    en: 'Equal competition',
    shortVi: 'Cạnh tranh BĐ',
    shortEn: 'Equal competition',
    weight: 5,
    inYear: (y) => y >= 2013,
  },
  {
    id: 'proactivity',
    source: 'proactivity',
    vi: 'Tính năng động của chính quyền tỉnh',
    en: 'Proactivity of provincial leadership',
    shortVi: 'Năng động',
    shortEn: 'Proactivity',
    weight: 5,
  },
  {
    id: 'business-support',
    source: 'business_support',
    vi: 'Dịch vụ hỗ trợ doanh nghiệp',
    en: 'Business support services',
    shortVi: 'Hỗ trợ DN',
    shortEn: 'Business support',
    weight: 20,
  },
  {
    id: 'labour-training',
    source: 'labor_training',
    vi: 'Đào tạo lao động',
    en: 'Labour training',
    shortVi: 'Đào tạo LĐ',
    shortEn: 'Labour training',
    weight: 20,
  },
  {
    id: 'legal-institutions',
    source: 'legal_institutions',
    vi: 'Thiết chế pháp lý',
    en: 'Legal institutions',
    shortVi: 'Pháp lý',
    shortEn: 'Legal institutions',
    weight: 5,
  },
  {
    id: 'implementation-consistency',
    source: 'implementation_consistency',
    vi: 'Tính nhất quán trong thực thi chính sách',
    en: 'Implementation consistency',
    shortVi: 'Nhất quán',
    shortEn: 'Consistency',
  },
];

export const PCI_HEADER: readonly string[] = [
  'Năm',
  'Tỉnh, thành phố',
  'Điểm PCI',
  'Xếp hạng',
  ...PCI_SUB_INDICES.map((s) => s.vi),
];

/** Parses a small, trusted CSV (the vendored sources) into records keyed by header. */
export function readCsvRecords(text: string): Row[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: true,
    dynamicTyping: false,
  });
  if (parsed.errors.length > 0) throw new Error(`CSV error: ${parsed.errors[0]?.message ?? ''}`);
  const [header, ...rows] = parsed.data;
  if (header === undefined) return [];
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

const field = (row: Row, key: string): string => {
  const v = row[key];
  if (v === undefined) throw new Error(`source column ${key} missing`);
  return v;
};

/** The value of a sub-index in a source row, as text ('' when missing or not in that year). */
export function subIndexCell(row: Row, s: PciSubIndex): string {
  const year = Number(field(row, 'year'));
  if (s.inYear !== undefined && !s.inYear(year)) return '';
  return field(row, s.source);
}

/**
 * The three PCI 2020 names published as abbreviations (pcivietnam.vn ranking page), written as
 * in the 2005–2016 file so the rows join the same units. Every other 2020 name is already the
 * 2005–2016 name; `pci2020Rows` checks that each one is.
 */
export const PCI_2020_NAMES: ReadonlyMap<string, string> = new Map([
  ['TP.HCM', 'TP. Hồ Chí Minh'],
  ['BRVT', 'Bà Rịa - Vũng Tàu'],
  ['TT-Huế', 'Thừa Thiên Huế'],
]);

/** The PCI 2020 rows (data/sources/pci_2020_ranking_63.csv): year, province as in 2005–2016, score, rank. */
export function pci2020Rows(
  text: string,
  knownNames: ReadonlySet<string>,
): { year: string; province: string; score: string; rank: string }[] {
  return readCsvRecords(text).map((r) => {
    const published = field(r, 'province_vi_as_published');
    const province = PCI_2020_NAMES.get(published) ?? published;
    if (!knownNames.has(province)) throw new Error(`PCI 2020: unknown province ${published}`);
    return {
      year: field(r, 'year'),
      province,
      score: field(r, 'pci_score'),
      rank: field(r, 'rank'),
    };
  });
}

/**
 * data/pci.csv from the source text(s). One row per 2005–2016 source row, same order; then the
 * 2020 rows (total and rank only: every sub-index cell empty), in published rank order.
 */
export function renderPciCsv(sourceText: string, text2020?: string): string {
  const rows = readCsvRecords(sourceText);
  const names = new Set(rows.map((r) => field(r, 'province_vi')));
  const rows2020 = text2020 === undefined ? [] : pci2020Rows(text2020, names);
  return csvDocument([
    PCI_HEADER,
    ...rows.map((r) => [
      field(r, 'year'),
      field(r, 'province_vi'),
      field(r, 'pci_score'),
      field(r, 'rank'),
      ...PCI_SUB_INDICES.map((s) => subIndexCell(r, s)),
    ]),
    ...rows2020.map((r) => [r.year, r.province, r.score, r.rank, ...PCI_SUB_INDICES.map(() => '')]),
  ]);
}

const t = (vi: string, en: string): { vi: string; en: string } => ({ vi, en });

/** data/pci.meta.json; `isoText` is the geoBoundaries name → ISO 3166-2 extract. */
export function buildPciMeta(sourceText: string, isoText: string, text2020?: string): DatasetMeta {
  const rows = readCsvRecords(sourceText);
  const with2020 = text2020 !== undefined;
  const iso = new Map(
    readCsvRecords(isoText).map((r) => [field(r, 'shapeName'), field(r, 'shapeISO')]),
  );
  const provinces = [...new Set(rows.map((r) => field(r, 'province_vi')))];
  const yearsWith = (s: PciSubIndex): number[] =>
    [
      ...new Set(
        rows.filter((r) => subIndexCell(r, s) !== '').map((r) => Number(field(r, 'year'))),
      ),
    ].sort((a, b) => a - b);
  const allYears = [...new Set(rows.map((r) => Number(field(r, 'year'))))];
  return {
    id: 'pci',
    title: with2020
      ? t(
          'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) 2005–2016 và 2020',
          'Provincial Competitiveness Index (PCI) 2005–2016 and 2020',
        )
      : t(
          'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) 2005–2016',
          'Provincial Competitiveness Index (PCI) 2005–2016',
        ),
    province: null,
    indexName: 'PCI',
    illustrative: false,
    source: {
      name: t('PCI – VCCI & USAID (pcivietnam.vn)', 'PCI – VCCI & USAID (pcivietnam.vn)'),
      url: 'https://pcivietnam.vn',
      licence: t(
        'Dữ liệu CC0 (gói vietnamdata); số liệu của VCCI & USAID',
        'Data CC0 (vietnamdata package); figures by VCCI & USAID',
      ),
      note: t(
        'Chuyển đổi từ gói R vietnamdata của Minh D. Trinh (github.com/mdtrinh/vietnamdata, commit be581b8d5b1f0c6a747199fe23d8a77e55396e17), số liệu thu thập từ pcivietnam.org; năm 2013 được dựng lại từ tệp PCI_2013.xlsx của gói. Giá trị giữ nguyên như tệp nguồn (4 chữ số thập phân).',
        "Converted from Minh D. Trinh's R package vietnamdata (github.com/mdtrinh/vietnamdata, commit be581b8d5b1f0c6a747199fe23d8a77e55396e17), scraped from pcivietnam.org; 2013 rebuilt from the package's PCI_2013.xlsx. Values exactly as in the source file (4 decimals).",
      ),
    },
    groups: [
      { id: 'provinces', name: t('Tỉnh, thành phố', 'Provinces'), aliases: ['Tỉnh, thành phố'] },
    ],
    subIndices: PCI_SUB_INDICES.map((s) => {
      const years = yearsWith(s);
      return {
        id: s.id,
        name: t(s.vi, s.en),
        shortName: t(s.shortVi, s.shortEn),
        columns: [s.vi],
        ...(s.weight === undefined ? {} : { weight: s.weight }),
        ...(years.length === allYears.length ? {} : { years }),
        direction: 'higher-is-better' as const,
      };
    }),
    units: provinces.map((name) => {
      const code = iso.get(name);
      return { group: 'provinces', name, ...(code === undefined ? {} : { code }) };
    }),
    notes: [
      ...(with2020
        ? [
            t(
              '2020: chỉ có điểm PCI và xếp hạng (chép tay từ bảng xếp hạng PCI 2020 trên pcivietnam.vn), không có chỉ số thành phần; 2017–2019 không có số liệu. Đường xu hướng ngắt quãng giữa 2016 và 2020, và không tính thay đổi so với năm trước cho 2020.',
              '2020: total and rank only (transcribed from the PCI 2020 ranking on pcivietnam.vn), no sub-indices; 2017–2019 not available. Trend lines break between 2016 and 2020, and 2020 shows no change against a previous year.',
            ),
          ]
        : []),
      t(
        'Điểm PCI là điểm tổng hợp có trọng số do VCCI công bố; trọng số thay đổi qua các năm. Trọng số ghi kèm chỉ số thành phần là trọng số của Sổ tay PCI 2016 (Thiết chế pháp lý 5% suy ra bằng phép trừ); không dùng chúng để tính lại điểm các năm trước.',
        'The PCI score is the weighted total published by VCCI; the weights changed over the years. The weights given with the sub-indices are those of the PCI 2016 handbook (legal institutions 5% by arithmetic); do not recompute earlier totals from them.',
      ),
      t(
        'Xếp hạng theo điểm PCI trong từng năm (do người đóng gói tính; trùng với xếp hạng chính thức 2013–2016 và các lần đối chiếu). Năm 2011 có hai tỉnh đồng hạng 40.',
        'Ranks by PCI score within each year (computed by the packager; identical to the official ranks 2013–2016 and to spot checks). In 2011 two provinces share rank 40.',
      ),
      t(
        '"Ưu đãi đối với doanh nghiệp nhà nước" (2005–2008) và "Cạnh tranh bình đẳng" (2013–2016) là hai chỉ số khác nhau, tách từ cùng một cột của nguồn; 2009–2012 không có chỉ số này.',
        '"Policy bias" (2005–2008) and "Equal competition" (2013–2016) are two different sub-indices split from one source column; neither exists in 2009–2012.',
      ),
      t(
        'Hà Tây (2005–2008) sáp nhập vào Hà Nội năm 2008 nên không có mã ISO và không có trên bản đồ.',
        'Hà Tây (2005–2008) merged into Hà Nội in 2008, so it has no ISO code and no map shape.',
      ),
    ],
    methodChanges: [
      {
        year: 2006,
        note: t(
          'Năm 2005 là năm thí điểm với 42 tỉnh; từ 2006 khảo sát 64 tỉnh, thêm Đào tạo lao động và Thiết chế pháp lý, bỏ Tính nhất quán trong thực thi chính sách.',
          '2005 was a pilot of 42 provinces; from 2006, 64 provinces, labour training and legal institutions added, implementation consistency dropped.',
        ),
      },
      {
        year: 2009,
        note: t(
          'Hà Tây sáp nhập vào Hà Nội: 63 tỉnh, thành phố; bỏ chỉ số Ưu đãi đối với doanh nghiệp nhà nước.',
          'Hà Tây merged into Hà Nội: 63 provinces; the policy bias sub-index dropped.',
        ),
      },
      {
        year: 2013,
        note: t('Thêm chỉ số Cạnh tranh bình đẳng.', 'Equal competition sub-index added.'),
      },
      ...(with2020
        ? [
            {
              year: 2020,
              note: t(
                '2020: chỉ có điểm PCI và xếp hạng; 2017–2019 không có số liệu, nên 2016 và 2020 không phải hai năm liên tiếp.',
                '2020: total and rank only; 2017–2019 not available, so 2016 and 2020 are not consecutive years.',
              ),
            },
          ]
        : []),
    ],
  };
}

export const RANKS_HEADER: readonly string[] = [
  'Năm',
  'Tỉnh, thành phố',
  'Điểm PCI',
  'Xếp hạng',
  'Số tỉnh xếp hạng',
  'Nguồn',
  'Ghi chú',
];

/** data/bac-kan-pci-ranks.csv from reference-data/facts/pci_bac_kan_2018_2022.csv. */
export function renderBacKanRanksCsv(factsText: string): string {
  return csvDocument([
    RANKS_HEADER,
    ...readCsvRecords(factsText).map((r) => [
      field(r, 'year'),
      'Bắc Kạn',
      field(r, 'pci_score'),
      field(r, 'rank'),
      field(r, 'n_provinces'),
      field(r, 'source_url'),
      field(r, 'quote_or_note'),
    ]),
  ]);
}

/** data/bac-kan-pci-ranks.meta.json */
export function buildBacKanRanksMeta(): DatasetMeta {
  return {
    id: 'bac-kan-pci-ranks',
    title: t('Bắc Kạn: thứ hạng PCI 2018–2022', 'Bắc Kạn: PCI ranks 2018–2022'),
    province: t('Bắc Kạn', 'Bắc Kạn'),
    indexName: 'PCI',
    illustrative: false,
    source: {
      name: t(
        'PCI – VCCI & USAID (pcivietnam.vn), qua các bài báo công khai (baobackan.com.vn)',
        'PCI – VCCI & USAID (pcivietnam.vn), via public articles (baobackan.com.vn)',
      ),
      url: 'https://pcivietnam.vn',
      licence: t(
        'Sự kiện trích từ trang công khai; số liệu của VCCI & USAID',
        'Facts transcribed from public pages; figures by VCCI & USAID',
      ),
      note: t(
        'Mỗi dòng ghi địa chỉ trang nguồn (cột Nguồn). Chỉ có điểm năm 2020 (61,97); các điểm khác chưa có ở đây.',
        'Each row carries its source page (column Nguồn). Only the 2020 score (61.97) is known; other scores are not available here.',
      ),
    },
    groups: [
      { id: 'provinces', name: t('Tỉnh, thành phố', 'Provinces'), aliases: ['Tỉnh, thành phố'] },
    ],
    subIndices: [],
    units: [{ group: 'provinces', name: 'Bắc Kạn', code: 'VN-53' }],
    notes: [
      t(
        'Ghép với các dòng Bắc Kạn của bộ PCI 2005–2016 để có chuỗi thứ hạng 2006–2016 và 2018–2022; năm 2017 không có số liệu (để trống, không nội suy). Trọng số và chỉ tiêu PCI được điều chỉnh qua các năm, nên so sánh thứ hạng (trên 63 tỉnh) an toàn hơn so sánh điểm.',
        "Combine with Bắc Kạn's rows of PCI 2005–2016 for a rank series 2006–2016 and 2018–2022; 2017 is not available (a gap, never interpolated). PCI's weights and indicators were revised over the years, so compare ranks (out of 63) rather than scores.",
      ),
    ],
  };
}
