import type { Dataset, LocalizedText, Result } from '../domain/types.ts';
import {
  type CodecIssue,
  type EncodedDataset,
  datasetHash,
  encodeDataset,
  tryDecodeDataset,
} from './datasetCodec.ts';
import { type BackupContents, encodeBackup, recordFor, tryReadBackup } from './storage/backup.ts';
import {
  type ChannelLike,
  type LockManagerLike,
  type StorageChange,
  LOCK_NAME,
  changeMessage,
  defaultChannel,
  defaultLocks,
  readChange,
} from './storage/coordination.ts';
import {
  DATASETS,
  QUARANTINE,
  type IdbFailure,
  type Outcome,
  failureOf,
  openDatabase,
  runTransaction,
} from './storage/idb.ts';
import {
  CURRENT_SCHEMA,
  type RecordStatus,
  type Schema,
  type StoredEntry,
  type StoredRecord,
  classifyRecord,
  fingerprint,
} from './storage/records.ts';

/**
 * Imported datasets in IndexedDB (RELIABILITY.md "Persistence"). One record per dataset in
 * `dcci-dashboard`/`datasets`; a write is reported only after its transaction completes; a
 * failed write (full disk included) changes nothing. Writes wait for the first `loadAll` (no
 * write before hydration), are serialised across tabs (Web Locks) and announced to other tabs
 * (BroadcastChannel `dcci-datasets`). Corrupt records are quarantined, never dropped; records
 * from a newer app or a failed migration are read-only. Nothing is ever deleted to make room.
 */

export { SCHEMA_VERSION, MIGRATIONS } from './storage/records.ts';
export type { Migration, Schema, StoredEntry, RecordStatus } from './storage/records.ts';
export type { StorageChange, LockManagerLike, ChannelLike } from './storage/coordination.ts';
export { backupOfDatasets } from './storage/backup.ts';

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
  | 'duplicate'; // the id appears twice in the backup

export interface RestoreReport {
  readonly restored: readonly string[];
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
  save(dataset: Dataset): Promise<Result<StoredSummary, StorageIssue>>;
  /** Deletes one record (the UI confirms first); `removed` is false when there was none. */
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
}

