/**
 * Minimal RFC 4180 CSV writing for the bundled data files: comma-delimited, `\n` line ends,
 * a field is quoted only when it holds a comma, quote, line break or edge whitespace.
 */

/** One CSV field; `null` and `undefined` become an empty cell (missing, never 0). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (without the line break). */
export function csvLine(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',');
}

/** A whole CSV document: lines joined by `\n`, ending with a line break. */
export function csvDocument(
  lines: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return `${lines.map(csvLine).join('\n')}\n`;
}

/**
 * The title line of every illustrative CSV: a single cell with the marker the importer detects
 * (CONTRACTS.md, `ILLUSTRATIVE_MARKER`). No comma, semicolon or tab, so it stays one cell in any
 * delimiter guess, and no year, so it cannot be mistaken for the data year.
 */
export const ILLUSTRATIVE_TITLE =
  'SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA — DCCI Bắc Kạn: điểm do bộ sinh số có hạt giống cố định tạo ra và không phải kết quả chính thức / scores made up by a seeded generator and not official results';
