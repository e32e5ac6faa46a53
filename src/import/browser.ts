import { importInWorker } from './client.ts';
import type { ImportOptions, ImportOutcome } from './model.ts';
import { makeIssue } from '../domain/issues.ts';
import { refusedOutcome } from './outcome.ts';
import { sizeIssue } from './sniff.ts';

export type { ImportOptions, ImportOutcome, ImportReport, ReportRow } from './model.ts';

/**
 * Runs a file served from this origin (`?csv=<path>`) through the import pipeline in the worker;
 * other origins are refused by the worker. Always resolves: a refused file is an outcome with issues.
 */
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
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (err) {
    // The file was moved, deleted or is not readable: refuse it, never leave the dialog waiting.
    const value = err instanceof Error ? err.message : String(err);
    return refusedOutcome('unknown', [makeIssue('FETCH_FAILED', { value })]);
  }
  return importInWorker({ bytes, options: { fileName: file.name, ...options } });
}

/** Imports text pasted from Excel or a web page (tab-separated) through the same pipeline. */
export function importPastedText(text: string, options: ImportOptions): Promise<ImportOutcome> {
  return importInWorker({
    bytes: new TextEncoder().encode(text),
    options: { fileName: 'paste.tsv', ...options },
  });
}
