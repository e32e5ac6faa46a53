/**
 * `compute` remembered per cell text, for pure functions whose results are never mutated (so one
 * result is shared by every equal cell). Files repeat a few texts over hundreds of thousands of
 * cells (a response file's answers "1"–"5" and blanks): empty and one-character ASCII cells are
 * looked up in an array, other texts up to `maxLength` in a bounded map, longer ones computed.
 */
export function memoByText<T>(
  compute: (cell: string) => T,
  maxLength: number,
  maxSize = 10_000,
): (cell: string) => T {
  const short: (T | undefined)[] = new Array<T | undefined>(129).fill(undefined);
  const known = new Map<string, T>();
  return (cell) => {
    const code = cell.length === 0 ? -1 : cell.length === 1 ? cell.charCodeAt(0) : 128;
    if (code < 128) {
      let value = short[code + 1];
      if (value === undefined) {
        value = compute(cell);
        short[code + 1] = value;
      }
      return value;
    }
    if (cell.length > maxLength) return compute(cell);
    let value = known.get(cell);
    if (value === undefined) {
      value = compute(cell);
      if (known.size < maxSize) known.set(cell, value);
    }
    return value;
  };
}
