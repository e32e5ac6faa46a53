/** Test helpers: read the bundled data files as text records (no number parsing). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { DatasetMeta } from '../../../src/domain/meta.ts';

export const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));
export const MARKER = 'SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA';

export const readData = (name: string): string => readFileSync(join(DATA_DIR, name), 'utf8');

export interface CsvFile {
  /** The single-cell title line above the header, when present. */
  readonly title: string | null;
  readonly header: readonly string[];
  readonly rows: readonly ReadonlyMap<string, string>[];
}

/** Parses a data CSV; a first line with a single cell is a title line. */
export function readCsv(name: string): CsvFile {
  const parsed = Papa.parse<string[]>(readData(name), {
    header: false,
    skipEmptyLines: true,
    dynamicTyping: false,
  });
  if (parsed.errors.length > 0) throw new Error(parsed.errors[0]?.message);
  const lines = parsed.data;
  const hasTitle = lines[0]?.length === 1;
  const title = hasTitle ? (lines[0]?.[0] ?? null) : null;
  const [header = [], ...body] = hasTitle ? lines.slice(1) : lines;
  for (const cells of body) {
    if (cells.length !== header.length) throw new Error(`${name}: row with ${cells.length} fields`);
  }
  return {
    title,
    header,
    rows: body.map((cells) => new Map(header.map((h, i) => [h, cells[i] ?? '']))),
  };
}

export const cell = (row: ReadonlyMap<string, string>, column: string): string => {
  const v = row.get(column);
  if (v === undefined) throw new Error(`no column ${column}`);
  return v;
};

export const readMeta = (name: string): DatasetMeta => JSON.parse(readData(name)) as DatasetMeta;

/** Hundredths from a 2-decimal cell ("71.23" → 7123); null for an empty cell. */
export function hundredths(text: string): number | null {
  if (text === '') return null;
  const m = /^(\d+)\.(\d\d)$/.exec(text);
  if (m === null) throw new Error(`not a 2-decimal number: ${text}`);
  return Number(m[1]) * 100 + Number(m[2]);
}

/** Competition ranks, higher is better: 1, 2, 2, 4. */
export const competition = (values: readonly number[]): number[] =>
  values.map((v) => 1 + values.filter((o) => o > v).length);
