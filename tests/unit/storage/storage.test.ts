import { IDBDatabase, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../src/domain/types.ts';
import { datasetHash, encodeDataset } from '../../../src/storage/datasetCodec.ts';
import {
  type DatasetStorage,
  type StoredEntry,
  backupOfDatasets,
  openDatasetStorage,
} from '../../../src/storage/storage.ts';
import { isQuotaError } from '../../../src/storage/idb.ts';
import {
  QUOTA_VARIANTS,
  channelHub,
  fakeLocks,
  freshIndexedDB,
  injectQuotaOnce,
  openOk,
  putRaw,
  readRaw,
  sampleDataset,
  settle,
  steppingClock,
} from '../../fixtures/storage/helpers.ts';
import v0Record from '../../fixtures/storage/v0-record.json';
import v1Record from '../../fixtures/storage/v1-record.json';
import v2Record from '../../fixtures/storage/v2-record.json';

const opened: DatasetStorage[] = [];
async function open(...args: Parameters<typeof openOk>): Promise<DatasetStorage> {
  const s = await openOk(...args);
  opened.push(s);
  return s;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const s of opened.splice(0)) s.close();
});

function okValue<T>(r: { ok: true; value: T } | { ok: false; issues: readonly unknown[] }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r.value;
}
const datasetsOf = (entries: readonly StoredEntry[]) =>
  new Map(entries.flatMap((e) => (e.status === 'ok' ? [[e.id, e.dataset] as const] : [])));
const statusOf = (entries: readonly StoredEntry[]) =>
  Object.fromEntries(entries.map((e) => [e.id, e.status]));

async function currentRecordFor(d: Dataset, savedAt: string, extra: Record<string, unknown> = {}) {
  const dataset = encodeDataset(d);
  return {
    id: d.id,
    schemaVersion: 2,
    savedAt,
    hash: await datasetHash(dataset),
    status: 'ok',
    dataset,
    ...extra,
  };
}

/** A fresh DB holding `datasets`, saved through the storage layer, and a reopened storage on it. */
async function stored(datasets: readonly Dataset[]) {
  const indexedDB = freshIndexedDB();
  const writer = await open({ indexedDB, now: steppingClock() });
  await writer.loadAll();
  for (const d of datasets) okValue(await writer.save(d));
  writer.close();
  return indexedDB;
}

describe('openDatasetStorage', () => {
  it('reports UNAVAILABLE (as a value) when there is no IndexedDB', async () => {
    const r = await openDatasetStorage({ indexedDB: undefined, channel: null });
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'UNAVAILABLE' }] });
  });

  it('reports UNAVAILABLE when open throws (private mode SecurityError)', async () => {
    const factory = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const r = await openDatasetStorage({ indexedDB: factory, channel: null });
    expect(r).toMatchObject({
      ok: false,
      issues: [{ code: 'UNAVAILABLE', detail: expect.stringContaining('SecurityError') }],
    });
  });

  it('reports UNAVAILABLE when open fails with an error event (Firefox private mode)', async () => {
    const factory = {
      open: () => {
        const req = {
          error: new DOMException('A mutation operation was attempted', 'InvalidStateError'),
        } as Record<string, unknown>;
        setTimeout(() => (req.onerror as (e: Event) => void)?.(new Event('error')), 0);
        return req;
      },
    } as unknown as IDBFactory;
    const r = await openDatasetStorage({ indexedDB: factory, channel: null });
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'UNAVAILABLE' }] });
  });

  it('reports UNAVAILABLE when open never answers, after the timeout', async () => {
    const factory = { open: () => ({}) } as unknown as IDBFactory;
    const r = await openDatasetStorage({ indexedDB: factory, channel: null, openTimeoutMs: 20 });
    expect(r).toMatchObject({
      ok: false,
      issues: [{ code: 'UNAVAILABLE', detail: 'open timed out' }],
    });
  });
});

