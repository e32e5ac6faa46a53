/**
 * The structure of the illustrative Bắc Kạn DCCI dataset: groups, units, sub-indices, their
 * illustrative weights and the simulated questionnaire (indicators per sub-index).
 * Names are real (DATA.md); the numbers made from them are not. See data/README.md.
 */

export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

export type BacKanGroupId = 'departments' | 'central-agencies' | 'districts';

export interface GroupDef {
  readonly id: BacKanGroupId;
  readonly name: LocalizedText;
  /** Two-letter prefix of questionnaire ids (`Mã phiếu`). */
  readonly code: string;
  /** Inclusive range of simulated respondents per unit and year. */
  readonly respondents: readonly [number, number];
}

export interface UnitDef {
  readonly group: BacKanGroupId;
  readonly name: string;
  readonly nameEn: string;
  /** GSO code of a district-level unit. */
  readonly code?: string;
}

export interface SubIndexDefinition {
  readonly id: string;
  /** Order in the 14/9/2022 indicator set ("01".."10"). */
  readonly order: string;
  readonly name: LocalizedText;
  readonly shortName: LocalizedText;
  /** Illustrative weight in percent (only ratios matter: weights are renormalised per row). */
  readonly weight: number;
  /** Number of questionnaire indicators (`<id>.1` .. `<id>.<n>`), each answered on a 1–5 scale. */
  readonly indicators: number;
  /** Groups the sub-index applies to; absent = all groups. */
  readonly groups?: readonly BacKanGroupId[];
}

export const YEARS = [2018, 2019, 2020] as const;

export const GROUPS: readonly GroupDef[] = [
  {
    id: 'departments',
    name: { vi: 'Sở, ban, ngành', en: 'Provincial departments' },
    code: 'SN',
    respondents: [30, 120],
  },
  {
    id: 'central-agencies',
    name: { vi: 'Cơ quan Trung ương đóng trên địa bàn', en: 'Central agencies in the province' },
    code: 'TW',
    respondents: [25, 80],
  },
  {
    id: 'districts',
    name: { vi: 'Huyện, thành phố', en: 'Districts and city' },
    code: 'HU',
    respondents: [60, 150],
  },
];

const dep = (name: string, nameEn: string): UnitDef => ({ group: 'departments', name, nameEn });
const cen = (name: string, nameEn: string): UnitDef => ({
  group: 'central-agencies',
  name,
  nameEn,
});
const dis = (name: string, nameEn: string, code: string): UnitDef => ({
  group: 'districts',
  name,
  nameEn,
  code,
});

/** Departments and central agencies are a typical list (DATA.md), not the official survey list. */
export const UNITS: readonly UnitDef[] = [
  dep('Văn phòng UBND tỉnh', "Office of the Provincial People's Committee"),
  dep('Sở Nội vụ', 'Department of Home Affairs'),
  dep('Sở Tư pháp', 'Department of Justice'),
  dep('Sở Kế hoạch và Đầu tư', 'Department of Planning and Investment'),
  dep('Sở Tài chính', 'Department of Finance'),
  dep('Sở Công Thương', 'Department of Industry and Trade'),
  dep('Sở Nông nghiệp và Phát triển nông thôn', 'Department of Agriculture and Rural Development'),
  dep('Sở Giao thông vận tải', 'Department of Transport'),
  dep('Sở Xây dựng', 'Department of Construction'),
  dep('Sở Tài nguyên và Môi trường', 'Department of Natural Resources and Environment'),
  dep('Sở Thông tin và Truyền thông', 'Department of Information and Communications'),
  dep('Sở Lao động - Thương binh và Xã hội', 'Department of Labour, Invalids and Social Affairs'),
  dep('Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism'),
  dep('Sở Khoa học và Công nghệ', 'Department of Science and Technology'),
  dep('Sở Giáo dục và Đào tạo', 'Department of Education and Training'),
  dep('Sở Y tế', 'Department of Health'),
  dep('Thanh tra tỉnh', 'Provincial Inspectorate'),
  dep('Ban Dân tộc', 'Ethnic Minorities Committee'),
  dep('Ban Quản lý các khu công nghiệp', 'Industrial Zones Management Board'),
  cen('Cục Thuế', 'Provincial Tax Department'),
  cen('Kho bạc Nhà nước', 'State Treasury'),
  cen('Bảo hiểm xã hội', 'Social Insurance'),
  cen('Ngân hàng Nhà nước chi nhánh tỉnh', 'State Bank, provincial branch'),
  cen('Công an tỉnh', 'Provincial Police'),
  cen('Cục Thống kê', 'Provincial Statistics Office'),
  cen('Công ty Điện lực Bắc Kạn', 'Bắc Kạn Power Company'),
  dis('Thành phố Bắc Kạn', 'Bắc Kạn City', '058'),
  dis('Ba Bể', 'Ba Bể District', '061'),
  dis('Bạch Thông', 'Bạch Thông District', '063'),
  dis('Chợ Đồn', 'Chợ Đồn District', '064'),
  dis('Chợ Mới', 'Chợ Mới District', '065'),
  dis('Na Rì', 'Na Rì District', '066'),
  dis('Ngân Sơn', 'Ngân Sơn District', '062'),
  dis('Pác Nặm', 'Pác Nặm District', '060'),
];

