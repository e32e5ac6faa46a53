/**
 * The shipped form of a bundled dataset (src/state/bundledDatasets.ts): the storage codec's JSON
 * (`EncodedDataset`) with its observations as rows of values instead of objects, and their
 * sub-index pairs as values in one shared id order. The same data in a third of the bytes (PCI:
 * 403 → 128 kB, 50 → 37 KiB gzip). `expandDataset` gives the codec's form back, which
 * `tryDecodeDataset` then checks as it checks any stored dataset.
 */
import type { EncodedDataset, EncodedObservation } from '../storage/datasetCodec.ts';

const FIELDS = [
  'unitId',
  'year',
  'total',
  'publishedRank',
  'tier',
  'respondents',
  'standardError',
  'notes',
  'fieldSize',
] as const satisfies readonly (keyof EncodedObservation)[];

type SubIndexCell = (number | null)[] | { pairs: [string, number | null][] };

export interface CompactDataset extends Omit<EncodedDataset, 'observations'> {
  /** The sub-index ids of every observation whose pairs are in this order (values only). */
  readonly subIndexIds: string[];
  /** One row per observation: the FIELDS' values, then its sub-index values (or pairs). */
  readonly observationRows: unknown[][];
}

const sameIds = (pairs: readonly [string, number | null][], ids: readonly string[]): boolean =>
  pairs.length === ids.length && pairs.every(([id], i) => id === ids[i]);

/** Build time: the encoded dataset in its compact form. */
export function compactDataset(encoded: EncodedDataset): CompactDataset {
  const { observations, ...rest } = encoded;
  const subIndexIds = (observations[0]?.subIndices ?? []).map(([id]) => id);
  return {
    ...rest,
    subIndexIds,
    observationRows: observations.map((o) => {
      const sub: SubIndexCell = sameIds(o.subIndices, subIndexIds)
        ? o.subIndices.map(([, v]) => v)
        : { pairs: o.subIndices };
      return [...FIELDS.map((f) => o[f]), sub];
    }),
  };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Run time: the codec's form of a compact dataset. Anything not shaped as one is returned as it
 * is, so the decoder that follows reports where it is wrong; never throws.
 */
export function expandDataset(json: unknown): unknown {
  if (!isRecord(json)) return json;
  const { subIndexIds: ids, observationRows: rows, ...rest } = json;
  if (!Array.isArray(ids) || !Array.isArray(rows)) return json;
  const observations = rows.map((row: unknown) => {
    if (!Array.isArray(row)) return row;
    const o: Record<string, unknown> = {};
    FIELDS.forEach((f, i) => {
      o[f] = row[i];
    });
    const sub: unknown = row[FIELDS.length];
    // Values of another length are left as they are: the decoder then names the observation.
    o.subIndices =
      Array.isArray(sub) && sub.length === ids.length
        ? ids.map((id: unknown, i) => [id, sub[i]])
        : isRecord(sub)
          ? sub.pairs
          : sub;
    return o;
  });
  return { ...rest, observations };
}