describe('DatasetStorage: saving and loading', () => {
  it('round-trips a dataset with Maps, nulls and the illustrative flag across a reload', async () => {
    const d = sampleDataset();
    const indexedDB = await stored([d]);
    const again = await open({ indexedDB });
    const entries = okValue(await again.loadAll());
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ status: 'ok', id: d.id });
    expect(datasetsOf(entries).get(d.id)).toStrictEqual(d);
    expect(okValue(await again.load(d.id))).toMatchObject({ status: 'ok', dataset: d });
    expect(okValue(await again.load('nope'))).toBeNull();
  });

  it('keeps one record per dataset id with version, time, hash and status', async () => {
    const now = steppingClock(Date.UTC(2026, 0, 1));
    const indexedDB = freshIndexedDB();
    const s = await open({ indexedDB, now });
    await s.loadAll();
    const a = sampleDataset('a');
    okValue(await s.save(a));
    okValue(await s.save({ ...a, title: { vi: 'Mới', en: 'New' } }));
    okValue(await s.save(sampleDataset('b')));
    const raw = (await readRaw(indexedDB, 'datasets')) as Record<string, unknown>[];
    expect(raw.map((r) => r.id)).toEqual(['a', 'b']);
    const encoded = encodeDataset({ ...a, title: { vi: 'Mới', en: 'New' } });
    expect(raw[0]).toStrictEqual({
      id: 'a',
      schemaVersion: 2,
      savedAt: '2026-01-01T00:00:02.000Z',
      hash: await datasetHash(encoded),
      status: 'ok',
      dataset: encoded,
    });
  });

  it('lists stored datasets with title, time, status and observation count', async () => {
    const indexedDB = await stored([
      sampleDataset('a'),
      sampleDataset('b', { title: { vi: 'B', en: 'B' } }),
    ]);
    const s = await open({ indexedDB });
    const list = okValue(await s.list());
    expect(list).toEqual([
      expect.objectContaining({
        id: 'a',
        title: { vi: 'DCCI Bắc Kạn', en: 'Bac Kan DCCI' },
        status: 'ok',
        observationCount: 4,
        schemaVersion: 2,
      }),
      expect.objectContaining({
        id: 'b',
        title: { vi: 'B', en: 'B' },
        status: 'ok',
        observationCount: 4,
      }),
    ]);
    expect(list[0]?.savedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('refuses to store a dataset holding NaN (it would come back as null) and writes nothing', async () => {
    const indexedDB = freshIndexedDB();
    const s = await open({ indexedDB });
    await s.loadAll();
    const d = sampleDataset();
    const bad = { ...d, observations: [{ ...d.observations[0]!, total: NaN }] };
    const r = await s.save(bad);
    expect(r).toMatchObject({
      ok: false,
      issues: [{ code: 'INVALID_DATASET', issues: [{ path: 'dataset.observations[0].total' }] }],
    });
    expect(await readRaw(indexedDB, 'datasets')).toEqual([]);
  });

  it('removes a dataset only when asked, and says when there was nothing to remove', async () => {
    const indexedDB = await stored([sampleDataset('a'), sampleDataset('b')]);
    const s = await open({ indexedDB });
    await s.loadAll();
    expect(okValue(await s.remove('a'))).toEqual({ removed: true });
    expect(okValue(await s.remove('a'))).toEqual({ removed: false });
    expect(statusOf(okValue(await s.loadAll()))).toEqual({ b: 'ok' });
  });
});

describe('DatasetStorage: a save is done only when its transaction completes', () => {
  it('resolves after the transaction completes, not when the put request succeeds', async () => {
    const s = await open({ indexedDB: freshIndexedDB() });
    await s.loadAll();
    const events: string[] = [];
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      const req = put.apply(this, args);
      req.addEventListener('success', () => events.push('request success'));
      this.transaction.addEventListener('complete', () => events.push('transaction complete'));
      return req;
    });
    const r = await s.save(sampleDataset());
    events.push('save resolved');
    expect(r.ok).toBe(true);
    expect(events).toEqual(['request success', 'transaction complete', 'save resolved']);
  });

  it('reports failure when the transaction aborts after the request succeeded, keeping the old record', async () => {
    const old = sampleDataset('a');
    const indexedDB = await stored([old]);
    const s = await open({ indexedDB });
    await s.loadAll();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(function (
      this: IDBObjectStore,
      ...args
    ) {
      const req = put.apply(this, args);
      req.addEventListener('success', () => this.transaction.abort());
      return req;
    });
    const r = await s.save({ ...old, title: { vi: 'Mới', en: 'New' } });
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'FAILED', id: 'a' }] });
    expect(datasetsOf(okValue(await s.loadAll())).get('a')).toStrictEqual(old);
  });
});

describe('DatasetStorage: a full disk', () => {
  it.each(QUOTA_VARIANTS)(
    'turns "%s" into QUOTA and keeps the previously stored record',
    async (variant) => {
      const old = sampleDataset('a');
      const other = sampleDataset('b');
      const indexedDB = await stored([old, other]);
      const s = await open({ indexedDB });
      await s.loadAll();
      const spy = injectQuotaOnce(variant);
      const r = await s.save({
        ...old,
        title: { vi: 'Mới', en: 'New' },
        observations: old.observations.slice(1),
      });
      expect(spy).toHaveBeenCalledTimes(1);
      expect(r).toMatchObject({ ok: false, issues: [{ code: 'QUOTA', id: 'a' }] });
      // A reload (a new connection) still finds both datasets exactly as they were.
      const reloaded = await open({ indexedDB });
      const entries = okValue(await reloaded.loadAll());
      expect(datasetsOf(entries)).toStrictEqual(
        new Map([
          ['a', old],
          ['b', other],
        ]),
      );
    },
  );

  it('never deletes other datasets to make room', async () => {
    const indexedDB = await stored([sampleDataset('a'), sampleDataset('b')]);
    const s = await open({ indexedDB });
    await s.loadAll();
    const del = vi.spyOn(IDBObjectStore.prototype, 'delete');
    const clear = vi.spyOn(IDBObjectStore.prototype, 'clear');
    injectQuotaOnce('QuotaExceededError at commit');
    expect((await s.save(sampleDataset('c'))).ok).toBe(false);
    expect(del).not.toHaveBeenCalled();
    expect(clear).not.toHaveBeenCalled();
    expect(statusOf(okValue(await s.loadAll()))).toEqual({ a: 'ok', b: 'ok' });
  });
});

