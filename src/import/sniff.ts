import { makeIssue } from '../domain/issues.ts';
import type { Issue, IssueCode } from '../domain/issues.ts';

/** 20 MB: larger files are refused before they are read (RELIABILITY.md S7). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The kind of container the first bytes reveal. */
export type ByteKind = 'text' | 'xlsx' | 'xls' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'html' | 'empty';

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

/**
 * Classifies a file from its first bytes. Zip (xlsx/ods/docx), OLE (xls), PDF and images are
 * recognised by their magic numbers; HTML by a leading `<!doctype html`, `<html`, `<table` or
 * `<meta` after optional BOM/whitespace (what "Save as Web page" and web exports look like).
 */
export function sniffBytes(bytes: Uint8Array): ByteKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  // HTML: look at the first 512 bytes as ASCII, skipping a UTF-8 BOM and whitespace.
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 512); i++) {
    const b = bytes[i] ?? 0;
    if (b !== 0) head += String.fromCharCode(b);
  }
  head = head
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype html|html|table|meta|head|body|\?xml[^>]*>\s*<html)/.test(head)) return 'html';
  return 'text';
}

const KIND_CODE: ReadonlyMap<ByteKind, IssueCode> = new Map([
  ['xlsx', 'NOT_CSV_XLSX'],
  ['xls', 'NOT_CSV_XLS'],
  ['pdf', 'NOT_CSV_PDF'],
  ['png', 'NOT_CSV_IMAGE'],
  ['jpeg', 'NOT_CSV_IMAGE'],
  ['gif', 'NOT_CSV_IMAGE'],
  ['html', 'NOT_CSV_HTML'],
  ['empty', 'EMPTY_FILE'],
]);

/** The refusal for a non-text kind, or null for text. */
export function kindIssue(kind: ByteKind): Issue | null {
  const code = KIND_CODE.get(kind);
  return code === undefined ? null : makeIssue(code);
}

/** FILE_TOO_LARGE for sizes over the limit (call with `File.size` or `stat().size` before reading). */
export function sizeIssue(byteLength: number): Issue | null {
  return byteLength > MAX_FILE_BYTES
    ? makeIssue('FILE_TOO_LARGE', { params: { found: byteLength, limit: MAX_FILE_BYTES } })
    : null;
}
