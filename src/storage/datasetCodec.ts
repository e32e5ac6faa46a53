import {
  DEFAULT_SCALE,
  type Dataset,
  type DatasetScale,
  type ScoreRange,
  type SummaryRow,
} from '../domain/types.ts';
import type {
  DatasetId,
  Group,
  GroupId,
  LocalizedText,
  Observation,
  Result,
  Source,
  SubIndexDef,
  SubIndexId,
  Unit,
  UnitId,
} from '../domain/types.ts';
import { sha256 } from './sha256.ts';

/**
 * Dataset ↔ plain JSON for IndexedDB, backups and `#d=` links (schema version 2; older versions
 * reach the decoder through `migrateToCurrent` in storage/records.ts).
 *
 * Version 2 stores every field, defaults included (`fieldSize: null`, `scale`, `summaryRows: []`,
 * `provinceEras: []`), so a record says what it holds; in memory the defaults are absent
 * (no fieldSize, DEFAULT_SCALE, no summary rows, no era corrections), and the decoder maps them back.
 *
 * Why a codec at all: structured clone would keep the Maps, but JSON (backups) turns a Map into
 * `{}` and NaN into `null`. So the stored form is plain JSON everywhere: `Observation.subIndices`
 * becomes an array of `[id, value]` pairs (order kept; no object keyed by user strings, S8),
 * missing values are `null`, optional fields are absent, and every number is finite. The decoder
 * checks all of that strictly, so a corrupt record is a value error, never an exception.
 */

export type JsonLocalizedText = { vi: string; en: string };

export interface EncodedObservation {
  unitId: string;
  year: number;
  total: number | null;
  publishedRank: number | null;
  tier: string | null;
  subIndices: [string, number | null][];
  respondents: number | null;
  standardError: number | null;
  notes: string | null;
  /** Since version 2: the "of 63" of a published rank. */
  fieldSize: number | null;
}

export interface EncodedScale {
  total: { min: number; max: number };
  subIndex: { min: number; max: number };
}

export interface EncodedSummaryRow {
  name: string;
  year: number;
  groupId: string | null;
  total: number;
}

/** The JSON form of a Dataset. Optional Dataset fields are absent, never `undefined` or `null`. */
export interface EncodedDataset {
  id: string;
  title: JsonLocalizedText;
  province: JsonLocalizedText | null;
  indexName: string;
  years: number[];
  groups: { id: string; name: JsonLocalizedText }[];
  subIndices: Record<string, unknown>[];
  units: Record<string, unknown>[];
  observations: EncodedObservation[];
  source: Record<string, unknown>;
  illustrative: boolean;
  notes?: JsonLocalizedText[];
  methodChanges?: { year: number; note: JsonLocalizedText }[];
  /** The user's corrections of a year's province era (optional in v1, required since v2). */
  provinceEras: { year: number; era: 'before-2025' | 'from-2025' }[];
  /** Since version 2: the published scale of the total and of the sub-indices. */
  scale: EncodedScale;
  /** Since version 2: rows that are not units (medians, averages), kept as reference lines. */
  summaryRows: EncodedSummaryRow[];
}

export interface CodecIssue {
  readonly code: 'INVALID_SHAPE';
  /** Where in the record, e.g. `observations[3].subIndices[0][1]`. */
  readonly path: string;
  readonly expected: string;
}

const text = (t: LocalizedText): JsonLocalizedText => ({ vi: t.vi, en: t.en });
/** -0 and 0 are the same score; JSON cannot tell them apart, so neither does the stored form. */
const num = (n: number): number => (Object.is(n, -0) ? 0 : n);
const numOrNull = (n: number | null): number | null => (n === null ? null : num(n));

function withOptional<T extends object>(base: T, extra: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) out[k] = v;
  return out as T;
}

const range = (r: ScoreRange) => ({ min: num(r.min), max: num(r.max) });
const encodeScale = (s: DatasetScale): EncodedScale => ({
  total: range(s.total),
  subIndex: range(s.subIndex),
});
const sameRange = (a: ScoreRange, b: ScoreRange) => a.min === b.min && a.max === b.max;
/** True for the scale that in memory is written as an absent `scale`. */
export const isDefaultScale = (s: DatasetScale): boolean =>
  sameRange(s.total, DEFAULT_SCALE.total) && sameRange(s.subIndex, DEFAULT_SCALE.subIndex);

/**
 * Encodes a Dataset as plain JSON (see the module comment). Pure; does not validate: a NaN in the
 * input stays NaN here and is refused by `tryDecodeDataset`, which `save` runs before writing.
 */
