/**
 * `data/<id>.csv?dataset` (src/state/bundledDatasets.ts): the Dataset as the storage codec encodes
 * it, and the statistics of its group-years (`StatsJson` entries by `statsKey`).
 */
declare module '*.csv?dataset' {
  const encoded: unknown;
  export default encoded;
  // An ambient module cannot `import type` by a relative path.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export const stats: readonly (readonly [string, import('../stats/statsCache.ts').StatsJson])[];
}