describe('DatasetStorage: no write before the stored data is read', () => {
  it('queues saves and removes made before the first loadAll and runs them after it', async () => {
    const old = sampleDataset('a');
    const indexedDB = await stored([old]);
    const s = await open({ indexedDB });
    const replacement = {
      ...old,
      title: { vi: 'Ít hơn', en: 'Fewer' },
      observations: old.observations.slice(1),
    };
    const saving = s.save(replacement);
    const removing = s.remove('a');
    let settled = false;
    void saving.then(() => (settled = true));
    await settle();
    expect(settled).toBe(false);
    expect(
      (await readRaw(indexedDB, 'datasets')) as { dataset: { title: unknown } }[],
    ).toMatchObject([{ dataset: { title: old.title } }]);
    // The load sees what was stored, not the queued write.
    expect(datasetsOf(okValue(await s.loadAll())).get('a')).toStrictEqual(old);
    expect(okValue(await saving).id).toBe('a');
    expect(okValue(await removing)).toEqual({ removed: true });
    expect(okValue(await s.loadAll())).toEqual([]);
  });
});

describe('DatasetStorage: corrupt records are quarantined, never dropped or used', () => {
  async function corruptDb() {
    const good = sampleDataset('good');
    const indexedDB = await stored([good]);
    const tamperedSource = await currentRecordFor(
      sampleDataset('tampered'),
      '2026-01-01T00:00:00.000Z',
    );
    const tampered = structuredClone(tamperedSource);
    tampered.dataset.observations[0]!.total = 99.99; // bit rot or a hand edit: hash no longer matches
    const badShape = structuredClone(
      await currentRecordFor(sampleDataset('bad-shape'), '2026-01-01T00:00:00.000Z'),
    );
    (badShape.dataset as unknown as Record<string, unknown>).observations = 'lost';
    badShape.hash = await datasetHash(badShape.dataset); // consistent hash, broken shape
    const noHash = {
      id: 'no-hash',
      schemaVersion: 2,
      savedAt: 'x',
      status: 'ok',
      dataset: { id: 'no-hash' },
    };
    for (const r of [tampered, badShape, noHash]) await putRaw(indexedDB, r);
    return { indexedDB, good, raws: { tampered, badShape, noHash } };
  }

  it('reports hash mismatches and bad shapes as quarantined while the other datasets still load', async () => {
    const { indexedDB, good } = await corruptDb();
    const s = await open({ indexedDB });
    const entries = okValue(await s.loadAll());
    expect(statusOf(entries)).toEqual({
      'bad-shape': 'quarantined',
      good: 'ok',
      'no-hash': 'quarantined',
      tampered: 'quarantined',
    });
    expect(datasetsOf(entries)).toStrictEqual(new Map([['good', good]]));
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.get('tampered')).toMatchObject({
      reason: 'hash-mismatch',
      title: { vi: 'DCCI Bắc Kạn' },
    });
    expect(byId.get('bad-shape')).toMatchObject({
      reason: 'invalid-shape',
      issues: [{ path: 'dataset.observations' }],
    });
    expect(byId.get('no-hash')).toMatchObject({ reason: 'invalid-record' });
    expect(okValue(await s.list()).filter((x) => x.status === 'quarantined')).toHaveLength(3);
  });

  it('keeps every corrupt original verbatim in the quarantine store and marks the record', async () => {
    const { indexedDB, raws } = await corruptDb();
    const s = await open({ indexedDB, now: () => new Date('2026-02-02T00:00:00Z') });
    await s.loadAll();
    const quarantine = (await readRaw(indexedDB, 'quarantine')) as {
      id: string;
      record: unknown;
      reason: string;
    }[];
    expect(new Map(quarantine.map((q) => [q.id, q.record]))).toStrictEqual(
      new Map<string, unknown>([
        ['bad-shape', raws.badShape],
        ['no-hash', raws.noHash],
        ['tampered', raws.tampered],
      ]),
    );
    const records = (await readRaw(indexedDB, 'datasets')) as Record<string, unknown>[];
    expect(records.find((r) => r.id === 'tampered')).toMatchObject({
      status: 'quarantined',
      reason: 'hash-mismatch',
      quarantinedAt: '2026-02-02T00:00:00.000Z',
      dataset: raws.tampered,
    });
    // A second load reports the same, without copying again.
    expect(statusOf(okValue(await s.loadAll())).tampered).toBe('quarantined');
    expect(await readRaw(indexedDB, 'quarantine')).toHaveLength(3);
  });

  it('lets a good save or an explicit remove replace a quarantined record; the original stays in quarantine', async () => {
    const { indexedDB, raws } = await corruptDb();
    const s = await open({ indexedDB });
    await s.loadAll();
    const fresh = sampleDataset('tampered');
    okValue(await s.save(fresh));
    okValue(await s.remove('bad-shape'));
    const entries = okValue(await s.loadAll());
    expect(datasetsOf(entries).get('tampered')).toStrictEqual(fresh);
    expect(entries.map((e) => e.id)).not.toContain('bad-shape');
    const quarantine = (await readRaw(indexedDB, 'quarantine')) as { record: unknown }[];
    expect(quarantine.map((q) => q.record)).toEqual(
      expect.arrayContaining([raws.tampered, raws.badShape]),
    );
  });

  it('preserves a corrupt record replaced before any load had moved it', async () => {
    const { indexedDB, raws } = await corruptDb();
    const s = await open({ indexedDB });
    // loadAll is not wrapped here: make the first load fail to move anything, then save over it.
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if ((args[0] as { status?: string }).status === 'quarantined')
        throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(statusOf(okValue(await s.loadAll())).tampered).toBe('quarantined');
    expect(await readRaw(indexedDB, 'quarantine')).toEqual([]);
    okValue(await s.save(sampleDataset('tampered')));
    const quarantine = (await readRaw(indexedDB, 'quarantine')) as { record: unknown }[];
    expect(quarantine.map((q) => q.record)).toEqual([raws.tampered]);
  });
});

