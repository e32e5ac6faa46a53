/** Delimiters the importer recognises, in order of preference when scores tie. */
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface SepLine {
  /** The delimiter named by Excel's `sep=` first line, or null. */
  readonly delimiter: string | null;
  /** The text after the `sep=` line (unchanged when there is none). */
  readonly rest: string;
}

/**
 * Reads Excel's `sep=;` first line. The line is removed so it is never taken for a title or a
 * header; the caller adds 1 to line numbers when `delimiter` is not null.
 */
export function readSepLine(text: string): SepLine {
  const m = /^sep=(.)[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
  if (m === null || m[1] === undefined) return { delimiter: null, rest: text };
  return { delimiter: m[1], rest: text.slice(m[0].length) };
}

/** Counts the fields of each of the first `maxLines` records, honouring double quotes. */
export function fieldCounts(text: string, delimiter: string, maxLines = 60): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let atFieldStart = true;
  let lineHasContent = false;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
      lineHasContent = true;
    } else if (ch === delimiter) {
      fields++;
      atFieldStart = true;
      lineHasContent = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (lineHasContent) counts.push(fields);
      fields = 1;
      atFieldStart = true;
      lineHasContent = false;
    } else {
      atFieldStart = false;
      if (ch !== ' ') lineHasContent = true;
    }
  }
  if (lineHasContent && counts.length < maxLines) counts.push(fields);
  return counts;
}

/**
 * Chooses the delimiter whose field count is the same on the most lines (title rows and footers
 * have one field under every candidate, so they do not vote). Ties go to the higher field count,
 * then to `,` before `;` before tab. A file with one column gives `,`.
 */
export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = -1;
  let bestWidth = 0;
  for (const d of DELIMITERS) {
    const counts = fieldCounts(text, d).filter((c) => c > 1);
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    let score = 0;
    let width = 0;
    for (const [c, n] of freq) {
      if (n > score || (n === score && c > width)) {
        score = n;
        width = c;
      }
    }
    if (score > bestScore || (score === bestScore && width > bestWidth)) {
      best = d;
      bestScore = score;
      bestWidth = width;
    }
  }
  return best;
}
