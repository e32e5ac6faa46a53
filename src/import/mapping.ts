/**
 * The column mapping: which role each column plays. Detection proposes one (table.ts), the user
 * changes it in the preview or with the validator's `--map`/`--map-file`, and both run the same
 * pipeline on it. Keys are an Excel column letter ("B") or the exact header text.
 */
import { columnLetter } from '../domain/issues.ts';
import type { ColumnPlan, ColumnRole } from './model.ts';

/** The roles a user can give a column (CONTRACTS.md `--map`). */
export const MAPPING_ROLES = [
  'unit',
  'score',
  'rank',
  'tier',
  'group',
  'year',
  'subindex',
  'respondents',
  'se',
  'notes',
  'code',
  'ignore',
] as const;

export type MappingRole = (typeof MAPPING_ROLES)[number];

/** One user choice: the column (letter or header text) and its role. */
export interface MappingEntry {
  readonly key: string;
  readonly role: MappingRole;
}

export type ColumnMapping = readonly MappingEntry[];

/** One column as the report lists it (validator JSON `columns`). */
export interface ReportColumn {
  readonly header: string;
  readonly column: string;
  readonly role: MappingRole;
  readonly subIndex?: string;
  readonly year?: number;
}

export const isMappingRole = (value: string): value is MappingRole =>
  (MAPPING_ROLES as readonly string[]).includes(value);

const TO_COLUMN_ROLE: Readonly<Record<MappingRole, ColumnRole>> = {
  unit: 'unit',
  score: 'total',
  rank: 'rank',
  tier: 'tier',
  group: 'group',
  year: 'year',
  subindex: 'subIndex',
  respondents: 'respondents',
  se: 'stderr',
  notes: 'notes',
  code: 'code',
  ignore: 'ignored',
};

/** The pipeline role of a user role. */
export function columnRoleOf(role: MappingRole): ColumnRole {
  return TO_COLUMN_ROLE[role];
}

/** The user role of a pipeline role (a year's score or rank column keeps its year apart). */
export function mappingRoleOf(role: ColumnRole): MappingRole {
  switch (role) {
    case 'total':
    case 'yearValue':
      return 'score';
    case 'yearRank':
      return 'rank';
    case 'subIndex':
      return 'subindex';
    case 'stderr':
      return 'se';
    case 'ignored':
    case 'rowNumber':
      return 'ignore';
    default:
      return role;
  }
}

/**
 * The role the mapping gives the column at `index` with `header`, or undefined. The exact header
 * text wins over a column letter (a column may be headed "N"); letters match without case.
 */
export function mappedRole(
  mapping: ColumnMapping | undefined,
  index: number,
  header: string,
  used?: Set<string>,
): MappingRole | undefined {
  if (mapping === undefined) return undefined;
  const text = header.normalize('NFC').trim();
  const letter = columnLetter(index);
  const entry =
    mapping.find((m) => text !== '' && m.key.normalize('NFC').trim() === text) ??
    mapping.find((m) => m.key.trim().toUpperCase() === letter);
  if (entry !== undefined) used?.add(entry.key);
  return entry?.role;
}

/** The report's column list: every column with its role, sub-index id and year. */
export function reportColumns(
  columns: readonly ColumnPlan[],
  subIndexId: (c: ColumnPlan) => string,
): ReportColumn[] {
  return columns.map((c) => {
    const role = mappingRoleOf(c.role);
    return {
      header: c.header,
      column: c.letter,
      role,
      ...(role === 'subindex' ? { subIndex: subIndexId(c) } : {}),
      ...(c.year === undefined ? {} : { year: c.year }),
    };
  });
}

export type MappingParse =
  | { readonly ok: true; readonly value: ColumnMapping }
  | { readonly ok: false; readonly error: string };

/**
 * `--map "B=score;Xếp loại=tier"`: pairs separated by `;`, the left side a column letter or the
 * exact header text (which may contain commas or `=`: the role is after the last `=`).
 */
export function parseMapArgument(text: string): MappingParse {
  const entries: MappingEntry[] = [];
  for (const pair of text.split(';')) {
    if (pair.trim() === '') continue;
    const eq = pair.lastIndexOf('=');
    const key = eq < 0 ? '' : pair.slice(0, eq).trim();
    const role =
      eq < 0
        ? ''
        : pair
            .slice(eq + 1)
            .trim()
            .toLowerCase();
    if (key === '') return { ok: false, error: `"${pair.trim()}" is not COLUMN=role` };
    if (!isMappingRole(role))
      return { ok: false, error: `unknown role "${role}" (roles: ${MAPPING_ROLES.join(', ')})` };
    entries.push({ key, role });
  }
  if (entries.length === 0) return { ok: false, error: '--map needs COLUMN=role pairs' };
  return { ok: true, value: entries };
}

/**
 * `--map-file mapping.json`: either `{"B": "score", "Xếp loại": "tier"}` or the validator's own
 * `columns` array (`[{"column": "B", "role": "score"}, {"header": "…", "role": "tier"}]`), so a
 * report's mapping can be edited and fed back.
 */
export function parseMapFile(json: unknown): MappingParse {
  const entries: MappingEntry[] = [];
  const add = (key: unknown, role: unknown): string | null => {
    if (typeof key !== 'string' || key.trim() === '') return 'a column needs a letter or header';
    if (typeof role !== 'string' || !isMappingRole(role)) return `unknown role ${String(role)}`;
    entries.push({ key, role });
    return null;
  };
  if (Array.isArray(json)) {
    for (const item of json as unknown[]) {
      if (typeof item !== 'object' || item === null) return { ok: false, error: 'not an object' };
      const record = item as { header?: unknown; column?: unknown; role?: unknown };
      const error = add(record.column ?? record.header, record.role);
      if (error !== null) return { ok: false, error };
    }
  } else if (typeof json === 'object' && json !== null) {
    for (const [key, role] of Object.entries(json)) {
      const error = add(key, role);
      if (error !== null) return { ok: false, error };
    }
  } else {
    return { ok: false, error: 'expected an object or an array' };
  }
  return entries.length === 0
    ? { ok: false, error: 'empty mapping' }
    : { ok: true, value: entries };
}
