import type { ImportedResponses } from '../domain/respondents.ts';
import type { Dataset, LocalizedText, Result } from '../domain/types.ts';
import type { CodecIssue } from './datasetCodec.ts';
import type { ChannelLike, LockManagerLike, StorageChange } from './coordination.ts';
import type { IdbFailure } from './idb.ts';
import type { RecordStatus, Schema, StoredEntry } from './records.ts';

/** The public types of the dataset storage (see ../storage.ts), and how failures become issues. */

export type StorageIssueCode =
  | 'UNAVAILABLE' // no IndexedDB (private mode, blocked, closed)
  | 'QUOTA' // the disk or the origin's quota is full; nothing was written
  | 'READ_ONLY' // the stored record is from a newer app or failed to migrate
  | 'INVALID_DATASET' // the dataset cannot be stored faithfully (e.g. NaN)
  | 'INVALID_BACKUP' // restore: not a backup this app can read
  | 'CONFLICT' // the record changed in another tab while this write was checked; retry
  | 'FAILED'; // any other IndexedDB error

export interface StorageIssue {
  readonly code: StorageIssueCode;
  readonly id?: string;
  readonly detail?: string;
  readonly issues?: readonly CodecIssue[];
}

export interface StoredSummary {
  readonly id: string;
  readonly title: LocalizedText | null;
  readonly savedAt: string | null;
  readonly status: RecordStatus;
  readonly observationCount: number | null;
  readonly schemaVersion: number | null;
  /** Why a record is read-only or quarantined. */
  readonly detail?: string;
}

export type RestoreSkipReason =
  | 'identical' // the stored record has the same content
  | 'newer-in-storage' // the stored record was saved later than the backup's
  | 'conflict' // same save time, different content; or a record this app cannot check
  | 'read-only-in-storage' // the stored record is read-only
  | 'corrupt' // the backup's record fails its hash or shape (kept in quarantine)
  | 'duplicate' // the id appears twice in the backup
  | 'reserved-id' // the id of a dataset the app bundles: a backup never replaces or shadows one
  | 'illustrative-dropped'; // would turn a stored illustrative dataset into one that is not

export interface RestoreReport {
  readonly restored: readonly string[];
  /** Datasets whose respondents were restored with them. */
  readonly respondents?: readonly string[];
  /** Respondents records left out, and why (no restored dataset of that id, bad shape…). */
  readonly respondentsSkipped?: readonly { readonly id: string | null; readonly detail: string }[];
  readonly skipped: readonly { readonly id: string; readonly reason: RestoreSkipReason }[];
}

export type PersistenceOutcome = 'persisted' | 'not-persisted' | 'unsupported';

export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

export interface DatasetStorage {
  /** Every stored record with its status (hashes and versions checked). */
  list(): Promise<Result<StoredSummary[], StorageIssue>>;
  /** One record, or null when there is none. */
  load(id: string): Promise<Result<StoredEntry | null, StorageIssue>>;
  /** Reads every record; the first call opens the gate for writes (queued until then). */
  loadAll(): Promise<Result<StoredEntry[], StorageIssue>>;
  /**
   * Stores a dataset; with `respondents` (a response-level import) they are written in the same
   * transaction (replacing earlier ones); without, stored respondents of that id are left alone.
   */
  save(
    dataset: Dataset,
    respondents?: ImportedResponses,
  ): Promise<Result<StoredSummary, StorageIssue>>;
  /** Ids of the datasets with stored respondents (not yet checked: `loadRespondents` checks). */
  respondentIds(): Promise<Result<string[], StorageIssue>>;
  /** The stored respondents of a usable dataset, checked against it; null when there are none. */
  loadRespondents(id: string): Promise<Result<ImportedResponses | null, StorageIssue>>;
  /** Deletes one record and its respondents (the UI confirms first); `removed` is false when there was none. */
  remove(id: string): Promise<Result<{ removed: boolean }, StorageIssue>>;
  /** One JSON document with every record (see storage/backup.ts). */
  backupAll(): Promise<Result<string, StorageIssue>>;
  restore(json: string): Promise<Result<RestoreReport, StorageIssue>>;
  /** Changes made by other tabs; returns the unsubscribe function. */
  onChange(listener: (change: StorageChange) => void): () => void;
  /** `navigator.storage.persist()` when available; also requested after the first save. Never throws. */
  requestPersistence(): Promise<PersistenceOutcome>;
  close(): void;
}

export interface OpenOptions {
  readonly indexedDB?: IDBFactory;
  readonly locks?: LockManagerLike;
  /** `null` disables announcements. */
  readonly channel?: ChannelLike | null;
  readonly now?: () => Date;
  readonly storageManager?: StorageManagerLike | null;
  /** Record version and migrations; tests use it to play an older or newer app. */
  readonly schema?: Schema;
  readonly openTimeoutMs?: number;
  /** Ids of the bundled datasets: never written by a restore or a save. */
  readonly reservedIds?: readonly string[];
}

export const issueOf = (f: IdbFailure, id?: string): StorageIssue => ({
  code:
    f.kind === 'quota'
      ? 'QUOTA'
      : f.kind === 'unavailable'
        ? 'UNAVAILABLE'
        : f.kind === 'refused'
          ? 'CONFLICT'
          : 'FAILED',
  detail: f.detail,
  ...(id === undefined ? {} : { id }),
});
export const fail = (issue: StorageIssue) => ({ ok: false as const, issues: [issue] });
export const ok = <T>(value: T) => ({ ok: true as const, value });

export function summaryOf(entry: StoredEntry): StoredSummary {
  return {
    id: entry.id,
    title: entry.status === 'ok' ? entry.dataset.title : entry.title,
    savedAt: entry.savedAt,
    status: entry.status,
    observationCount:
      entry.status === 'ok' ? entry.dataset.observations.length : entry.observationCount,
    schemaVersion: entry.schemaVersion,
    ...(entry.status === 'ok' ? {} : { detail: entry.detail }),
  };
}
