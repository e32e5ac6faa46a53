import { checkRespondents, type ImportedResponses } from '../domain/respondents.ts';
import type { Dataset } from '../domain/types.ts';
import { deflate, fromBase64Url, inflate, toBase64Url } from './shareLink.ts';

/**
 * The stored respondents of an imported response-level dataset: one record per dataset id in the
 * `respondents` object store, beside (not inside) the dataset record, so the dataset record format
 * can change on its own. Written in the same transaction as its dataset, deleted with it, and in
 * "Back up all". The respondents' JSON is deflate-raw compressed and base64url encoded, as share
 * links are (shareLink.ts), so a backup stays plain JSON.
 *
 * ```
 * { id, version: 1, savedAt, data: '<base64url of deflate-raw of ImportedResponses JSON>' }
 * ```
 */
export const RESPONDENTS_VERSION = 1;
/** Longest `data` accepted (base64url characters): far above 10,000 × 200 compressed answers. */
export const MAX_RESPONDENTS_CHARS = 16 * 1024 * 1024;
/** Largest inflated JSON accepted, in bytes (capped while streaming). */
export const MAX_RESPONDENTS_BYTES = 64 * 1024 * 1024;

export interface RespondentsRecord {
  readonly id: string;
  readonly version: number;
  readonly savedAt: string;
  readonly data: string;
}

export async function respondentsRecord(
  id: string,
  responses: ImportedResponses,
  savedAt: string,
): Promise<RespondentsRecord> {
  const packed = await deflate(new TextEncoder().encode(JSON.stringify(responses)));
  return { id, version: RESPONDENTS_VERSION, savedAt, data: toBase64Url(packed) };
}

/** The id of something that looks like a respondents record; null otherwise. */
export function respondentsRecordId(raw: unknown): string | null {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof raw === 'object' && raw !== null && typeof id === 'string' ? id : null;
}

/**
 * Reads an untrusted respondents record as the respondents of `dataset` (its id must match):
 * version, sizes (before and while inflating), JSON, then `checkRespondents`. Never throws.
 */
export async function readRespondentsRecord(
  raw: unknown,
  dataset: Dataset,
): Promise<{ ok: true; value: ImportedResponses } | { ok: false; detail: string }> {
  const no = (detail: string) => ({ ok: false as const, detail });
  if (typeof raw !== 'object' || raw === null) return no('not a record');
  const r = raw as Partial<Record<keyof RespondentsRecord, unknown>>;
  if (r.id !== dataset.id) return no('id does not match its dataset');
  if (r.version !== RESPONDENTS_VERSION) return no(`version ${String(r.version)}`);
  if (typeof r.data !== 'string') return no('no data');
  if (r.data.length > MAX_RESPONDENTS_CHARS) return no('too large');
  const packed = fromBase64Url(r.data);
  if (packed === null) return no('not base64url');
  const bytes = await inflate(packed, MAX_RESPONDENTS_BYTES);
  if (bytes === null) return no('not deflate-raw');
  if (bytes === 'too-large') return no('too large');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return no('not JSON');
  }
  const checked = checkRespondents(json, dataset);
  return checked.ok ? checked : no(checked.detail);
}
