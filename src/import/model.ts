import type { ImportedResponses } from '../domain/respondents.ts';
import type { Issue } from '../domain/issues.ts';
import type { DatasetMeta } from '../domain/meta.ts';
import type { AnswerScale, Normalisation } from '../domain/responses.ts';
import type { Dataset, RankSource, ScoreRange } from '../domain/types.ts';
import type { Encoding } from './decode.ts';
import type { ColumnKind } from './columns.ts';
import type { ColumnMapping, ReportColumn } from './mapping.ts';
import type { DecimalMark } from './numbers.ts';

export type { Encoding } from './decode.ts';

/** Options of an import. Every field is optional; see importBytes. */
export interface ImportOptions {
  /** Used for the dataset id/title when there is no sidecar, and to tell .xlsx from renamed files. */
  readonly fileName?: string;
  /** The group of every row when the file has no group column (a group id or name). */
  readonly group?: string;
  /** The year of every row when the file has no year column (overrides a year in the title). */
  readonly year?: number;
  /** The sidecar metadata: ids, titles, groups, sub-index columns. */
  readonly meta?: DatasetMeta;
  readonly datasetId?: string;
  /** xlsx: the sheet to read (name); default the first sheet. */
  readonly sheet?: string;
  /** Response-level files: how raw scores become 10-point scores (default `scale`). */
  readonly normalisation?: Normalisation;
  /** Response-level files: the answer scale (default 1–5); answers outside it are errors. */
  readonly answerScale?: AnswerScale;
  /** The user's column roles (preview selects, validator `--map`); detection fills the rest. */
  readonly mapping?: ColumnMapping;
  /** The unit of a single-unit table (no unit column), as the user names it (`--unit`). */
  readonly unit?: string;
  /** The index the table reports, as the user names it (`--index`); else read from the file. */
  readonly indexName?: string;
  /** The maximum of the totals' scale from 0 (`--scale 10`); else read from the file, else 100. */
  readonly scale?: number;
}

/** One imported row as the validator prints it (CONTRACTS.md `rows`). */
export interface ReportRow {
  readonly year: number | null;
  /** Group id, or null when neither the file nor the options give it. */
  readonly group: string | null;
  /** The published name after canonicalisation. */
  readonly unit: string;
  readonly score: number | null;
  readonly rank: number | null;
  readonly rankSource: RankSource | null;
  /** The tier as published ("Tốt"); absent or null when the file has none. */
  readonly tier?: string | null;
  /** The "of 63" of a published rank "60/63"; absent or null when not written. */
  readonly fieldSize?: number | null;
  /** Keyed by the header as written (NFC); a Map so user text never keys a plain object. */
  readonly subIndices: ReadonlyMap<string, number | null>;
  readonly notes: string | null;
}

/** The CONTRACTS.md validator JSON without `message` (added by the CLI from src/i18n). */
export interface ImportReport {
  readonly ok: boolean;
  readonly encoding: Encoding;
  readonly delimiter: string | null;
  readonly decimal: DecimalMark;
  readonly headerLine: number;
  readonly units: number;
  readonly years: readonly number[];
  readonly groups: readonly string[];
  readonly rows: readonly ReportRow[];
  readonly issues: readonly Issue[];
  /** The mapping actually used, one entry per column (absent when no table was read). */
  readonly columns?: readonly ReportColumn[];
  /** The index the table reports ("PAPI"), as chosen or read (absent when refused early). */
  readonly index?: string;
  /** The scale of totals the cells were checked against (absent when refused early). */
  readonly scale?: ScoreRange;
}

/** `dataset` is null when the file is refused, or when group/year are still unknown. */
export interface ImportOutcome {
  readonly report: ImportReport;
  readonly dataset: Dataset | null;
  /** A response-level file's respondents (only with its dataset; stored beside it). */
  readonly responses?: ImportedResponses;
}

/** A data row after cell reading, before domain checks. Numbers already pass the grammar. */
export interface ParsedRow {
  readonly line: number;
  readonly excelRow: number;
  readonly year: number | null;
  /** True when the year cell is blank (merged cell), not merely invalid. */
  readonly yearBlank: boolean;
  /** Group cell (canonical) or null when there is no group column. */
  readonly groupText: string | null;
  readonly unitRaw: string;
  readonly unit: string;
  readonly total: number | null;
  /** 0-based column of the total (wide format: the year's column). */
  readonly totalCol: number;
  readonly rank: number | null;
  /** The "of 63" of a rank written "60/63", or null. */
  readonly fieldSize: number | null;
  readonly tier: string | null;
  readonly respondents: number | null;
  readonly standardError: number | null;
  readonly notes: string | null;
  /** The unit's code from a code column ("061"), or null. */
  readonly code: string | null;
  /** Sub-index values by column index. */
  readonly subIndices: ReadonlyMap<number, number | null>;
  /** The block heading above the row ("SỞ, BAN, NGÀNH"), or null (see sections.ts). */
  readonly section: string | null;
  /** Line of that heading. */
  readonly sectionLine: number | null;
  /** Wide format: total scores by column index (see reshape.ts). */
  readonly yearValues?: ReadonlyMap<number, number | null>;
  /** Wide format: published ranks (and their field sizes) by column index. */
  readonly yearRanks?: ReadonlyMap<number, { rank: number | null; fieldSize: number | null }>;
}

/** What a column is used for, after header aliases, the sidecar and the cells decided. */
export type ColumnRole =
  Exclude<ColumnKind, 'unknown' | 'empty'> | 'subIndex' | 'yearValue' | 'yearRank' | 'ignored';

/** What the importer does with one column. */
export interface ColumnPlan {
  readonly index: number;
  readonly letter: string;
  /** The header as written (NFC, trimmed; two-row headers merged). */
  readonly header: string;
  readonly role: ColumnRole;
  /** yearValue / yearRank: the year the column holds. */
  readonly year?: number;
  /** subIndex with a sidecar: the sub-index id it feeds. */
  readonly subIndexId?: string;
  /** Decimal mark of a numeric column. */
  readonly decimal: DecimalMark;
}