describe('DatasetStorage: schema versions', () => {
  it('migrates the saved v0 snapshot (subIndices as an object, title as a string) on load', async () => {
    const indexedDB = freshIndexedDB();
    await putRaw(indexedDB, structuredClone(v0Record));
    const s = await open({ indexedDB });
    const [entry] = okValue(await s.loadAll());
    const expected = sampleDataset('bac-kan-v0', {
      title: { vi: 'DCCI Bắc Kạn', en: 'DCCI Bắc Kạn' },
    });
    expect(entry).toMatchObject({
      status: 'ok',
      schemaVersion: 0,
      savedAt: '2025-03-01T02:03:04.000Z',
    });
    expect(entry?.status === 'ok' && entry.dataset).toStrictEqual(expected);
    // The original is not rewritten by reading it; the next save writes version 1.
    expect(await readRaw(indexedDB, 'datasets')).toStrictEqual([v0Record]);
    okValue(await s.save(expected));
    expect(await readRaw(indexedDB, 'datasets')).toMatchObject([
      { schemaVersion: 2, status: 'ok' },
    ]);
  });

  it('migrates the saved v1 snapshot on load (v1 → v2: no field sizes, the 0–100 scale)', async () => {
    const indexedDB = freshIndexedDB();
    await putRaw(indexedDB, structuredClone(v1Record));
    const s = await open({ indexedDB });
    const entries = okValue(await s.loadAll());
    expect(entries[0]).toMatchObject({ status: 'ok', schemaVersion: 1 });
    expect(datasetsOf(entries).get('bac-kan-2019')).toStrictEqual(sampleDataset('bac-kan-2019'));
    // Reading does not rewrite; the next save writes version 2.
    expect(await readRaw(indexedDB, 'datasets')).toStrictEqual([v1Record]);
    okValue(await s.save(sampleDataset('bac-kan-2019')));
    expect(await readRaw(indexedDB, 'datasets')).toStrictEqual([
      { ...v2Record, savedAt: expect.any(String) },
    ]);
  });

  it('loads the saved v2 snapshot unchanged (the codec and hash are stable)', async () => {
    const indexedDB = freshIndexedDB();
    await putRaw(indexedDB, structuredClone(v2Record));
    const s = await open({ indexedDB });
    const entries = okValue(await s.loadAll());
    expect(datasetsOf(entries).get('bac-kan-2019')).toStrictEqual(sampleDataset('bac-kan-2019'));
    expect(encodeDataset(sampleDataset('bac-kan-2019'))).toStrictEqual(v2Record.dataset);
  });

  it('keeps a record from a newer app read-only: shown, never overwritten or removed', async () => {
    const indexedDB = freshIndexedDB();
    const d = sampleDataset('future');
    const newer = await currentRecordFor(d, '2027-01-01T00:00:00.000Z', { schemaVersion: 3 });
    await putRaw(indexedDB, newer);
    const s = await open({ indexedDB });
    const [entry] = okValue(await s.loadAll());
    expect(entry).toMatchObject({ status: 'read-only', reason: 'newer-version', dataset: d });
    expect(okValue(await s.list())).toEqual([
      expect.objectContaining({
        id: 'future',
        status: 'read-only',
        schemaVersion: 3,
        observationCount: 4,
        detail: expect.stringContaining('newer version'),
      }),
    ]);
    expect(await s.save(d)).toMatchObject({
      ok: false,
      issues: [{ code: 'READ_ONLY', id: 'future' }],
    });
    expect(await s.remove('future')).toMatchObject({ ok: false, issues: [{ code: 'READ_ONLY' }] });
    expect(await readRaw(indexedDB, 'datasets')).toStrictEqual([newer]);
  });

  it('keeps a record whose migration fails read-only and untouched', async () => {
    const indexedDB = freshIndexedDB();
    const broken = structuredClone(v0Record) as unknown as { dataset: { observations: unknown[] } };
    broken.dataset.observations[1] = { subIndices: [1, 2] };
    await putRaw(indexedDB, broken);
    const s = await open({ indexedDB });
    const [entry] = okValue(await s.loadAll());
    expect(entry).toMatchObject({
      status: 'read-only',
      reason: 'migration-failed',
      detail: expect.stringContaining('observations[1]'),
    });
    expect(await s.save(sampleDataset('bac-kan-v0'))).toMatchObject({
      ok: false,
      issues: [{ code: 'READ_ONLY' }],
    });
    expect(await readRaw(indexedDB, 'datasets')).toStrictEqual([broken]);
  });

  it('keeps a record read-only when a migration produces an invalid dataset', async () => {
    const indexedDB = freshIndexedDB();
    const broken = structuredClone(v0Record) as unknown as { dataset: Record<string, unknown> };
    broken.dataset.illustrative = 'yes';
    await putRaw(indexedDB, broken);
    const s = await open({ indexedDB });
    expect(okValue(await s.loadAll())[0]).toMatchObject({
      status: 'read-only',
      reason: 'migration-failed',
    });
  });

  it('reads records of an older version through a later migration (an app upgrade)', async () => {
    const d = sampleDataset('a');
    const indexedDB = await stored([d]);
    const migrate = vi.fn((x: unknown) => x);
    const s = await open({
      indexedDB,
      schema: {
        version: 3,
        migrations: [
          { from: 0, migrate: (x) => x },
          { from: 1, migrate: (x) => x },
          { from: 2, migrate },
        ],
      },
    });
    expect(datasetsOf(okValue(await s.loadAll())).get('a')).toStrictEqual(d);
    expect(migrate).toHaveBeenCalledTimes(1);
  });
});

