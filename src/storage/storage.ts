import { checkRespondents, type ImportedResponses } from '../domain/respondents.ts';
import type { Dataset, Result } from '../domain/types.ts';
import {
  type DatasetStorage,
  type OpenOptions,
  type PersistenceOutcome,
  type RestoreReport,
  type StorageIssue,
  type StorageManagerLike,
  type StoredSummary,
  fail,
  issueOf,
  ok,
  summaryOf,
} from './api.ts';
import {
  type EncodedDataset,
  datasetHash,
  encodeDataset,
  tryDecodeDataset,
} from './datasetCodec.ts';
import { datasetProblem } from './externalDataset.ts';
import { type BackupContents, encodeBackup, recordFor, tryReadBackup } from './backup.ts';
import {
  type ChannelLike,
  type LockManagerLike,
  type StorageChange,
  LOCK_NAME,
  changeMessage,
  defaultChannel,
  defaultLocks,
  readChange,
} from './coordination.ts';
import {
  type RespondentsRecord,
  readRespondentsRecord,
  respondentsRecord,
  respondentsRecordId,
} from './respondents.ts';
import {
  DATASETS,
  QUARANTINE,
  RESPONDENTS,
  type Outcome,
  failureOf,
  openDatabase,
  runTransaction,
} from './idb.ts';
import {
  CURRENT_SCHEMA,
  type Schema,
  type StoredEntry,
  type StoredRecord,
  classifyRecord,
  fingerprint,
} from './records.ts';
import {
  type Judged,
  type PlannedWrite,
  type QuarantineItem,
  planRestore,
  readCandidates,
} from './restorePlan.ts';

/**
 * Imported datasets in IndexedDB (RELIABILITY.md "Persistence"). One record per dataset in
 * `dcci-dashboard`/`datasets`; a write is reported only after its transaction completes; a
 * failed write (full disk included) changes nothing. Writes wait for the first `loadAll` (no
 * write before hydration), are serialised across tabs (Web Locks) and announced to other tabs
 * (BroadcastChannel `dcci-datasets`). Corrupt records are quarantined, never dropped; records
 * from a newer app or a failed migration are read-only. Nothing is ever deleted to make room.
 */

export { SCHEMA_VERSION, MIGRATIONS } from './records.ts';
export type { Migration, Schema, StoredEntry, RecordStatus } from './records.ts';
export type { StorageChange, LockManagerLike, ChannelLike } from './coordination.ts';
export { backupOfDatasets } from './backup.ts';
export type {
  DatasetStorage,
  OpenOptions,
  PersistenceOutcome,
  RestoreReport,
  RestoreSkipReason,
  StorageIssue,
  StorageIssueCode,
  StorageManagerLike,
  StoredSummary,
} from './api.ts';
export { summaryOf } from './api.ts';

interface RawRecord {
  readonly key: IDBValidKey;
  readonly raw: unknown;
}

/** A respondents record to put, or (null) to delete, beside a dataset write. */
interface RespondentsWrite {
  readonly id: string;
  readonly record: RespondentsRecord | null;
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
    private readonly reservedIds: ReadonlySet<string>,
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

