/**
 * What a table's title says beyond the year (header.ts): the unit of a single-unit table
 * ("Điểm PCI của tỉnh Bắc Kạn qua các năm") and the index it reports ("Kết quả DDCI 2023").
 * Linear-time patterns only: titles are untrusted text.
 */
import { canonicalName, foldKey } from '../domain/names.ts';
import type { CsvRecord } from './parseCsv.ts';

// "của tỉnh Bắc Kạn", "của huyện Ba Bể", "của Sở Công Thương": the name runs to a stop word,
// punctuation or a digit. Province and district words are dropped (units are named without them).
const OF_UNIT = /\bcủa\s+(?:(tỉnh|huyện|thành phố|thị xã|tp\.?)\s+)?([^,.;:()\d–—\-/]{2,80})/iu;
const STOP = /\s+(?:qua|giai đoạn|từ|trong|các năm|năm|theo|so với|và|period|from)(?:\s|$).*$/iu;

/** The unit a title names, with its record, or null. */
export function unitFromTitles(
  titles: readonly CsvRecord[],
): { readonly unit: string; readonly record: CsvRecord } | null {
  for (const record of titles) {
    const text = canonicalName(record.cells.filter((c) => c.trim() !== '').join(' '));
    const m = OF_UNIT.exec(text);
    const kind = (m?.[1] ?? '').toLowerCase();
    const name = canonicalName((m?.[2] ?? '').replace(STOP, ''));
    if (name.length < 2) continue;
    // A city keeps its word ("Thành phố Bắc Kạn" is a district-level unit of its own).
    const unit = kind.startsWith('thành phố') || kind.startsWith('tp') ? `Thành phố ${name}` : name;
    return { unit: unit.charAt(0).toUpperCase() + unit.slice(1), record };
  }
  return null;
}

const KNOWN_INDICES = ['DCCI', 'DDCI', 'PCI', 'PAPI', 'PGI', 'SIPAS', 'PAR INDEX'];

/** The index a title names (DCCI, DDCI, PCI, PAPI, …), or null. */
export function indexFromText(text: string): string | null {
  const key = ` ${foldKey(text)} `;
  const found = KNOWN_INDICES.find((name) => key.includes(` ${name.toLowerCase()} `));
  if (found === undefined) return null;
  return found === 'PAR INDEX' ? 'PAR Index' : found;
}
