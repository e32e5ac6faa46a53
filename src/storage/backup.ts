import type { Dataset } from '../domain/types.ts';
import { datasetHash, encodeDataset } from './datasetCodec.ts';
import type { StoredRecord } from './records.ts';

/**
 * The "Back up all" document: one JSON file holding every stored record.
 *
 * ```
 * { format: 'dcci-dashboard-backup', formatVersion: 1, createdAt, schemaVersion,
 *   datasets: StoredRecord[],   // usable datasets, in the current record version (hash included)
 *   readOnly: unknown[],        // records this version cannot use, verbatim (newer app, failed migration)
 *   quarantined: unknown[],     // corrupt records, verbatim, so a backup never loses them
 *   respondents: unknown[] }    // respondents records (storage/respondents.ts); absent in older backups
 * ```
 * Maps are already pairs in the stored form (datasetCodec), so plain JSON keeps them.
 */
export const BACKUP_FORMAT = 'dcci-dashboard-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupContents {
  readonly datasets: readonly unknown[];
  readonly readOnly: readonly unknown[];
  readonly quarantined: readonly unknown[];
  /** Respondents records; restored only beside a dataset restored with the same id. */
  readonly respondents?: readonly unknown[];
}

export function encodeBackup(
  contents: BackupContents,
  createdAt: Date,
  schemaVersion: number,
): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: createdAt.toISOString(),
    schemaVersion,
    datasets: contents.datasets,
    readOnly: contents.readOnly,
    quarantined: contents.quarantined,
    // Only when there are any: older readers and backups without respondents stay as they were.
    ...(contents.respondents?.length ? { respondents: contents.respondents } : {}),
  });
}

/** A current-version record for a dataset (what `save` writes). */
export async function recordFor(
  dataset: Dataset,
  savedAt: string,
  schemaVersion: number,
): Promise<StoredRecord> {
  const encoded = encodeDataset(dataset);
  return {
    id: dataset.id,
    schemaVersion,
    savedAt,
    hash: await datasetHash(encoded),
    status: 'ok',
    dataset: encoded,
  };
}

/**
 * A backup of datasets held in memory, for when IndexedDB is unavailable (private mode) or full:
 * the "download a backup" banner must still work. Restores like `backupAll`'s output.
 */
export async function backupOfDatasets(
  datasets: readonly Dataset[],
  now: Date = new Date(),
  schemaVersion = 1,
): Promise<string> {
  const savedAt = now.toISOString();
  const records = await Promise.all(datasets.map((d) => recordFor(d, savedAt, schemaVersion)));
  return encodeBackup({ datasets: records, readOnly: [], quarantined: [] }, now, schemaVersion);
}

export type BackupReadIssue = { readonly code: 'INVALID_BACKUP'; readonly detail: string };

/** Parses and checks the envelope of a backup document; the records are checked one by one later. */
export function tryReadBackup(
  json: string,
): { ok: true; value: BackupContents } | { ok: false; issues: readonly BackupReadIssue[] } {
  const fail = (detail: string) => ({
    ok: false as const,
    issues: [{ code: 'INVALID_BACKUP' as const, detail }],
  });
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    return fail(`not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return fail('not an object');
  const d = doc as Record<string, unknown>;
  if (d.format !== BACKUP_FORMAT) return fail(`format is not '${BACKUP_FORMAT}'`);
  if (typeof d.formatVersion !== 'number' || !Number.isInteger(d.formatVersion))
    return fail('formatVersion is missing');
  if (d.formatVersion > BACKUP_FORMAT_VERSION)
    return fail(`made by a newer version of the app (backup format ${d.formatVersion})`);
  const list = (k: string): unknown[] | null =>
    d[k] === undefined ? [] : Array.isArray(d[k]) ? (d[k] as unknown[]) : null;
  const datasets = list('datasets');
  const readOnly = list('readOnly');
  const quarantined = list('quarantined');
  const respondents = list('respondents');
  if (datasets === null || readOnly === null || quarantined === null || respondents === null)
    return fail('datasets, readOnly, quarantined and respondents must be arrays');
  return { ok: true, value: { datasets, readOnly, quarantined, respondents } };
}
