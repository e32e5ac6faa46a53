import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '../../../src/domain/issues.ts';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'import');
export const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The bytes of a fixture file. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/** UTF-8 bytes of a string (for inline CSV cases). */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The compact form tests compare: severity, code, line, excelRow, column, value. */
export function brief(issue: Issue): string {
  const where = [issue.line, issue.excelRow, issue.column].map((v) => v ?? '-').join(':');
  return `${issue.severity} ${issue.code} ${where}${issue.value === null ? '' : ` ${JSON.stringify(issue.value)}`}`;
}
