import { importInWorker } from '../import/client.ts';
import type { ImportOptions, ImportOutcome } from '../import/model.ts';
import { refusedOutcome } from '../import/outcome.ts';
import { sizeIssue } from '../import/sniff.ts';

export type { ImportOptions, ImportOutcome, ImportReport, ReportRow } from '../import/model.ts';

/**
 * Runs a user's file (or pasted text) through the import pipeline in the worker. Always resolves:
 * a refused file is an outcome with issues, never an exception.
 */
export function importUserBytes(bytes: Uint8Array, options: ImportOptions): Promise<ImportOutcome> {
  return importInWorker({ bytes, options });
}

/** Same for a file served from this origin (`?csv=<path>`); other origins are refused by the worker. */
export function importUserUrl(url: string, options: ImportOptions): Promise<ImportOutcome> {
  return importInWorker({ url, options });
}

/**
 * Imports a File chosen or dropped by the user. Files over the limit are refused from their size
 * alone, before a byte is read (RELIABILITY.md S7); the rest is read once and handed to the worker.
 */
export async function importUserFile(file: File, options: ImportOptions): Promise<ImportOutcome> {
  const tooLarge = sizeIssue(file.size);
  if (tooLarge !== null) return refusedOutcome('unknown', [tooLarge]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return importInWorker({ bytes, options: { fileName: file.name, ...options } });
}

/** Imports text pasted from Excel or a web page (tab-separated) through the same pipeline. */
export function importPastedText(text: string, options: ImportOptions): Promise<ImportOutcome> {
  return importInWorker({
    bytes: new TextEncoder().encode(text),
    options: { fileName: 'paste.tsv', ...options },
  });
}