describe('DatasetStorage: back up all and restore', () => {
  it('restores a backup into a fresh database with identical datasets and records', async () => {
    const a = sampleDataset('a');
    const b = sampleDataset('b', { illustrative: false, province: null });
    const indexedDB = await stored([a, b]);
    await putRaw(indexedDB, structuredClone(v0Record));
    const s = await open({ indexedDB });
    const before = okValue(await s.loadAll());
    const backup = okValue(await s.backupAll());
    const doc = JSON.parse(backup) as Record<string, unknown>;
    expect(doc).toMatchObject({
      format: 'dcci-dashboard-backup',
      formatVersion: 1,
      schemaVersion: 2,
    });
    expect(JSON.stringify(doc)).toContain('"subIndices":[["gia_nhap",7.25],["minh_bach",null]]');

    const target = freshIndexedDB();
    const t = await open({ indexedDB: target });
    await t.loadAll();
    const report = okValue(await t.restore(backup));
    expect([...report.restored].sort()).toEqual(['a', 'b', 'bac-kan-v0']);
    expect(report.skipped).toEqual([]);
    const after = okValue(await t.loadAll());
    expect(datasetsOf(after)).toStrictEqual(datasetsOf(before));
    expect(after.map((e) => e.savedAt).sort()).toEqual(before.map((e) => e.savedAt).sort());
    // Restoring the same backup again changes nothing.
    expect(okValue(await t.restore(backup))).toEqual({
      restored: [],
      skipped: expect.arrayContaining([{ id: 'a', reason: 'identical' }]),
    });
  });

  it('carries read-only and quarantined records through a backup without losing them', async () => {
    const indexedDB = freshIndexedDB();
    const newer = await currentRecordFor(sampleDataset('future'), '2027-01-01T00:00:00.000Z', {
      schemaVersion: 3,
    });
    const tampered = structuredClone(
      await currentRecordFor(sampleDataset('bad'), '2026-01-01T00:00:00.000Z'),
    );
    tampered.dataset.indexName = 'PCI';
    await putRaw(indexedDB, newer);
    await putRaw(indexedDB, tampered);
    const s = await open({ indexedDB });
    await s.loadAll();
    const backup = okValue(await s.backupAll());
    const target = freshIndexedDB();
    const t = await open({ indexedDB: target });
    await t.loadAll();
    const report = okValue(await t.restore(backup));
    expect(report.restored).toEqual(['future']);
    expect(statusOf(okValue(await t.loadAll()))).toEqual({ future: 'read-only' });
    expect(
      ((await readRaw(target, 'quarantine')) as { record: unknown }[]).map((q) => q.record),
    ).toEqual([tampered]);
    // Restoring twice does not duplicate the quarantine.
    await t.restore(backup);
    expect(await readRaw(target, 'quarantine')).toHaveLength(1);
  });

  it('never silently overwrites a newer or read-only record, and reports each conflict', async () => {
    const clock = steppingClock();
    const older = sampleDataset('older-in-storage');
    const newer = sampleDataset('newer-in-storage');
    const source = await open({ indexedDB: freshIndexedDB(), now: clock });
    await source.loadAll();
    okValue(await source.save({ ...older, title: { vi: 'Sao lưu', en: 'Backup' } }));
    okValue(await source.save(newer));
    okValue(await source.save(sampleDataset('future')));
    const backup = okValue(await source.backupAll());

    const indexedDB = freshIndexedDB();
    const t = await open({ indexedDB, now: clock });
    await t.loadAll();
    // Stored before the backup was made: older. Stored after: newer.
    await putRaw(indexedDB, await currentRecordFor(older, '2000-01-01T00:00:00.000Z'));
    await putRaw(
      indexedDB,
      await currentRecordFor(
        { ...newer, title: { vi: 'Mới hơn', en: 'Newer' } },
        '2099-01-01T00:00:00.000Z',
      ),
    );
    await putRaw(
      indexedDB,
      await currentRecordFor(sampleDataset('future'), '2000-01-01T00:00:00.000Z', {
        schemaVersion: 9,
      }),
    );
    const report = okValue(await t.restore(backup));
    expect(report.restored).toEqual(['older-in-storage']);
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { id: 'newer-in-storage', reason: 'newer-in-storage' },
        { id: 'future', reason: 'read-only-in-storage' },
      ]),
    );
    const entries = okValue(await t.loadAll());
    expect(datasetsOf(entries).get('newer-in-storage')?.title.en).toBe('Newer');
    expect(datasetsOf(entries).get('older-in-storage')?.title.en).toBe('Backup');
  });

  it.each([
    ['not JSON', '{oops', 'not JSON'],
    ['another format', '{"format":"other","formatVersion":1}', 'format'],
    [
      'a newer backup format',
      '{"format":"dcci-dashboard-backup","formatVersion":2,"datasets":[]}',
      'newer',
    ],
    [
      'datasets not a list',
      '{"format":"dcci-dashboard-backup","formatVersion":1,"datasets":{}}',
      'arrays',
    ],
  ])('refuses %s as INVALID_BACKUP and writes nothing', async (_name, json, detail) => {
    const indexedDB = freshIndexedDB();
    const s = await open({ indexedDB });
    await s.loadAll();
    expect(await s.restore(json)).toMatchObject({
      ok: false,
      issues: [{ code: 'INVALID_BACKUP', detail: expect.stringContaining(detail) }],
    });
    expect(await readRaw(indexedDB, 'datasets')).toEqual([]);
  });

  it('skips a tampered backup entry as corrupt and restores the others', async () => {
    const s = await open({ indexedDB: freshIndexedDB() });
    await s.loadAll();
    okValue(await s.save(sampleDataset('a')));
    okValue(await s.save(sampleDataset('b')));
    const doc = JSON.parse(okValue(await s.backupAll())) as {
      datasets: { dataset: { indexName: string } }[];
    };
    doc.datasets[0]!.dataset.indexName = 'PCI';
    const t = await open({ indexedDB: freshIndexedDB() });
    await t.loadAll();
    expect(okValue(await t.restore(JSON.stringify(doc)))).toEqual({
      restored: ['b'],
      skipped: [{ id: 'a', reason: 'corrupt' }],
    });
  });

  it('never writes a bundled id (reservedIds), even from a backup with valid hashes', async () => {
    const s = await open({ indexedDB: freshIndexedDB() });
    await s.loadAll();
    const backup = await backupOfDatasets([sampleDataset('bac-kan-dcci'), sampleDataset('b')]);
    const indexedDB = freshIndexedDB();
    const t = await open({ indexedDB, reservedIds: ['bac-kan-dcci', 'pci'] });
    await t.loadAll();
    expect(okValue(await t.restore(backup))).toEqual({
      restored: ['b'],
      skipped: [{ id: 'bac-kan-dcci', reason: 'reserved-id' }],
    });
    expect(await t.save(sampleDataset('pci'))).toMatchObject({
      ok: false,
      issues: [{ code: 'INVALID_DATASET' }],
    });
    expect(((await readRaw(indexedDB, 'datasets')) as { id: string }[]).map((r) => r.id)).toEqual([
      'b',
    ]);
  });

  it('never drops the illustrative flag of a stored dataset', async () => {
    const indexedDB = await stored([sampleDataset('a', { illustrative: true })]);
    const t = await open({ indexedDB, now: () => new Date('2030-01-01T00:00:00Z') });
    await t.loadAll();
    // Newer than the stored record, valid hash, same id: only the flag is gone.
    const backup = await backupOfDatasets(
      [sampleDataset('a', { illustrative: false })],
      new Date('2029-01-01T00:00:00Z'),
    );
    expect(okValue(await t.restore(backup))).toEqual({
      restored: [],
      skipped: [{ id: 'a', reason: 'illustrative-dropped' }],
    });
    expect(datasetsOf(okValue(await t.loadAll())).get('a')?.illustrative).toBe(true);
  });

  it('refuses records that break the importer rules (no observations, dangling references)', async () => {
    const empty = sampleDataset('empty', { observations: [] });
    const dangling = sampleDataset('dangling');
    const broken = {
      ...dangling,
      observations: dangling.observations.map((o) => ({
        ...o,
        unitId: 'nowhere.x' as typeof o.unitId,
      })),
    };
    const backup = await backupOfDatasets([empty, broken, sampleDataset('fine')]);
    const indexedDB = freshIndexedDB();
    const t = await open({ indexedDB });
    await t.loadAll();
    expect(okValue(await t.restore(backup))).toEqual({
      restored: ['fine'],
      skipped: [
        { id: 'empty', reason: 'corrupt' },
        { id: 'dangling', reason: 'corrupt' },
      ],
    });
    // Kept in quarantine (nothing is lost), never in `datasets`.
    expect(await readRaw(indexedDB, 'quarantine')).toHaveLength(2);
    // Nor saved directly: a later read would have to quarantine it.
    expect(await t.save(empty)).toMatchObject({ ok: false, issues: [{ code: 'INVALID_DATASET' }] });
  });

  it('quarantines a stored record that breaks the rules instead of showing it', async () => {
    const indexedDB = freshIndexedDB();
    const d = sampleDataset('x');
    const huge = {
      ...d,
      observations: d.observations.map((o) => ({ ...o, total: 1e12 })),
    };
    await putRaw(indexedDB, await currentRecordFor(huge, '2024-01-01T00:00:00Z'));
    const s = await open({ indexedDB });
    const entries = okValue(await s.loadAll());
    expect(statusOf(entries)).toEqual({ x: 'quarantined' });
    const entry = entries[0];
    expect(entry?.status === 'quarantined' && entry.detail).toContain('OUT_OF_RANGE');
  });

  it('restores all or nothing when the disk is full', async () => {
    const s = await open({ indexedDB: freshIndexedDB() });
    await s.loadAll();
    okValue(await s.save(sampleDataset('a')));
    okValue(await s.save(sampleDataset('b')));
    const backup = okValue(await s.backupAll());
    const indexedDB = freshIndexedDB();
    const t = await open({ indexedDB });
    await t.loadAll();
    injectQuotaOnce('QuotaExceededError at commit');
    expect(await t.restore(backup)).toMatchObject({ ok: false, issues: [{ code: 'QUOTA' }] });
    expect(await readRaw(indexedDB, 'datasets')).toEqual([]);
  });
});

