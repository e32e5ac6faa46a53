/**
 * The respondents of an imported response-level file, kept beside the unit-level dataset so the
 * questions drill-down and the bootstrap over respondents work on it (issue 15, point 4). Pure:
 * the importer builds it, the storage compresses and stores it (src/state/respondentsStore.ts),
 * and this module checks an untrusted copy (a stored record, a backup) before anything uses it.
 */
import type {
  AnswerScale,
  IndicatorMapping,
  Normalisation,
  ResponseRow,
  ResponseTable,
} from './responses.ts';
import type { Dataset, GroupId, SubIndexId, UnitId } from './types.ts';

export interface ImportedResponses {
  /** Indicator codes (`transparency.1`) and one row per respondent. */
  readonly table: ResponseTable;
  readonly mapping: IndicatorMapping;
  /** The answer scale the importer checked every answer against. */
  readonly scale: AnswerScale;
  /** The normalisation the dataset's scores were computed with (the bootstrap repeats it). */
  readonly normalisation: Normalisation;
  /** Labels the file's header gave (`transparency.1 Tiếp cận tài liệu quy hoạch`), by code. */
  readonly labels: Readonly<Record<string, string>>;
}

/** Bounds of a stored copy: the importer's own limits (rows, columns, name length). */
export const RESPONDENT_LIMITS = { rows: 10_000, indicators: 200, text: 300 } as const;

const NORMALISATIONS: readonly Normalisation[] = ['scale', 'minmax', 'minmax-pooled'];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= RESPONDENT_LIMITS.text;
const isIndex = (v: unknown, size: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < size;

export type RespondentsCheck =
  | { readonly ok: true; readonly value: ImportedResponses }
  | { readonly ok: false; readonly detail: string };

/**
 * Checks untrusted data as the respondents of `dataset`: shapes, sizes within the importer's
 * limits, every answer on the declared answer scale, every row's year, group and unit present in
 * the dataset and every sub-index one of its sub-indices. Returns a fresh copy (no extra fields).
 */
export function checkRespondents(value: unknown, dataset: Dataset): RespondentsCheck {
  const no = (detail: string): RespondentsCheck => ({ ok: false, detail });
  if (!isRecord(value)) return no('not an object');
  const { table, mapping, scale, normalisation, labels } = value;
  if (!isRecord(table) || !Array.isArray(table.indicators) || !Array.isArray(table.rows))
    return no('table');
  const indicators = table.indicators as unknown[];
  if (indicators.length === 0 || indicators.length > RESPONDENT_LIMITS.indicators)
    return no('indicator count');
  if (!indicators.every(isText)) return no('indicator codes');
  const k = indicators.length;
  if (!isRecord(scale)) return no('scale');
  const { min, max } = scale;
  if (typeof min !== 'number' || typeof max !== 'number') return no('scale');
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max)) return no('scale');
  if (typeof normalisation !== 'string' || !NORMALISATIONS.includes(normalisation as Normalisation))
    return no('normalisation');

  if (
    !isRecord(mapping) ||
    !Array.isArray(mapping.subIndexIds) ||
    !Array.isArray(mapping.indicators)
  )
    return no('mapping');
  const subIds = mapping.subIndexIds as unknown[];
  const known = new Set<string>(dataset.subIndices.map((s) => s.id));
  if (!subIds.every((id) => typeof id === 'string' && known.has(id))) return no('sub-index ids');
  if (new Set(subIds).size !== subIds.length) return no('sub-index ids repeat');
  const lists = mapping.indicators as unknown[];
  if (lists.length !== subIds.length) return no('mapping size');
  if (!lists.every((l) => Array.isArray(l) && l.every((c) => isIndex(c, k)))) return no('mapping');

  const labelCopy: Record<string, string> = {};
  if (!isRecord(labels)) return no('labels');
  const codes = new Set(indicators as string[]);
  for (const [code, label] of Object.entries(labels)) {
    if (!codes.has(code) || !isText(label)) return no('labels');
    labelCopy[code] = label;
  }

  const rows = checkRows(table.rows as unknown[], dataset, k, min, max);
  if (typeof rows === 'string') return no(rows);
  return {
    ok: true,
    value: {
      table: { indicators: [...(indicators as string[])], rows },
      mapping: {
        subIndexIds: subIds as SubIndexId[],
        indicators: (lists as number[][]).map((l) => [...l]),
      },
      scale: { min, max },
      normalisation: normalisation as Normalisation,
      labels: labelCopy,
    },
  };
}

/** The rows as ResponseRows of the dataset's unit-years, or what is wrong with them. */
function checkRows(
  rowsIn: readonly unknown[],
  dataset: Dataset,
  k: number,
  min: number,
  max: number,
): ResponseRow[] | string {
  const no = (detail: string) => detail;
  if (rowsIn.length > RESPONDENT_LIMITS.rows) return no('too many rows');
  const units = new Map<string, { groupId: string; years: Set<number> }>();
  for (const u of dataset.units) units.set(u.id, { groupId: u.groupId, years: new Set() });
  for (const o of dataset.observations) units.get(o.unitId)?.years.add(o.year);
  const rows: ResponseRow[] = [];
  for (const [i, r] of rowsIn.entries()) {
    if (!isRecord(r)) return no(`row ${i}`);
    const { year, groupId, unitId, unitName, respondentId, answers } = r;
    const unit = typeof unitId === 'string' ? units.get(unitId) : undefined;
    if (unit === undefined || unit.groupId !== groupId) return no(`row ${i}: unit`);
    if (typeof year !== 'number' || !unit.years.has(year)) return no(`row ${i}: year`);
    if (!isText(unitName) || (respondentId !== null && !isText(respondentId)))
      return no(`row ${i}: names`);
    if (!Array.isArray(answers) || answers.length !== k) return no(`row ${i}: answers`);
    const copy: (number | null)[] = [];
    for (const a of answers as unknown[]) {
      if (a === null) copy.push(null);
      else if (typeof a === 'number' && Number.isFinite(a) && a >= min && a <= max) copy.push(a);
      else return no(`row ${i}: answer off the scale`);
    }
    rows.push({
      year,
      groupId: groupId as GroupId,
      unitId: unitId as UnitId,
      unitName,
      respondentId: respondentId as string | null,
      answers: copy,
    });
  }
  return rows;
}
