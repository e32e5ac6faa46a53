/**
 * The vocabulary of the dashboard. Everything the UI shows is a pure function of a `Dataset`
 * plus a small selection; nothing here knows about React, the DOM or storage.
 *
 * Ids are branded strings so a display name can never be used where an id is expected.
 */

export type Brand<T, B extends string> = T & { readonly __brand: B };

export type DatasetId = Brand<string, 'DatasetId'>;
export type GroupId = Brand<string, 'GroupId'>;
export type UnitId = Brand<string, 'UnitId'>;
export type SubIndexId = Brand<string, 'SubIndexId'>;

/** A pair of strings in the two UI languages. Vietnamese is the source text. */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

export type Lang = 'vi' | 'en';

export interface Group {
  readonly id: GroupId;
  readonly name: LocalizedText;
}

export interface Unit {
  /** Derived from the canonical name and the group (see `unitId` in names.ts). */
  readonly id: UnitId;
  readonly groupId: GroupId;
  /** The name as published, after canonicalisation (NFC, invisible characters removed, spaces collapsed). */
  readonly name: string;
  /** Optional English display name (e.g. PCI province names without diacritics are not needed; districts keep their Vietnamese name). */
  readonly nameEn?: string;
  /** Optional external code, e.g. the GSO district code or the ISO 3166-2 province code. */
  readonly code?: string;
}

export interface SubIndexDef {
  readonly id: SubIndexId;
  readonly name: LocalizedText;
  /** Short label for narrow charts and table headers. */
  readonly shortName?: LocalizedText;
  /** Weight in the total, as a fraction or a percentage; only ratios matter. Absent when not public. */
  readonly weight?: number;
  /** Groups the sub-index applies to; absent means every group. */
  readonly groups?: readonly GroupId[];
  /** Years the sub-index exists in; absent means every year of the dataset. */
  readonly years?: readonly number[];
  /** Higher is better unless stated otherwise; none of the DCCI/PCI sub-indices is lower-is-better. */
  readonly direction?: 'higher-is-better' | 'lower-is-better';
  /** The column header(s) this sub-index is read from in the dataset's CSV (aliases, matched without case or diacritics). */
  readonly columns?: readonly string[];
}

export type RankSource = 'published' | 'computed';

export interface Observation {
  readonly unitId: UnitId;
  readonly year: number;
  /** Total score out of 100; `null` when missing (never 0). */
  readonly total: number | null;
  /** Rank as published in the source; `null` when the source has none (the app computes it). */
  readonly publishedRank: number | null;
  /** Optional tier label as published ("Rất tốt", "Tốt", ...). */
  readonly tier: string | null;
  /** Sub-index scores on a 10-point scale; a missing key or `null` means missing. */
  readonly subIndices: ReadonlyMap<SubIndexId, number | null>;
  readonly respondents: number | null;
  /** Standard error of `total`, same unit as the total. */
  readonly standardError: number | null;
  readonly notes: string | null;
  /** The "of 63" of a published rank ("60/63"); absent when the source does not say. */
  readonly fieldSize?: number;
}

/** The range a score is published on (0–100, 0–10 or what the source uses). */
export interface ScoreRange {
  readonly min: number;
  readonly max: number;
}

/** Scales of the total and of the sub-indices; absent on a Dataset means `DEFAULT_SCALE`. */
export interface DatasetScale {
  readonly total: ScoreRange;
  readonly subIndex: ScoreRange;
}

/** The scale of DCCI and PCI: totals out of 100, sub-indices out of 10. */
export const DEFAULT_SCALE: DatasetScale = {
  total: { min: 0, max: 100 },
  subIndex: { min: 0, max: 10 },
};

/** A published row that is not a unit ("Trung vị cả nước", "Trung bình khối"): a reference. */
export interface SummaryRow {
  readonly name: string;
  readonly year: number;
  /** The group it summarises, or null for the whole table (a national median). */
  readonly groupId: GroupId | null;
  readonly total: number;
}

export interface Source {
  readonly name: LocalizedText;
  readonly url?: string;
  readonly licence: LocalizedText;
  readonly note?: LocalizedText;
}

export interface Dataset {
  readonly id: DatasetId;
  readonly title: LocalizedText;
  readonly province: LocalizedText | null;
  /** "DCCI", "DDCI", "PCI". */
  readonly indexName: string;
  readonly years: readonly number[];
  readonly groups: readonly Group[];
  readonly subIndices: readonly SubIndexDef[];
  readonly units: readonly Unit[];
  readonly observations: readonly Observation[];
  readonly source: Source;
  /** True when the numbers are made up; every screen and export must say so. */
  readonly illustrative: boolean;
  /** Method notes shown in "About the data" and under charts. */
  readonly notes?: readonly LocalizedText[];
  /** Years in which the method changed in a way that breaks comparisons with the year before. */
  readonly methodChanges?: readonly { readonly year: number; readonly note: LocalizedText }[];
  /**
   * Optional: the user's correction of a year's province era (before/after the merger of
   * 1 July 2025) where the era derived from its units is wrong. Absent in older stored datasets.
   */
  readonly provinceEras?: readonly {
    readonly year: number;
    readonly era: 'before-2025' | 'from-2025';
  }[];
  /** Optional: the published scale when it is not DEFAULT_SCALE (absent = DEFAULT_SCALE). */
  readonly scale?: DatasetScale;
  /** Optional: summary rows kept as reference lines (absent = none). */
  readonly summaryRows?: readonly SummaryRow[];
}

/** Result type for fallible functions: errors are values. */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly E[] };