  private readAll(): Promise<
    Outcome<{ records: RawRecord[]; quarantine: unknown[]; respondents: unknown[] }>
  > {
    return this.tx([DATASETS, QUARANTINE, RESPONDENTS], 'readonly', (t) => {
      const keys = t.objectStore(DATASETS).getAllKeys();
      const values = t.objectStore(DATASETS).getAll();
      const quarantine = t.objectStore(QUARANTINE).getAll();
      const respondents = t.objectStore(RESPONDENTS).getAll();
      return () => ({
        records: keys.result.map((key, i) => ({ key, raw: values.result[i] })),
        quarantine: quarantine.result,
        respondents: respondents.result,
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

  /** Runs planned writes (datasets, quarantine, respondents) in ONE transaction: all happen at `complete`, or none. */
  private write(
    plans: readonly PlannedWrite[],
    quarantineAdds: readonly QuarantineItem[] = [],
    respondentWrites: readonly RespondentsWrite[] = [],
  ): Promise<Outcome<void>> {
    return this.tx([DATASETS, QUARANTINE, RESPONDENTS], 'readwrite', (t, refuse) => {
      const datasets = t.objectStore(DATASETS);
      const quarantine = t.objectStore(QUARANTINE);
      const respondents = t.objectStore(RESPONDENTS);
      for (const item of quarantineAdds) quarantine.add(item);
      for (const w of respondentWrites) {
        if (w.record === null) respondents.delete(w.id);
        else respondents.put(w.record);
      }
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

  async respondentIds(): Promise<Result<string[], StorageIssue>> {
    const read = await this.tx([RESPONDENTS], 'readonly', (t) => {
      const keys = t.objectStore(RESPONDENTS).getAllKeys();
      return () => keys.result.filter((k): k is string => typeof k === 'string');
    });
    return read.ok ? ok(read.value) : fail(issueOf(read.failure));
  }

  async loadRespondents(id: string): Promise<Result<ImportedResponses | null, StorageIssue>> {
    const read = await this.tx([DATASETS, RESPONDENTS], 'readonly', (t) => {
      const dataset = t.objectStore(DATASETS).get(id);
      const respondents = t.objectStore(RESPONDENTS).get(id);
      return () => ({
        dataset: dataset.result as unknown,
        respondents: respondents.result as unknown,
      });
    });
    if (!read.ok) return fail(issueOf(read.failure, id));
    const { dataset, respondents } = read.value;
    if (respondents === undefined || dataset === undefined) return ok(null);
    const entry = await classifyRecord(id, dataset, this.schema);
    if (entry.status !== 'ok') return ok(null);
    const checked = await readRespondentsRecord(respondents, entry.dataset);
    if (!checked.ok)
      return fail({ code: 'INVALID_DATASET', id, detail: `respondents: ${checked.detail}` });
    return ok(checked.value);
  }

  async save(
    dataset: Dataset,
    respondents?: ImportedResponses,
  ): Promise<Result<StoredSummary, StorageIssue>> {
    // Encode and start hashing now, then wait in line: queued writes keep their call order.
    let encoded: EncodedDataset;
    try {
      encoded = encodeDataset(dataset);
    } catch (e) {
      // Not a Dataset at all (a caller's bug): refuse it rather than store something else.
      return fail({ code: 'INVALID_DATASET', detail: describeError(e) });
    }
    const check = tryDecodeDataset(encoded);
    if (!check.ok) return fail({ code: 'INVALID_DATASET', id: dataset.id, issues: check.issues });
    if (this.reservedIds.has(dataset.id))
      return fail({
        code: 'INVALID_DATASET',
        id: dataset.id,
        detail: 'the id of a bundled dataset',
      });
    // Never store what a later read would quarantine (the importer's rules, storage/records.ts).
    const problem = datasetProblem(check.value);
    if (problem !== null)
      return fail({ code: 'INVALID_DATASET', id: dataset.id, detail: problem.detail });
    // Respondents that a later read would refuse are refused now (same check as loadRespondents).
    let packed: Promise<RespondentsRecord> | null = null;
    if (respondents !== undefined) {
      const fits = checkRespondents(respondents, check.value);
      if (!fits.ok)
        return fail({
          code: 'INVALID_DATASET',
          id: dataset.id,
          detail: `respondents: ${fits.detail}`,
        });
      packed = respondentsRecord(dataset.id, fits.value, this.now().toISOString());
    }
    const hashing = datasetHash(encoded);
    const result = await this.enqueue(async () => {
      const hash = await hashing;
      const extra = packed === null ? null : await packed;
      return this.locked(() => this.put(dataset, encoded, hash, extra));
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
    respondents: RespondentsRecord | null,
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
    const done = await this.write(
      [{ ...plan.value, record }],
      [],
      respondents === null ? [] : [{ id: dataset.id, record: respondents }],
    );
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
        const done = await this.write(
          [{ ...plan.value, record: null }],
          [],
          [{ id, record: null }],
        );
        if (!done.ok) return fail(issueOf(done.failure, id));
        this.announce({ kind: 'remove', ids: [id] });
        return ok({ removed: true });
      }),
    );
  }

  async backupAll(): Promise<Result<string, StorageIssue>> {
    const read = await this.readAll();
    if (!read.ok) return fail(issueOf(read.failure));
    const { records, quarantine, respondents } = read.value;
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
    return ok(
      encodeBackup(
        { datasets, readOnly, quarantined, respondents },
        this.now(),
        this.schema.version,
      ),
    );
  }

  async restore(json: string): Promise<Result<RestoreReport, StorageIssue>> {
    const parsed = tryReadBackup(json);
    if (!parsed.ok) return fail({ code: 'INVALID_BACKUP', detail: parsed.issues[0]?.detail ?? '' });
    return this.enqueue(() => this.restoreParsed(parsed.value));
  }

  private async restoreParsed(
    backup: BackupContents,
  ): Promise<Result<RestoreReport, StorageIssue>> {
    const incoming = await readCandidates(backup, this.schema, this.now);
    return this.locked(async () => {
      const read = await this.readAll();
      if (!read.ok) return fail(issueOf(read.failure));
      const entries = await this.classifyAll(read.value.records);
      const stored = new Map<string, Judged>();
      entries.forEach((entry, i) =>
        stored.set(entry.id, { raw: read.value.records[i]?.raw, entry }),
      );
      const { plans, quarantineAdds, skipped } = planRestore(
        incoming,
        stored,
        read.value.quarantine,
        this.now().toISOString(),
        this.reservedIds,
      );
      const people = await this.restoredRespondents(backup, incoming.candidates, plans);
      const done = await this.write(plans, quarantineAdds, people.writes);
      if (!done.ok) return fail(issueOf(done.failure));
      const restored = plans.map((p) => p.id);
      if (restored.length > 0) this.announce({ kind: 'restore', ids: restored });
      const withRespondents = people.writes.flatMap((w) => (w.record === null ? [] : [w.id]));
      return ok({
        restored,
        skipped,
        ...(withRespondents.length > 0 ? { respondents: withRespondents } : {}),
        ...(people.skipped.length > 0 ? { respondentsSkipped: people.skipped } : {}),
      });
    });
  }

  /**
   * The respondents writes of a restore: a backup's respondents record is written only beside a
   * usable dataset restored under its id (never a bundled id), after the same checks as a read;
   * a restored dataset without respondents in the backup loses stored ones (they belonged to the
   * replaced version).
   */
  private async restoredRespondents(
    backup: BackupContents,
    candidates: ReadonlyMap<string, Judged>,
    plans: readonly PlannedWrite[],
  ): Promise<{ writes: RespondentsWrite[]; skipped: { id: string | null; detail: string }[] }> {
    const restored = new Set(plans.flatMap((p) => (p.record === null ? [] : [p.id])));
    const writes = new Map<string, RespondentsWrite>();
    const skipped: { id: string | null; detail: string }[] = [];
    for (const raw of backup.respondents ?? []) {
      const id = respondentsRecordId(raw);
      const entry = id === null ? undefined : candidates.get(id)?.entry;
      if (id === null) skipped.push({ id, detail: 'not a respondents record' });
      else if (this.reservedIds.has(id))
        skipped.push({ id, detail: 'the id of a bundled dataset' });
      else if (writes.has(id)) skipped.push({ id, detail: 'duplicate' });
      else if (!restored.has(id) || entry?.status !== 'ok')
        skipped.push({ id, detail: 'no dataset of this id was restored' });
      else {
        const checked = await readRespondentsRecord(raw, entry.dataset);
        if (!checked.ok) skipped.push({ id, detail: checked.detail });
        else {
          const r = raw as RespondentsRecord;
          const savedAt = typeof r.savedAt === 'string' ? r.savedAt : this.now().toISOString();
          writes.set(id, { id, record: { id, version: r.version, savedAt, data: r.data } });
        }
      }
    }
    for (const id of restored) if (!writes.has(id)) writes.set(id, { id, record: null });
    return { writes: [...writes.values()], skipped };
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
  let storage: IdbDatasetStorage | null = null; // set once open; the callback may fire later
  const opened = await openDatabase(factory, timeoutMs, (db) =>
    storage ? storage.dropConnection(db) : db.close(),
  );
  if (!opened.ok) return fail(issueOf(opened.failure));
  const nav = (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator;
  const created = new IdbDatasetStorage(
    factory,
    opened.value,
    opts.locks ?? defaultLocks(),
    opts.channel === undefined ? defaultChannel() : opts.channel,
    opts.now ?? (() => new Date()),
    opts.schema ?? CURRENT_SCHEMA,
    opts.storageManager === undefined ? (nav?.storage ?? null) : opts.storageManager,
    timeoutMs,
    new Set(opts.reservedIds ?? []),
  );
  storage = created;
  return ok(guarded(created));
}

/**
 * The storage as callers see it: an unexpected exception anywhere inside (a bug, a browser
 * quirk) still ends as a `FAILED` issue, never as a rejected promise.
 */
function guarded(s: IdbDatasetStorage): DatasetStorage {
  const g =
    <A extends unknown[], T>(f: (...args: A) => Promise<Result<T, StorageIssue>>) =>
    (...args: A): Promise<Result<T, StorageIssue>> => {
      const failed = (e: unknown) => fail({ code: 'FAILED', detail: describeError(e) });
      try {
        return f(...args).catch(failed);
      } catch (e) {
        return Promise.resolve(failed(e));
      }
    };
  return {
    list: g(() => s.list()),
    load: g((id: string) => s.load(id)),
    loadAll: g(() => s.loadAll()),
    save: g((dataset: Dataset, respondents?: ImportedResponses) => s.save(dataset, respondents)),
    loadRespondents: g((id: string) => s.loadRespondents(id)),
    respondentIds: g(() => s.respondentIds()),
    remove: g((id: string) => s.remove(id)),
    backupAll: g(() => s.backupAll()),
    restore: g((json: string) => s.restore(json)),
    onChange: (listener) => s.onChange(listener),
    requestPersistence: () => s.requestPersistence(),
    close: () => s.close(),
  };
}

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