/**
 * The 2022 sub-index set (reference-data/facts/ddci_bac_kan_subindices_2022.csv), applied to
 * 2018–2020 for illustration. Weights are ILLUSTRATIVE (the official ones are not public):
 * 15 % for the two sub-indices most tied to administrative reform, 10 % for the others.
 */
export const SUB_INDICES: readonly SubIndexDefinition[] = [
  {
    id: 'transparency',
    order: '01',
    name: { vi: 'Minh bạch và tiếp cận thông tin', en: 'Transparency and access to information' },
    shortName: { vi: 'Minh bạch', en: 'Transparency' },
    weight: 15,
    indicators: 4,
  },
  {
    id: 'informal-costs',
    order: '02',
    name: { vi: 'Chi phí không chính thức', en: 'Informal costs' },
    shortName: { vi: 'CP không chính thức', en: 'Informal costs' },
    weight: 10,
    indicators: 3,
  },
  {
    id: 'time-costs',
    order: '03',
    name: { vi: 'Chi phí thời gian', en: 'Time costs' },
    shortName: { vi: 'CP thời gian', en: 'Time costs' },
    weight: 15,
    indicators: 3,
  },
  {
    id: 'equal-competition',
    order: '04',
    name: { vi: 'Cạnh tranh bình đẳng', en: 'Equal competition' },
    shortName: { vi: 'Cạnh tranh BĐ', en: 'Equal competition' },
    weight: 10,
    indicators: 3,
  },
  {
    id: 'business-support',
    order: '05',
    name: { vi: 'Hỗ trợ doanh nghiệp', en: 'Business support' },
    shortName: { vi: 'Hỗ trợ DN', en: 'Business support' },
    weight: 10,
    indicators: 3,
  },
  {
    id: 'legal-institutions',
    order: '06',
    name: { vi: 'Thiết chế pháp lý', en: 'Legal institutions' },
    shortName: { vi: 'Thiết chế pháp lý', en: 'Legal institutions' },
    weight: 10,
    indicators: 2,
  },
  {
    id: 'dynamism',
    order: '07',
    name: {
      vi: 'Tính năng động, sáng tạo & hiệu quả hoạt động',
      en: 'Dynamism, creativity and effectiveness',
    },
    shortName: { vi: 'Năng động', en: 'Dynamism' },
    weight: 10,
    indicators: 3,
  },
  {
    id: 'digital-transformation',
    order: '08',
    name: { vi: 'Mức độ chuyển đổi số', en: 'Level of digital transformation' },
    shortName: { vi: 'Chuyển đổi số', en: 'Digital transformation' },
    weight: 10,
    indicators: 2,
  },
  {
    id: 'leadership',
    order: '09',
    name: { vi: 'Vai trò người đứng đầu', en: 'Role of the head of unit' },
    shortName: { vi: 'Người đứng đầu', en: 'Leadership' },
    weight: 10,
    indicators: 2,
  },
  {
    id: 'land-access',
    order: '10',
    name: {
      vi: 'Tiếp cận đất đai và mặt bằng kinh doanh',
      en: 'Access to land and business premises',
    },
    shortName: { vi: 'Đất đai, mặt bằng', en: 'Land access' },
    weight: 10,
    indicators: 3,
    groups: ['districts'],
  },
];

