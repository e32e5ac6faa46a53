/**
 * Checks an .xlsx (a zip of XML files) before read-excel-file opens it, so that a small file
 * cannot make it allocate gigabytes (a 2 MB "zip bomb" inflating to 2 GiB killed Node). Every
 * entry is inflated here, streamed and counted, and the inflation stops at the limit; the sheet
 * XML is scanned on the way for cells and for the grid size read-excel-file will fill in (it
 * pads every row to the widest non-empty column, and empty rows up to the last row number).
 * Only when everything is within the limits does read-excel-file inflate the same bytes again.
 */
import { makeIssue } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import { MAX_COLUMNS, MAX_DATA_ROWS } from './table.ts';

/** Total inflated size of a workbook's entries: far above any importable table (10,000 × 200). */
export const MAX_XLSX_INFLATED_BYTES = 100 * 1024 * 1024;
/** Cells in all sheets, and cells of one sheet's padded grid: the largest importable table. */
export const MAX_XLSX_CELLS = MAX_DATA_ROWS * MAX_COLUMNS;
// Excel's own grid; larger addresses only come from crafted files.
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly dataStart: number;
}

const u16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, i: number): number => u32(b, i) + u32(b, i + 4) * 2 ** 32;

/**
 * The central directory, read the way read-excel-file's unzipper (fflate) reads it: the last
 * end-of-directory record, each entry's sizes from the directory (ZIP64 extra field when
 * needed) and its data after the local header. Null when the archive cannot be read so.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  let end = bytes.length - 22;
  while (end >= 0 && u32(bytes, end) !== 0x06054b50) {
    if (bytes.length - end > 65_558) return null;
    end--;
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  // A ZIP64 end record (over 65,535 entries or 4 GiB) never belongs to an importable workbook.
  if (count === 0xffff || at === 0xffffffff) return null;
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const method = u16(bytes, at + 10);
    let compressedSize = u32(bytes, at + 20);
    let size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let local = u32(bytes, at + 42);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (size === 0xffffffff || compressedSize === 0xffffffff || local === 0xffffffff) {
      // ZIP64 extra field (id 1): the 8-byte values present are those whose field is all ones.
      let e = at + 46 + nameLength;
      const stop = e + extraLength;
      while (e + 4 <= stop && u16(bytes, e) !== 1) e += 4 + u16(bytes, e + 2);
      if (e + 4 > stop) return null;
      let v = e + 4;
      if (size === 0xffffffff) [size, v] = [u64(bytes, v), v + 8];
      if (compressedSize === 0xffffffff) [compressedSize, v] = [u64(bytes, v), v + 8];
      if (local === 0xffffffff) local = u64(bytes, v);
    }
    if (local + 30 > bytes.length) return null;
    const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataStart + compressedSize > bytes.length) return null;
    entries.push({ name, method, compressedSize, size, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Why a workbook is refused before it is read, or null when it may be read. */
export type WorkbookCheck = Issue | null;

const tooLarge = (found: number, limit: number, unit: 'bytes' | 'cells'): Issue =>
  makeIssue('XLSX_TOO_LARGE', {
    params: unit === 'bytes' ? { found, limit } : { count: found, limit },
  });

/**
 * Refuses (XLSX_TOO_LARGE) a workbook whose entries inflate to more than
 * MAX_XLSX_INFLATED_BYTES, that holds more than MAX_XLSX_CELLS cells, or whose sheet grid (rows ×
 * columns read-excel-file would fill) exceeds it; XLSX_UNREADABLE when the zip cannot be read.
 * Declared sizes are checked first (a bomb is refused without inflating anything); the actual
 * inflated bytes are counted too, since a crafted file can declare small sizes.
 */
export async function checkWorkbook(bytes: Uint8Array): Promise<WorkbookCheck> {
  const entries = readZipDirectory(bytes);
  if (entries === null) return makeIssue('XLSX_UNREADABLE');
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > MAX_XLSX_INFLATED_BYTES)
    return tooLarge(declared, MAX_XLSX_INFLATED_BYTES, 'bytes');
  const budget = { bytes: 0, cells: 0 };
  for (const entry of entries) {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const scanner = /\.xml$/i.test(entry.name) ? new SheetScanner() : null;
    let issue: Issue | null = null;
    const onChunk = (chunk: Uint8Array): boolean => {
      budget.bytes += chunk.length;
      if (budget.bytes > MAX_XLSX_INFLATED_BYTES) {
        issue = tooLarge(budget.bytes, MAX_XLSX_INFLATED_BYTES, 'bytes');
        return false;
      }
      if (scanner === null) return true;
      scanner.push(chunk);
      const cells = budget.cells + scanner.cells;
      if (cells > MAX_XLSX_CELLS) issue = tooLarge(cells, MAX_XLSX_CELLS, 'cells');
      else if (scanner.beyondGrid) issue = tooLarge(scanner.gridCells, MAX_XLSX_CELLS, 'cells');
      else if (scanner.gridCells > MAX_XLSX_CELLS)
        issue = tooLarge(scanner.gridCells, MAX_XLSX_CELLS, 'cells');
      return issue === null;
    };
    if (entry.method === 0) onChunk(data);
    else if (entry.method === 8) {
      const ok = await inflateRaw(data, onChunk);
      if (!ok && issue === null) return makeIssue('XLSX_UNREADABLE');
    } else return makeIssue('XLSX_UNREADABLE');
    if (issue !== null) return issue;
    budget.cells += scanner?.cells ?? 0;
  }
  return null;
}