describe('DatasetStorage: two tabs', () => {
  async function twoTabs() {
    const indexedDB = freshIndexedDB();
    const locks = fakeLocks();
    const hub = channelHub();
    const tab1 = await open({ indexedDB, locks, channel: hub.channel() });
    const tab2 = await open({ indexedDB, locks, channel: hub.channel() });
    await Promise.all([tab1.loadAll(), tab2.loadAll()]);
    return { indexedDB, locks, hub, tab1, tab2 };
  }

  it('keeps both datasets when two tabs import different files at the same time', async () => {
    const { locks, tab1, tab2, indexedDB } = await twoTabs();
    const a = sampleDataset('a');
    const b = sampleDataset('b');
    const [ra, rb] = await Promise.all([tab1.save(a), tab2.save(b)]);
    expect(ra.ok && rb.ok).toBe(true);
    expect(locks.grants).toBe(2);
    const reloaded = await open({ indexedDB });
    expect(datasetsOf(okValue(await reloaded.loadAll()))).toStrictEqual(
      new Map([
        ['a', a],
        ['b', b],
      ]),
    );
  });

  it('announces each change to the other tab, not to itself', async () => {
    const { tab1, tab2 } = await twoTabs();
    const seen1: unknown[] = [];
    const seen2: unknown[] = [];
    tab1.onChange((c) => seen1.push(c));
    const unsubscribe = tab2.onChange((c) => seen2.push(c));
    okValue(await tab1.save(sampleDataset('a')));
    okValue(await tab1.remove('a'));
    await settle();
    expect(seen1).toEqual([]);
    expect(seen2).toEqual([
      { kind: 'save', ids: ['a'] },
      { kind: 'remove', ids: ['a'] },
    ]);
    unsubscribe();
    okValue(await tab1.save(sampleDataset('b')));
    await settle();
    expect(seen2).toHaveLength(2);
  });

  it('ignores foreign messages on the channel', async () => {
    const { hub, tab2 } = await twoTabs();
    const seen: unknown[] = [];
    tab2.onChange((c) => seen.push(c));
    const stranger = hub.channel();
    stranger.postMessage('hello');
    stranger.postMessage({ type: 'dcci-datasets-changed', kind: 'drop-all', ids: [] });
    stranger.postMessage({ type: 'dcci-datasets-changed', kind: 'save', ids: [1] });
    await settle();
    expect(seen).toEqual([]);
  });

  it('serialises writes through the in-process queue when Web Locks are missing', async () => {
    const indexedDB = freshIndexedDB();
    const tab1 = await open({ indexedDB });
    const tab2 = await open({ indexedDB });
    await Promise.all([tab1.loadAll(), tab2.loadAll()]);
    const saves = ['a', 'b', 'c', 'd'].map((id, i) =>
      (i % 2 ? tab2 : tab1).save(sampleDataset(id)),
    );
    expect((await Promise.all(saves)).every((r) => r.ok)).toBe(true);
    expect(Object.keys(statusOf(okValue(await tab1.loadAll())))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lets another tab upgrade the database and carries on with a new connection', async () => {
    const { indexedDB, tab1 } = await twoTabs();
    okValue(await tab1.save(sampleDataset('a')));
    const version = await new Promise<number>((resolve, reject) => {
      const req = indexedDB.open('dcci-dashboard', 5);
      req.onupgradeneeded = () => req.result.createObjectStore('future-store');
      req.onsuccess = () => (req.result.close(), resolve(req.result.version));
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('blocked by the storage connection'));
    });
    expect(version).toBe(5);
    okValue(await tab1.save(sampleDataset('b')));
    expect(statusOf(okValue(await tab1.loadAll()))).toEqual({ a: 'ok', b: 'ok' });
  });
});