const issueOf = (f: IdbFailure, id?: string): StorageIssue => ({
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
const fail = (issue: StorageIssue) => ({ ok: false as const, issues: [issue] });
const ok = <T>(value: T) => ({ ok: true as const, value });

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

interface RawRecord {
  readonly key: IDBValidKey;
  readonly raw: unknown;
}

/** A record to write, checked against what was read (`expected`) inside the write transaction. */
interface PlannedWrite {
  readonly id: string;
  readonly expected: string;
  readonly record: unknown | null; // null = delete
  /** The record being replaced is corrupt and not yet in `quarantine`: copy it there first. */
  readonly preserve: { readonly reason: string; readonly raw: unknown } | null;
}

class IdbDatasetStorage implements DatasetStorage {
  private db: IDBDatabase | null;
  private closed = false;
  private readonly listeners = new Set<(change: StorageChange) => void>();
  private openGate: () => void = () => undefined;
  private readonly hydrated = new Promise<void>((resolve) => (this.openGate = resolve));
  /** Writes of this tab, in call order, starting after the first loadAll (no write before hydration). */
  private writes: Promise<unknown> = this.hydrated;
  private persistenceAsked = false;

  constructor(
    private readonly factory: IDBFactory,
    db: IDBDatabase,
    private readonly locks: LockManagerLike,
    private readonly channel: ChannelLike | null,
    private readonly now: () => Date,
    private readonly schema: Schema,
    private readonly storageManager: StorageManagerLike | null,
    private readonly timeoutMs: number,
  ) {
    this.db = db;
    channel?.addEventListener('message', (event) => {
      const change = readChange(event.data);
      if (!change) return;
      for (const listener of this.listeners) {
        try {
          listener(change);
        } catch {
          // A listener's bug must not stop the others.
        }
      }
    });
  }

  /** Another tab wants to upgrade the database: let it, and reopen on the next operation. */
  readonly dropConnection = (db: IDBDatabase): void => {
    db.close();
    if (this.db === db) this.db = null;
  };

  private async database(): Promise<Outcome<IDBDatabase>> {
    if (this.closed) return { ok: false, failure: { kind: 'unavailable', detail: 'closed' } };
    if (this.db) return { ok: true, value: this.db };
    const opened = await openDatabase(this.factory, this.timeoutMs, this.dropConnection);
    if (opened.ok) this.db = opened.value;
    return opened;
  }

  private async tx<T>(
    stores: readonly string[],
    mode: IDBTransactionMode,
    body: Parameters<typeof runTransaction<T>>[3],
  ): Promise<Outcome<T>> {
    const db = await this.database();
    if (!db.ok) return db;
    return runTransaction(db.value, stores, mode, body);
  }

  private readAll(): Promise<Outcome<{ records: RawRecord[]; quarantine: unknown[] }>> {
    return this.tx([DATASETS, QUARANTINE], 'readonly', (t) => {
      const keys = t.objectStore(DATASETS).getAllKeys();
      const values = t.objectStore(DATASETS).getAll();
      const quarantine = t.objectStore(QUARANTINE).getAll();
      return () => ({
        records: keys.result.map((key, i) => ({ key, raw: values.result[i] })),
        quarantine: quarantine.result,
      });
    });
  }

  private readOne(id: string): Promise<Outcome<unknown>> {
    return this.tx([DATASETS], 'readonly', (t) => {
      const req = t.objectStore(DATASETS).get(id);
      return () => req.result as unknown;
    });
  }

  private classifyAll(records: readonly RawRecord[]): Promise<StoredEntry[]> {
    return Promise.all(records.map((r) => classifyRecord(r.key, r.raw, this.schema)));
  }

  /** Runs planned writes in ONE transaction: all happen at `complete`, or none. */
  private write(plans: readonly PlannedWrite[]): Promise<Outcome<void>> {
    return this.tx([DATASETS, QUARANTINE], 'readwrite', (t, refuse) => {
      const datasets = t.objectStore(DATASETS);
      const quarantine = t.objectStore(QUARANTINE);
      for (const plan of plans) {
        const req = datasets.get(plan.id);
        req.onsuccess = () => {
          // Another tab (without Web Locks) changed it since we checked: refuse, never clobber.
          if (fingerprint(req.result) !== plan.expected)
            return refuse({ kind: 'refused', detail: `${plan.id} changed in another tab` });
          try {
            if (plan.preserve)
              quarantine.add({
                id: plan.id,
                reason: plan.preserve.reason,
                quarantinedAt: this.now().toISOString(),
                record: plan.preserve.raw,
              });
            if (plan.record === null) datasets.delete(plan.id);
            else datasets.put(plan.record);
          } catch (e) {
            // A synchronous throw (e.g. QuotaExceededError from put) would otherwise abort the
            // transaction as a plain AbortError and lose the reason.
            refuse(failureOf([e]));
          }
        };
      }
      return () => undefined;
    });
  }

  /** Queues a write behind the earlier ones of this tab (and the first load), keeping call order. */
  private enqueue<T>(op: () => Promise<T>): Promise<T> {
    const run = this.writes.then(op);
    this.writes = run.catch(() => undefined);
    return run;
  }

  private locked<T>(fn: () => Promise<T>): Promise<T> {
    return this.locks.request(LOCK_NAME, () => fn());
  }

  private announce(change: StorageChange): void {
    try {
      this.channel?.postMessage(changeMessage(change));
    } catch {
      // Announcing is best effort; the data is already safe.
    }
  }

  async loadAll(): Promise<Result<StoredEntry[], StorageIssue>> {
    try {
      const read = await this.readAll();
      if (!read.ok) return fail(issueOf(read.failure));
      const entries = await this.classifyAll(read.value.records);
      await this.quarantineFound(read.value.records, entries);
      return ok(entries);
    } finally {
      this.openGate();
    }
  }

  /** Wraps newly found corrupt records and copies them to `quarantine` (best effort). */
  private async quarantineFound(records: readonly RawRecord[], entries: readonly StoredEntry[]) {
    const found = entries.flatMap((e, i) =>
      e.status === 'quarantined' && !e.wrapped && typeof records[i]?.key === 'string'
        ? [{ entry: e, raw: records[i]?.raw }]
        : [],
    );
    if (found.length === 0) return;
    await this.locked(async () => {
      const at = this.now().toISOString();
      const plans: PlannedWrite[] = found.map(({ entry, raw }) => ({
        id: entry.id,
        expected: fingerprint(raw),
        preserve: { reason: entry.reason, raw },
        record: {
          id: entry.id,
          schemaVersion: entry.schemaVersion,
          savedAt: entry.savedAt,
          hash:
            typeof (raw as { hash?: unknown })?.hash === 'string'
              ? (raw as { hash: string }).hash
              : null,
          status: 'quarantined',
          reason: entry.reason,
          quarantinedAt: at,
          dataset: raw,
        },
      }));
      const done = await this.write(plans);
      if (done.ok) this.announce({ kind: 'quarantine', ids: plans.map((p) => p.id) });
    });
  }

  async list(): Promise<Result<StoredSummary[], StorageIssue>> {
    const read = await this.readAll();
    if (!read.ok) return fail(issueOf(read.failure));
    return ok((await this.classifyAll(read.value.records)).map(summaryOf));
  }

  async load(id: string): Promise<Result<StoredEntry | null, StorageIssue>> {
    const read = await this.readOne(id);
    if (!read.ok) return fail(issueOf(read.failure, id));
    return ok(read.value === undefined ? null : await classifyRecord(id, read.value, this.schema));
  }

  async save(dataset: Dataset): Promise<Result<StoredSummary, StorageIssue>> {
    // Encode and start hashing now, then wait in line: queued writes keep their call order.
    const encoded = encodeDataset(dataset);
    const check = tryDecodeDataset(encoded);
    if (!check.ok) return fail({ code: 'INVALID_DATASET', id: dataset.id, issues: check.issues });
    const hashing = datasetHash(encoded);
    const result = await this.enqueue(async () => {
      const hash = await hashing;
      return this.locked(() => this.put(dataset, encoded, hash));
    });
    if (result.ok && !this.persistenceAsked) {
      this.persistenceAsked = true;
      void this.requestPersistence();
    }
    return result;
  }

  private async put(
    dataset: Dataset,
    encoded: EncodedDataset,
    hash: string,
  ): Promise<Result<StoredSummary, StorageIssue>> {
    const plan = await this.planReplace(dataset.id);
    if (!plan.ok) return plan;
    const record: StoredRecord = {
      id: dataset.id,
      schemaVersion: this.schema.version,
      savedAt: this.now().toISOString(),
      hash,
      status: 'ok',
      dataset: encoded,
    };
    const done = await this.write([{ ...plan.value, record }]);
    if (!done.ok) return fail(issueOf(done.failure, dataset.id));
    this.announce({ kind: 'save', ids: [dataset.id] });
    return ok(summaryOf({ ...record, status: 'ok', title: null, observationCount: null, dataset }));
  }

  /** Reads and judges the record a write would replace; refuses read-only ones. */
  private async planReplace(
    id: string,
  ): Promise<Result<Omit<PlannedWrite, 'record'>, StorageIssue>> {
    const current = await this.readOne(id);
    if (!current.ok) return fail(issueOf(current.failure, id));
    const raw = current.value;
    const plan = { id, expected: fingerprint(raw), preserve: null };
    if (raw === undefined) return ok(plan);
    const entry = await classifyRecord(id, raw, this.schema);
    if (entry.status === 'read-only') return fail({ code: 'READ_ONLY', id, detail: entry.detail });
    if (entry.status === 'quarantined' && !entry.wrapped)
      return ok({ ...plan, preserve: { reason: entry.reason, raw } });
    return ok(plan);
  }

  remove(id: string): Promise<Result<{ removed: boolean }, StorageIssue>> {
    return this.enqueue(() =>
      this.locked(async () => {
        const plan = await this.planReplace(id);
        if (!plan.ok) return plan;
        if (plan.value.expected === '') return ok({ removed: false });
        const done = await this.write([{ ...plan.value, record: null }]);
        if (!done.ok) return fail(issueOf(done.failure, id));
        this.announce({ kind: 'remove', ids: [id] });
        return ok({ removed: true });
      }),
    );
  }

  async backupAll(): Promise<Result<string, StorageIssue>> {
    const read = await this.readAll();
    if (!read.ok) return fail(issueOf(read.failure));
    const { records, quarantine } = read.value;
    const entries = await this.classifyAll(records);
    const datasets: unknown[] = [];
    const readOnly: unknown[] = [];
    const quarantined: unknown[] = [...quarantine];
    for (const [i, e] of entries.entries()) {
      const raw = records[i]?.raw;
      if (e.status === 'ok')
        // Older records go out migrated, so a backup always holds current-version records.
        datasets.push(
          e.schemaVersion === this.schema.version
            ? raw
            : await recordFor(
                e.dataset,
                e.savedAt ?? this.now().toISOString(),
                this.schema.version,
              ),
        );
      else if (e.status === 'read-only') readOnly.push(raw);
      else if (!e.wrapped) quarantined.push(raw); // wrapped ones are already in `quarantine`
    }
    return ok(encodeBackup({ datasets, readOnly, quarantined }, this.now(), this.schema.version));
  }

  async restore(json: string): Promise<Result<RestoreReport, StorageIssue>> {
    const parsed = tryReadBackup(json);
    if (!parsed.ok) return fail({ code: 'INVALID_BACKUP', detail: parsed.issues[0]?.detail ?? '' });
    return this.enqueue(() => this.restoreParsed(parsed.value));
  }

  private async restoreParsed(
    backup: BackupContents,
  ): Promise<Result<RestoreReport, StorageIssue>> {
    const skipped: { id: string; reason: RestoreSkipReason }[] = [];
    const candidates = new Map<string, { raw: unknown; entry: StoredEntry }>();
    const corrupt: unknown[] = [...backup.quarantined];
    for (const raw of [...backup.datasets, ...backup.readOnly]) {
      const key = (raw as { id?: unknown } | null)?.id;
      const entry = await classifyRecord(typeof key === 'string' ? key : '', raw, this.schema);
      if (entry.status === 'quarantined') {
        skipped.push({ id: entry.id, reason: 'corrupt' });
        corrupt.push(raw);
      } else if (candidates.has(entry.id)) skipped.push({ id: entry.id, reason: 'duplicate' });
      else candidates.set(entry.id, { raw: await this.asCurrent(entry, raw), entry });
    }
    return this.locked(async () => {
      const read = await this.readAll();
      if (!read.ok) return fail(issueOf(read.failure));
      const stored = new Map<string, { raw: unknown; entry: StoredEntry }>();
      const entries = await this.classifyAll(read.value.records);
      read.value.records.forEach((r, i) => {
        const entry = entries[i];
        if (entry) stored.set(entry.id, { raw: r.raw, entry });
      });
      const plans: PlannedWrite[] = [];
      for (const [id, c] of candidates) {
        const existing = stored.get(id);
        const reason = existing && restoreConflict(existing.entry, c.entry);
        if (reason) {
          skipped.push({ id, reason });
          continue;
        }
        const preserve =
          existing?.entry.status === 'quarantined' && !existing.entry.wrapped
            ? { reason: existing.entry.reason, raw: existing.raw }
            : null;
        plans.push({ id, expected: fingerprint(existing?.raw), record: c.raw, preserve });
      }
      // Corrupt records from the backup join the quarantine unless already there.
      const known = new Set(read.value.quarantine.map((q) => fingerprint(quarantined(q))));
      const extra = corrupt.filter((raw) => !known.has(fingerprint(quarantined(raw))));
      const done = await this.write(plans);
      if (!done.ok) return fail(issueOf(done.failure));
      if (extra.length > 0) await this.addToQuarantine(extra);
      const restored = plans.map((p) => p.id);
      if (restored.length > 0) this.announce({ kind: 'restore', ids: restored });
      return ok({ restored, skipped });
    });
  }

  /** The record to write for a backup entry: usable ones in the current version, others verbatim. */
  private async asCurrent(entry: StoredEntry, raw: unknown): Promise<unknown> {
    if (entry.status !== 'ok' || entry.schemaVersion === this.schema.version) return raw;
    return recordFor(entry.dataset, entry.savedAt ?? this.now().toISOString(), this.schema.version);
  }

  private addToQuarantine(raws: readonly unknown[]): Promise<Outcome<void>> {
    const at = this.now().toISOString();
    return this.tx([QUARANTINE], 'readwrite', (t) => {
      for (const raw of raws) {
        const id = (raw as { id?: unknown } | null)?.id;
        t.objectStore(QUARANTINE).add(
          isQuarantineItem(raw)
            ? raw
            : {
                id: typeof id === 'string' ? id : null,
                reason: 'restored-corrupt',
                quarantinedAt: at,
                record: raw,
              },
        );
      }
      return () => undefined;
    });
  }

  onChange(listener: (change: StorageChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async requestPersistence(): Promise<PersistenceOutcome> {
    const sm = this.storageManager;
    if (!sm || typeof sm.persist !== 'function') return 'unsupported';
    try {
      if (typeof sm.persisted === 'function' && (await sm.persisted())) return 'persisted';
      return (await sm.persist()) ? 'persisted' : 'not-persisted';
    } catch {
      return 'not-persisted';
    }
  }

  close(): void {
    this.closed = true;
    this.db?.close();
    this.db = null;
    this.listeners.clear();
    this.channel?.close();
  }
}

/** An entry of the `quarantine` store: `{ id, reason, quarantinedAt, record }`. */
function isQuarantineItem(x: unknown): x is { record: unknown } {
  return typeof x === 'object' && x !== null && 'record' in x && 'quarantinedAt' in x;
}
/** The corrupt record itself, whether given bare or as a quarantine entry. */
function quarantined(x: unknown): unknown {
  return isQuarantineItem(x) ? x.record : x;
}

/** Why a backup record must not replace the stored one; undefined when it may. */
function restoreConflict(
  stored: StoredEntry,
  incoming: StoredEntry,
): RestoreSkipReason | undefined {
  if (stored.status === 'quarantined') return undefined; // its original is kept in quarantine
  if (stored.status === 'read-only') return 'read-only-in-storage';
  if (incoming.status !== 'ok') return 'conflict'; // never replace usable data with unusable
  if (stored.hash !== null && stored.hash === incoming.hash) return 'identical';
  const a = Date.parse(stored.savedAt ?? '');
  const b = Date.parse(incoming.savedAt ?? '');
  if (!Number.isFinite(b) || !Number.isFinite(a)) return 'conflict';
  if (a > b) return 'newer-in-storage';
  if (a === b) return 'conflict';
  return undefined;
}

/**
 * Opens the dataset storage. Errors are values: no IndexedDB (private mode, blocked, an open
 * that never answers within `openTimeoutMs`, default 10 s) gives `{ ok: false, issues:
 * [{ code: 'UNAVAILABLE' }] }`; the caller keeps working in memory and offers a backup download.
 */
export async function openDatasetStorage(
  opts: OpenOptions = {},
): Promise<Result<DatasetStorage, StorageIssue>> {
  const factory =
    opts.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB ?? undefined;
  if (!factory) return fail({ code: 'UNAVAILABLE', detail: 'IndexedDB is not available' });
  const timeoutMs = opts.openTimeoutMs ?? 10_000;
  let storage: IdbDatasetStorage | null = null;
  const opened = await openDatabase(factory, timeoutMs, (db) =>
    storage ? storage.dropConnection(db) : db.close(),
  );
  if (!opened.ok) return fail(issueOf(opened.failure));
  const nav = (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator;
  storage = new IdbDatasetStorage(
    factory,
    opened.value,
    opts.locks ?? defaultLocks(),
    opts.channel === undefined ? defaultChannel() : opts.channel,
    opts.now ?? (() => new Date()),
    opts.schema ?? CURRENT_SCHEMA,
    opts.storageManager === undefined ? (nav?.storage ?? null) : opts.storageManager,
    timeoutMs,
  );
  return ok(storage);
}