/** Sub-indices that apply to a group, in display order. */
export function subIndicesOf(group: BacKanGroupId): readonly SubIndexDefinition[] {
  return SUB_INDICES.filter((s) => s.groups === undefined || s.groups.includes(group));
}

/** All indicator ids in column order of the responses file: `transparency.1`, ... */
export const INDICATOR_IDS: readonly string[] = SUB_INDICES.flatMap((s) =>
  Array.from({ length: s.indicators }, (_, i) => `${s.id}.${i + 1}`),
);

/**
 * Illustrative tiers (Nhóm xếp hạng) on the total out of 100, checked from the top.
 * The thresholds are our choice for the illustration, not Bắc Kạn's.
 */
export const TIERS: readonly { readonly min: number; readonly vi: string; readonly en: string }[] =
  [
    // English as the UI names these tiers (src/views/labels.ts, after VCCI's English PCI reports).
    { min: 75, vi: 'Rất tốt', en: 'Excellent' },
    { min: 65, vi: 'Tốt', en: 'High' },
    { min: 55, vi: 'Khá', en: 'Good' },
    { min: 0, vi: 'Trung bình', en: 'Average' },
  ];

/** The tier of a total given in hundredths (7123 = 71.23). */
export function tierOf(total100: number): string {
  const tier = TIERS.find((t) => total100 >= t.min * 100);
  return tier === undefined ? '' : tier.vi;
}

/** Cells deliberately left missing, to exercise missing-value handling (never shown as 0). */
export const MISSING_SUB_INDICES: readonly {
  readonly year: number;
  readonly group: BacKanGroupId;
  readonly unit: string;
  readonly subIndex: string;
  readonly note: string;
}[] = [
  {
    year: 2018,
    group: 'departments',
    unit: 'Sở Khoa học và Công nghệ',
    subIndex: 'digital-transformation',
    note: 'Chưa khảo sát Mức độ chuyển đổi số năm 2018 (minh họa)',
  },
  {
    year: 2019,
    group: 'districts',
    unit: 'Pác Nặm',
    subIndex: 'land-access',
    note: 'Không đủ phiếu trả lời về Tiếp cận đất đai năm 2019 (minh họa)',
  },
  {
    year: 2018,
    group: 'central-agencies',
    unit: 'Công an tỉnh',
    subIndex: 'leadership',
    note: 'Chưa khảo sát Vai trò người đứng đầu năm 2018 (minh họa)',
  },
];

/** Unit-years with no survey at all (no row in either file). */
export const ABSENT_UNIT_YEARS: readonly {
  readonly year: number;
  readonly group: BacKanGroupId;
  readonly unit: string;
}[] = [{ year: 2018, group: 'departments', unit: 'Ban Quản lý các khu công nghiệp' }];

/** Note written on the first surveyed year of a unit that was absent before. */
export const FIRST_YEAR_NOTES: readonly {
  readonly year: number;
  readonly group: BacKanGroupId;
  readonly unit: string;
  readonly note: string;
}[] = [
  {
    year: 2019,
    group: 'departments',
    unit: 'Ban Quản lý các khu công nghiệp',
    note: 'Đưa vào khảo sát từ năm 2019 (minh họa)',
  },
];