describe('DatasetStorage: asking the browser to keep the data', () => {
  it('asks once, after the first successful save', async () => {
    const persist = vi.fn(async () => true);
    const s = await openOk({
      indexedDB: freshIndexedDB(),
      storageManager: { persist, persisted: async () => false },
    });
    opened.push(s);
    await s.loadAll();
    expect(persist).not.toHaveBeenCalled();
    okValue(await s.save(sampleDataset('a')));
    okValue(await s.save(sampleDataset('b')));
    await settle();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('reports unsupported, already persisted, and never throws', async () => {
    const make = (storageManager: Parameters<typeof openOk>[0]['storageManager']) =>
      open({ indexedDB: freshIndexedDB(), storageManager });
    expect(await (await make(null)).requestPersistence()).toBe('unsupported');
    expect(
      await (
        await make({ persisted: async () => true, persist: async () => false })
      ).requestPersistence(),
    ).toBe('persisted');
    expect(await (await make({ persist: async () => false })).requestPersistence()).toBe(
      'not-persisted',
    );
    const throwing = await make({ persist: () => Promise.reject(new Error('denied')) });
    expect(await throwing.requestPersistence()).toBe('not-persisted');
  });
});

describe('DatasetStorage: every path ends in a result', () => {
  it('refuses something that is not a Dataset as INVALID_DATASET instead of throwing', async () => {
    const s = await open({ indexedDB: freshIndexedDB() });
    await s.loadAll();
    const r = await s.save({ id: 'x' } as unknown as Dataset);
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'INVALID_DATASET' }] });
  });

  it('turns an unexpected exception inside (here: hashing fails) into FAILED, and writes nothing', async () => {
    const indexedDB = await stored([sampleDataset('a')]);
    const s = await open({ indexedDB });
    vi.spyOn(globalThis.crypto.subtle, 'digest').mockRejectedValue(new Error('boom'));
    expect(await s.loadAll()).toMatchObject({
      ok: false,
      issues: [{ code: 'FAILED', detail: 'Error: boom' }],
    });
    expect(await s.save(sampleDataset('b'))).toMatchObject({
      ok: false,
      issues: [{ code: 'FAILED' }],
    });
    vi.restoreAllMocks();
    expect(statusOf(okValue(await s.loadAll()))).toEqual({ a: 'ok' });
  });
});