export function encodeDataset(dataset: Dataset): EncodedDataset {
  return withOptional(
    {
      id: dataset.id,
      title: text(dataset.title),
      province: dataset.province === null ? null : text(dataset.province),
      indexName: dataset.indexName,
      years: dataset.years.map(num),
      groups: dataset.groups.map((g) => ({ id: g.id, name: text(g.name) })),
      subIndices: dataset.subIndices.map((s) =>
        withOptional(
          { id: s.id, name: text(s.name) },
          {
            shortName: s.shortName && text(s.shortName),
            weight: s.weight === undefined ? undefined : num(s.weight),
            groups: s.groups && [...s.groups],
            years: s.years && s.years.map(num),
            direction: s.direction,
            columns: s.columns && [...s.columns],
          },
        ),
      ),
      units: dataset.units.map((u) =>
        withOptional(
          { id: u.id, groupId: u.groupId, name: u.name },
          { nameEn: u.nameEn, code: u.code },
        ),
      ),
      observations: dataset.observations.map((o) => ({
        unitId: o.unitId,
        year: num(o.year),
        total: numOrNull(o.total),
        publishedRank: numOrNull(o.publishedRank),
        tier: o.tier,
        subIndices: [...o.subIndices].map(([k, v]): [string, number | null] => [k, numOrNull(v)]),
        respondents: numOrNull(o.respondents),
        standardError: numOrNull(o.standardError),
        notes: o.notes,
        fieldSize: o.fieldSize === undefined ? null : num(o.fieldSize),
      })),
      source: withOptional(
        { name: text(dataset.source.name), licence: text(dataset.source.licence) },
        { url: dataset.source.url, note: dataset.source.note && text(dataset.source.note) },
      ),
      illustrative: dataset.illustrative,
      provinceEras: (dataset.provinceEras ?? []).map((e) => ({ year: num(e.year), era: e.era })),
      scale: encodeScale(dataset.scale ?? DEFAULT_SCALE),
      summaryRows: (dataset.summaryRows ?? []).map((r) => ({
        name: r.name,
        year: num(r.year),
        groupId: r.groupId,
        total: num(r.total),
      })),
    },
    {
      notes: dataset.notes?.map(text),
      methodChanges: dataset.methodChanges?.map((m) => ({ year: num(m.year), note: text(m.note) })),
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Strict decoder. Each reader returns the value or records an issue and returns undefined.

const MAX_ISSUES = 20;

class Reader {
  readonly issues: CodecIssue[] = [];
  fail(path: string, expected: string): undefined {
    if (this.issues.length < MAX_ISSUES)
      this.issues.push({ code: 'INVALID_SHAPE', path, expected });
    return undefined;
  }
  /** A plain object whose keys are all in `required` or `optional`. */
  object(
    v: unknown,
    path: string,
    required: readonly string[],
    optional: readonly string[] = [],
  ): Record<string, unknown> | undefined {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return this.fail(path, 'object');
    const o = v as Record<string, unknown>;
    let ok = true;
    for (const k of required)
      if (!Object.hasOwn(o, k)) ok = this.fail(`${path}.${k}`, 'present') ?? false;
    for (const k of Object.keys(o))
      if (!required.includes(k) && !optional.includes(k))
        ok = this.fail(`${path}.${k}`, 'no such field') ?? false;
    return ok ? o : undefined;
  }
  string(v: unknown, path: string): string | undefined {
    return typeof v === 'string' ? v : this.fail(path, 'string');
  }
  stringOrNull(v: unknown, path: string): string | null | undefined {
    return v === null ? null : this.string(v, path);
  }
  number(v: unknown, path: string): number | undefined {
    return typeof v === 'number' && Number.isFinite(v) ? v : this.fail(path, 'finite number');
  }
  integer(v: unknown, path: string): number | undefined {
    return Number.isInteger(v) ? (v as number) : this.fail(path, 'integer');
  }
  numberOrNull(v: unknown, path: string): number | null | undefined {
    return v === null ? null : this.number(v, path);
  }
  boolean(v: unknown, path: string): boolean | undefined {
    return typeof v === 'boolean' ? v : this.fail(path, 'boolean');
  }
  array<T>(
    v: unknown,
    path: string,
    item: (x: unknown, p: string) => T | undefined,
  ): T[] | undefined {
    if (!Array.isArray(v)) return this.fail(path, 'array');
    const out: T[] = [];
    let ok = true;
    v.forEach((x, i) => {
      const r = item(x, `${path}[${i}]`);
      if (r === undefined) ok = false;
      else out.push(r);
    });
    return ok ? out : undefined;
  }
  text(v: unknown, path: string): LocalizedText | undefined {
    const o = this.object(v, path, ['vi', 'en']);
    if (!o) return undefined;
    const vi = this.string(o.vi, `${path}.vi`);
    const en = this.string(o.en, `${path}.en`);
    return vi === undefined || en === undefined ? undefined : { vi, en };
  }
  /** Copies the fields that are present; `undefined` when any present field is invalid. */
  optional(
    o: Record<string, unknown>,
    path: string,
    fields: Record<string, (v: unknown, p: string) => unknown>,
  ): Record<string, unknown> | undefined {
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const [k, read] of Object.entries(fields)) {
      if (!Object.hasOwn(o, k)) continue;
      const r = read(o[k], `${path}.${k}`);
      if (r === undefined) ok = false;
      else out[k] = r;
    }
    return ok ? out : undefined;
  }
}

function allDefined(...xs: unknown[]): boolean {
  return xs.every((x) => x !== undefined);
}

function readObservation(r: Reader, v: unknown, p: string): Observation | undefined {
  const o = r.object(v, p, [
    'unitId',
    'year',
    'total',
    'publishedRank',
    'tier',
    'subIndices',
    'respondents',
    'standardError',
    'notes',
    'fieldSize',
  ]);
  if (!o) return undefined;
  const seen = new Set<string>();
  const pairs = r.array(o.subIndices, `${p}.subIndices`, (x, q) => {
    if (!Array.isArray(x) || x.length !== 2) return r.fail(q, '[subIndexId, number or null]');
    const k = r.string(x[0], `${q}[0]`);
    const val = r.numberOrNull(x[1], `${q}[1]`);
    if (k === undefined || val === undefined) return undefined;
    if (seen.has(k)) return r.fail(`${q}[0]`, 'a sub-index id not already listed');
    seen.add(k);
    return [k as SubIndexId, val] as const;
  });
  const fields = {
    unitId: r.string(o.unitId, `${p}.unitId`),
    year: r.integer(o.year, `${p}.year`),
    total: r.numberOrNull(o.total, `${p}.total`),
    publishedRank: r.numberOrNull(o.publishedRank, `${p}.publishedRank`),
    tier: r.stringOrNull(o.tier, `${p}.tier`),
    respondents: r.numberOrNull(o.respondents, `${p}.respondents`),
    standardError: r.numberOrNull(o.standardError, `${p}.standardError`),
    notes: r.stringOrNull(o.notes, `${p}.notes`),
  };
  const fieldSize = o.fieldSize === null ? null : r.integer(o.fieldSize, `${p}.fieldSize`);
  if (pairs === undefined || fieldSize === undefined || !allDefined(...Object.values(fields)))
    return undefined;
  return {
    ...(fields as Omit<Observation, 'unitId' | 'subIndices'> & { unitId: string }),
    unitId: fields.unitId as UnitId,
    subIndices: new Map(pairs),
    ...(fieldSize === null ? {} : { fieldSize }),
  };
}

function readSubIndexDef(r: Reader, v: unknown, p: string): SubIndexDef | undefined {
  const o = r.object(
    v,
    p,
    ['id', 'name'],
    ['shortName', 'weight', 'groups', 'years', 'direction', 'columns'],
  );
  if (!o) return undefined;
  const id = r.string(o.id, `${p}.id`);
  const name = r.text(o.name, `${p}.name`);
  const extra = r.optional(o, p, {
    shortName: (x, q) => r.text(x, q),
    weight: (x, q) => r.number(x, q),
    groups: (x, q) => r.array(x, q, (y, s) => r.string(y, s)),
    years: (x, q) => r.array(x, q, (y, s) => r.integer(y, s)),
    direction: (x, q) =>
      x === 'higher-is-better' || x === 'lower-is-better'
        ? x
        : r.fail(q, "'higher-is-better' or 'lower-is-better'"),
    columns: (x, q) => r.array(x, q, (y, s) => r.string(y, s)),
  });
  if (id === undefined || name === undefined || extra === undefined) return undefined;
  return { id: id as SubIndexId, name, ...extra } as SubIndexDef;
}

function readUnit(r: Reader, v: unknown, p: string): Unit | undefined {
  const o = r.object(v, p, ['id', 'groupId', 'name'], ['nameEn', 'code']);
  if (!o) return undefined;
  const id = r.string(o.id, `${p}.id`);
  const groupId = r.string(o.groupId, `${p}.groupId`);
  const name = r.string(o.name, `${p}.name`);
  const extra = r.optional(o, p, {
    nameEn: (x, q) => r.string(x, q),
    code: (x, q) => r.string(x, q),
  });
  if (id === undefined || groupId === undefined || name === undefined || extra === undefined)
    return undefined;
  return { id: id as UnitId, groupId: groupId as GroupId, name, ...extra };
}

function readGroup(r: Reader, v: unknown, p: string): Group | undefined {
  const o = r.object(v, p, ['id', 'name']);
  if (!o) return undefined;
  const id = r.string(o.id, `${p}.id`);
  const name = r.text(o.name, `${p}.name`);
  return id === undefined || name === undefined ? undefined : { id: id as GroupId, name };
}

function readSource(r: Reader, v: unknown, p: string): Source | undefined {
  const o = r.object(v, p, ['name', 'licence'], ['url', 'note']);
  if (!o) return undefined;
  const name = r.text(o.name, `${p}.name`);
  const licence = r.text(o.licence, `${p}.licence`);
  const extra = r.optional(o, p, {
    url: (x, q) => r.string(x, q),
    note: (x, q) => r.text(x, q),
  });
  if (name === undefined || licence === undefined || extra === undefined) return undefined;
  return { name, licence, ...extra };
}

function readRange(r: Reader, v: unknown, p: string): ScoreRange | undefined {
  const o = r.object(v, p, ['min', 'max']);
  if (!o) return undefined;
  const min = r.number(o.min, `${p}.min`);
  const max = r.number(o.max, `${p}.max`);
  return min === undefined || max === undefined ? undefined : { min, max };
}

function readScale(r: Reader, v: unknown, p: string): DatasetScale | undefined {
  const o = r.object(v, p, ['total', 'subIndex']);
  if (!o) return undefined;
  const total = readRange(r, o.total, `${p}.total`);
  const subIndex = readRange(r, o.subIndex, `${p}.subIndex`);
  return total === undefined || subIndex === undefined ? undefined : { total, subIndex };
}

function readSummaryRow(r: Reader, v: unknown, p: string): SummaryRow | undefined {
  const o = r.object(v, p, ['name', 'year', 'groupId', 'total']);
  if (!o) return undefined;
  const name = r.string(o.name, `${p}.name`);
  const year = r.integer(o.year, `${p}.year`);
  const groupId = r.stringOrNull(o.groupId, `${p}.groupId`);
  const total = r.number(o.total, `${p}.total`);
  if (name === undefined || year === undefined || groupId === undefined || total === undefined)
    return undefined;
  return { name, year, groupId: groupId as GroupId | null, total };
}

function readProvinceEra(
  r: Reader,
  v: unknown,
  s: string,
): { year: number; era: 'before-2025' | 'from-2025' } | undefined {
  const e = r.object(v, s, ['year', 'era']);
  if (!e) return undefined;
  const year = r.integer(e.year, `${s}.year`);
  const era =
    e.era === 'before-2025' || e.era === 'from-2025'
      ? e.era
      : r.fail(`${s}.era`, 'before-2025 or from-2025');
  return year === undefined || era === undefined ? undefined : { year, era };
}

/** The in-memory form of the version-2 fields: defaults are absent (see the module comment). */
function inMemoryExtras(
  r: Reader,
  o: Record<string, unknown>,
): Pick<Dataset, 'provinceEras' | 'scale' | 'summaryRows'> | undefined {
  const eras = r.array(o.provinceEras, 'dataset.provinceEras', (x, p) => readProvinceEra(r, x, p));
  const scale = readScale(r, o.scale, 'dataset.scale');
  const rows = r.array(o.summaryRows, 'dataset.summaryRows', (x, p) => readSummaryRow(r, x, p));
  if (eras === undefined || scale === undefined || rows === undefined) return undefined;
  return {
    ...(eras.length === 0 ? {} : { provinceEras: eras }),
    ...(isDefaultScale(scale) ? {} : { scale }),
    ...(rows.length === 0 ? {} : { summaryRows: rows }),
  };
}

/**
 * Decodes the JSON form of a Dataset, checking every field's type strictly (unknown fields,
 * NaN/Infinity, duplicate sub-index keys and missing fields are all refused). Returns the
 * Dataset (with `Map`s rebuilt) or up to 20 located `INVALID_SHAPE` issues; never throws.
 */
export function tryDecodeDataset(json: unknown): Result<Dataset, CodecIssue> {
  const r = new Reader();
  const o = r.object(
    json,
    'dataset',
    [
      'id',
      'title',
      'province',
      'indexName',
      'years',
      'groups',
      'subIndices',
      'units',
      'observations',
      'source',
      'illustrative',
      'provinceEras',
      'scale',
      'summaryRows',
    ],
    ['notes', 'methodChanges'],
  );
  if (!o) return { ok: false, issues: r.issues };
  const core = {
    id: r.string(o.id, 'dataset.id'),
    title: r.text(o.title, 'dataset.title'),
    province: o.province === null ? null : r.text(o.province, 'dataset.province'),
    indexName: r.string(o.indexName, 'dataset.indexName'),
    years: r.array(o.years, 'dataset.years', (x, p) => r.integer(x, p)),
    groups: r.array(o.groups, 'dataset.groups', (x, p) => readGroup(r, x, p)),
    subIndices: r.array(o.subIndices, 'dataset.subIndices', (x, p) => readSubIndexDef(r, x, p)),
    units: r.array(o.units, 'dataset.units', (x, p) => readUnit(r, x, p)),
    observations: r.array(o.observations, 'dataset.observations', (x, p) =>
      readObservation(r, x, p),
    ),
    source: readSource(r, o.source, 'dataset.source'),
    illustrative: r.boolean(o.illustrative, 'dataset.illustrative'),
  };
  const extra = r.optional(o, 'dataset', {
    notes: (x, q) => r.array(x, q, (y, s) => r.text(y, s)),
    methodChanges: (x, q) =>
      r.array(x, q, (y, s) => {
        const m = r.object(y, s, ['year', 'note']);
        if (!m) return undefined;
        const year = r.integer(m.year, `${s}.year`);
        const note = r.text(m.note, `${s}.note`);
        return year === undefined || note === undefined ? undefined : { year, note };
      }),
  });
  const v2 = inMemoryExtras(r, o);
  if (
    r.issues.length > 0 ||
    extra === undefined ||
    v2 === undefined ||
    !allDefined(...Object.values(core))
  )
    return { ok: false, issues: r.issues };
  return { ok: true, value: { ...core, id: core.id as DatasetId, ...extra, ...v2 } as Dataset };
}

// ---------------------------------------------------------------------------------------------
// Canonical JSON and hash.

/**
 * JSON with object keys sorted at every level, so equal values always give equal text (the hash
 * must not depend on property order, which structured clone and JSON.parse both keep). Non-finite
 * numbers are written as the strings they would never equal ("NaN"), so they cannot hash like null.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return `"${String(value)}"`;
    if (value === undefined) return 'null';
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const o = value as Record<string, unknown>;
  return `{${definedKeys(o)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

/** The keys canonical JSON writes: those with a value, sorted. */
function definedKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
}

/** Elements of an array written between two yields by `canonicalJsonInSlices`. */
const SLICE = 500;

/** Lets the page handle input and paint (not a timer: timers crawl in a background tab). */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * `canonicalJson(value)`, the same text, written in slices of SLICE elements of each large array
 * of `value`'s top level (an encoded dataset's units and observations), yielding to the page
 * between slices: written at once, 5,000 units took ≈ 90 ms of main thread in one task.
 */
export async function canonicalJsonInSlices(value: unknown): Promise<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return canonicalJson(value);
  const o = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of definedKeys(o)) {
    const v = o[k];
    if (!Array.isArray(v) || v.length <= SLICE) {
      parts.push(`${JSON.stringify(k)}:${canonicalJson(v)}`);
      continue;
    }
    const slices: string[] = [];
    for (let at = 0; at < v.length; at += SLICE) {
      if (at > 0) await yieldToPage();
      slices.push(
        v
          .slice(at, at + SLICE)
          .map(canonicalJson)
          .join(','),
      );
    }
    parts.push(`${JSON.stringify(k)}:[${slices.join(',')}]`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * SHA-256 (lower-case hex) of the canonical JSON of an encoded dataset, via WebCrypto; a plain
 * implementation stands in where `crypto.subtle` is hidden (pages served over plain http).
 */
export async function datasetHash(encoded: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(await canonicalJsonInSlices(encoded));
  const subtle = globalThis.crypto?.subtle;
  const digest = subtle ? new Uint8Array(await subtle.digest('SHA-256', bytes)) : sha256(bytes);
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