/**
 * Inflates raw deflate data in chunks (DecompressionStream: browsers and Node), calling `onChunk`
 * for each; stops as soon as it returns false. False when the data is not valid deflate.
 */
async function inflateRaw(
  data: Uint8Array,
  onChunk: (chunk: Uint8Array) => boolean,
): Promise<boolean> {
  const stream = new Blob([data.slice()])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      if (!onChunk(value)) {
        await reader.cancel().catch(() => undefined);
        return true;
      }
    }
  } catch {
    return false;
  }
}

/**
 * Counts `<c>` cells of sheet XML as it streams by, and the grid read-excel-file would fill: the
 * last row number (empty rows up to it are kept as rows) and, per sheet, non-empty rows ×
 * non-empty columns (every row is padded to the widest). Tags split across chunks are carried
 * over. Works on bytes as Latin-1 text: tag names and cell addresses are ASCII.
 */
class SheetScanner {
  cells = 0;
  /** True once a row or column number lies outside Excel's grid. */
  beyondGrid = false;
  private lastRow = 0;
  private dataRows = 0;
  private dataColumns = 0;
  private cell: { row: number; column: number; value: boolean } | null = null;
  private carry = '';

  get gridCells(): number {
    return Math.max(this.dataRows * this.dataColumns, this.lastRow);
  }

  push(chunk: Uint8Array): void {
    let text = this.carry;
    for (let i = 0; i < chunk.length; i += 8192) {
      text += String.fromCharCode(...chunk.subarray(i, i + 8192));
    }
    this.carry = '';
    let pos = 0;
    for (;;) {
      const open = text.indexOf('<', pos);
      if (open < 0) return;
      let nameEnd = open + 1;
      while (nameEnd < text.length && !/[\s/>]/.test(text[nameEnd] ?? '')) nameEnd++;
      if (nameEnd === open + 1 && text[nameEnd] === '/') {
        nameEnd++;
        while (nameEnd < text.length && !/[\s/>]/.test(text[nameEnd] ?? '')) nameEnd++;
      }
      if (nameEnd >= text.length || nameEnd - open > 64) {
        // A name cut by the chunk end is read with the next chunk; a longer one is no cell.
        if (nameEnd >= text.length && nameEnd - open <= 64) this.carry = text.slice(open);
        if (nameEnd >= text.length) return;
        pos = nameEnd;
        continue;
      }
      const name = text.slice(open + 1, nameEnd);
      const closing = name.startsWith('/');
      const bare = closing ? name.slice(1) : name;
      const local = bare.slice(bare.lastIndexOf(':') + 1);
      if (!closing && (local === 'c' || local === 'row')) {
        const close = text.indexOf('>', nameEnd);
        if (close < 0) {
          if (text.length - open <= 4096) this.carry = text.slice(open);
          return;
        }
        this.openTag(local, text.slice(nameEnd, close), text[close - 1] === '/');
        pos = close + 1;
        continue;
      }
      if (this.cell !== null && !closing && (local === 'v' || local === 'is'))
        this.cell.value = true;
      if (closing && local === 'c') this.closeCell();
      pos = nameEnd;
    }
  }

  private openTag(local: string, attributes: string, selfClosing: boolean): void {
    const r = /(?:^|\s)r\s*=\s*["']([A-Za-z]*)([0-9]*)["']/.exec(attributes);
    const digits = r?.[2] ?? '';
    const row = digits.length > 7 ? EXCEL_ROWS + 1 : Number(digits);
    if (row > EXCEL_ROWS) this.beyondGrid = true;
    this.lastRow = Math.max(this.lastRow, row);
    if (local === 'row') return;
    this.cells++;
    const letters = (r?.[1] ?? '').toUpperCase();
    let column = letters.length > 3 ? EXCEL_COLUMNS + 1 : 0;
    if (column === 0) for (const ch of letters) column = column * 26 + ch.charCodeAt(0) - 64;
    if (column > EXCEL_COLUMNS) this.beyondGrid = true;
    this.cell = { row, column, value: false };
    if (selfClosing) this.closeCell();
  }

  private closeCell(): void {
    const cell = this.cell;
    this.cell = null;
    if (cell === null || !cell.value) return;
    this.dataRows = Math.max(this.dataRows, cell.row);
    this.dataColumns = Math.max(this.dataColumns, cell.column);
  }
}