describe('DatasetStorage: a connection closed by the browser', () => {
  it('reopens on the next operation (storage cleared, disk error)', async () => {
    const s = await open({ indexedDB: freshIndexedDB() });
    await s.loadAll();
    const connections: IDBDatabase[] = [];
    const transaction = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args
    ) {
      connections.push(this);
      return transaction.apply(this, args);
    });
    okValue(await s.save(sampleDataset('a')));
    vi.restoreAllMocks();
    // What a browser does when it closes a connection on its own: close, then a `close` event.
    const db = connections[0];
    db?.close();
    db?.onclose?.call(db, new Event('close'));
    okValue(await s.save(sampleDataset('b')));
    expect(statusOf(okValue(await s.loadAll()))).toEqual({ a: 'ok', b: 'ok' });
  });
});

describe('DatasetStorage: closing', () => {
  it('answers UNAVAILABLE after close instead of throwing', async () => {
    const s = await openOk({ indexedDB: freshIndexedDB() });
    await s.loadAll();
    s.close();
    expect(await s.save(sampleDataset())).toMatchObject({
      ok: false,
      issues: [{ code: 'UNAVAILABLE' }],
    });
    expect(await s.list()).toMatchObject({ ok: false, issues: [{ code: 'UNAVAILABLE' }] });
  });
});

describe('DatasetStorage: races without Web Locks', () => {
  it('refuses with CONFLICT, and clobbers nothing, when another tab changed the record after it was checked', async () => {
    const indexedDB = await stored([sampleDataset('a')]);
    const s = await open({ indexedDB, locks: { request: (_name, cb) => cb(null) } });
    await s.loadAll();
    const theirs = await currentRecordFor(
      sampleDataset('a', { title: { vi: 'Tab khác', en: 'Other tab' } }),
      '2026-05-05T00:00:00.000Z',
    );
    const transaction = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args
    ) {
      if (args[1] === 'readwrite') {
        // The other tab's write is queued first, so it lands between our check and our write.
        transaction.call(this, ['datasets'], 'readwrite').objectStore('datasets').put(theirs);
        vi.mocked(IDBDatabase.prototype.transaction).mockRestore();
      }
      return transaction.apply(this, args);
    });
    const r = await s.save(sampleDataset('a', { title: { vi: 'Của tôi', en: 'Mine' } }));
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'CONFLICT', id: 'a' }] });
    expect(await readRaw(indexedDB, 'datasets')).toStrictEqual([theirs]);
  });
});

describe('backupOfDatasets', () => {
  it('backs up datasets held in memory (storage unavailable) in a form restore accepts', async () => {
    const a = sampleDataset('a');
    const json = await backupOfDatasets([a], new Date('2026-03-03T00:00:00Z'));
    const s = await open({ indexedDB: freshIndexedDB() });
    await s.loadAll();
    expect(okValue(await s.restore(json))).toEqual({ restored: ['a'], skipped: [] });
    const [entry] = okValue(await s.loadAll());
    expect(entry).toMatchObject({ status: 'ok', savedAt: '2026-03-03T00:00:00.000Z', dataset: a });
  });
});

describe('isQuotaError', () => {
  it.each([
    ['a QuotaExceededError DOMException', new DOMException('full', 'QuotaExceededError'), true],
    ['legacy code 22', { name: 'Error', code: 22 }, true],
    ['Firefox by name', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    ['Firefox legacy code 1014', { code: 1014 }, true],
    [
      'AbortError with a quota `inner`',
      { name: 'AbortError', inner: { name: 'QuotaExceededError' } },
      true,
    ],
    [
      'Error with a quota `cause`',
      new Error('x', { cause: new DOMException('full', 'QuotaExceededError') }),
      true,
    ],
    ['a plain AbortError', new DOMException('aborted', 'AbortError'), false],
    ['ConstraintError', new DOMException('dup', 'ConstraintError'), false],
    ['null', null, false],
    ['a string', 'QuotaExceededError', false],
  ])('recognises %s: %s', (_name, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });

  it('stops on a self-referencing cause chain', () => {
    const e: { name: string; cause?: unknown } = { name: 'AbortError' };
    e.cause = e;
    expect(isQuotaError(e)).toBe(false);
  });
});
