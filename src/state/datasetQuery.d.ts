/** `data/<id>.csv?dataset` (src/state/bundledDatasets.ts): the Dataset as the storage codec encodes it. */
declare module '*.csv?dataset' {
  const encoded: unknown;
  export default encoded;
}
