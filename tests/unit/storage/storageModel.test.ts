import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../src/domain/types.ts';
import {
  type DatasetStorage,
  type Schema,
  type StorageChange,
  MIGRATIONS,
} from '../../../src/storage/storage.ts';
import {
  QUOTA_VARIANTS,
  type QuotaVariant,
  arbDataset,
  channelHub,
  fakeLocks,
  freshIndexedDB,
  injectQuotaOnce,
  openOk,
  settle,
  steppingClock,
} from '../../fixtures/storage/helpers.ts';

/**
 * Model test: random sequences of save / remove / quota error / reload / app upgrade or downgrade
 * (schema change) in two tabs sharing one IndexedDB. After every step both tabs must read exactly
 * what a plain Map says, and the other tab must have been told about each write.
 */

/** The app as it is (app 1: records v2) and a hypothetical next one (app 2: records v3, same shape). */
const SCHEMAS: Record<1 | 2, Schema> = {
  1: { version: 2, migrations: MIGRATIONS },
  2: { version: 3, migrations: [...MIGRATIONS, { from: 2, migrate: (d) => d }] },
};
type AppVersion = 1 | 2;
type Tab = 0 | 1;

interface Model {
  /** What is stored: the dataset and the version of the app that wrote it. */
  readonly records: Map<string, { dataset: Dataset; version: AppVersion }>;
  readonly versions: [AppVersion, AppVersion];
}

interface Real {
  readonly indexedDB: IDBFactory;
  readonly locks: ReturnType<typeof fakeLocks>;
  readonly hub: ReturnType<typeof channelHub>;
  readonly now: () => Date;
  readonly tabs: [DatasetStorage, DatasetStorage];
  readonly received: [StorageChange[], StorageChange[]];
}

async function openTab(real: Omit<Real, 'tabs'>, tab: Tab, version: AppVersion) {
  const s = await openOk({
    indexedDB: real.indexedDB,
    locks: real.locks,
    channel: real.hub.channel(),
    now: real.now,
    schema: SCHEMAS[version],
  });
  s.onChange((c) => real.received[tab].push(c));
  const loaded = await s.loadAll();
  expect(loaded.ok).toBe(true);
  return s;
}

const readOnlyFor = (m: Model, tab: Tab, id: string) => {
  const r = m.records.get(id);
  return r !== undefined && r.version > m.versions[tab];
};

/** Both tabs read what the model holds: usable datasets ok, newer ones read-only (still shown). */
async function checkAgainstModel(m: Model, r: Real) {
  for (const tab of [0, 1] as const) {
    const loaded = await r.tabs[tab].loadAll();
    if (!loaded.ok) throw new Error(`tab ${tab} could not load: ${JSON.stringify(loaded.issues)}`);
    const seen = new Map(loaded.value.map((e) => [e.id, e]));
    expect([...seen.keys()].sort()).toEqual([...m.records.keys()].sort());
    for (const [id, rec] of m.records) {
      const entry = seen.get(id);
      expect(entry?.status).toBe(rec.version > m.versions[tab] ? 'read-only' : 'ok');
      expect(entry?.status !== 'quarantined' && entry?.dataset).toStrictEqual(rec.dataset);
    }
  }
}

async function expectAnnounced(r: Real, writer: Tab, change: StorageChange) {
  await settle();
  const other = (1 - writer) as Tab;
  expect(r.received[other]).toContainEqual(change);
  expect(r.received[writer]).not.toContainEqual(change);
}

/** Lets earlier announcements arrive, then forgets them. */
async function clearReceived(r: Real) {
  await settle();
  r.received.forEach((x) => x.splice(0));
}

class Save implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly tab: Tab,
    readonly dataset: Dataset,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    await clearReceived(r);
    const result = await r.tabs[this.tab].save(this.dataset);
    if (readOnlyFor(m, this.tab, this.dataset.id)) {
      expect(result).toMatchObject({ ok: false, issues: [{ code: 'READ_ONLY' }] });
    } else {
      expect(result.ok).toBe(true);
      m.records.set(this.dataset.id, { dataset: this.dataset, version: m.versions[this.tab] });
      await expectAnnounced(r, this.tab, { kind: 'save', ids: [this.dataset.id] });
    }
    await checkAgainstModel(m, r);
  }
  toString = () =>
    `tab${this.tab}.save(${this.dataset.id}, ${this.dataset.observations.length} obs)`;
}

class SaveFull implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly tab: Tab,
    readonly dataset: Dataset,
    readonly variant: QuotaVariant,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const spy = injectQuotaOnce(this.variant);
    const result = await r.tabs[this.tab].save(this.dataset);
    spy.mockRestore();
    const code = readOnlyFor(m, this.tab, this.dataset.id) ? 'READ_ONLY' : 'QUOTA';
    expect(result).toMatchObject({ ok: false, issues: [{ code }] });
    await checkAgainstModel(m, r);
  }
  toString = () => `tab${this.tab}.save(${this.dataset.id}) with a full disk (${this.variant})`;
}

class Remove implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly tab: Tab,
    readonly id: string,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    await clearReceived(r);
    const result = await r.tabs[this.tab].remove(this.id);
    if (readOnlyFor(m, this.tab, this.id)) {
      expect(result).toMatchObject({ ok: false, issues: [{ code: 'READ_ONLY' }] });
    } else {
      expect(result).toEqual({ ok: true, value: { removed: m.records.has(this.id) } });
      if (m.records.delete(this.id))
        await expectAnnounced(r, this.tab, { kind: 'remove', ids: [this.id] });
    }
    await checkAgainstModel(m, r);
  }
  toString = () => `tab${this.tab}.remove(${this.id})`;
}

/** Two tabs importing different files at the same moment: both are kept. */
class SaveBothTabs implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly first: Dataset,
    readonly second: Dataset,
  ) {}
  check = () => this.first.id !== this.second.id;
  async run(m: Model, r: Real) {
    await clearReceived(r);
    const results = await Promise.all([r.tabs[0].save(this.first), r.tabs[1].save(this.second)]);
    [this.first, this.second].forEach((d, tab) => {
      if (readOnlyFor(m, tab as Tab, d.id)) expect(results[tab]?.ok).toBe(false);
      else {
        expect(results[tab]?.ok, JSON.stringify(results[tab]).slice(0, 600)).toBe(true);
        m.records.set(d.id, { dataset: d, version: m.versions[tab as Tab] });
      }
    });
    await settle();
    [this.first, this.second].forEach((d, tab) => {
      const announced = r.received[(1 - tab) as Tab].some((c) => c.ids.includes(d.id));
      expect(announced).toBe(results[tab]?.ok);
    });
    await checkAgainstModel(m, r);
  }
  toString = () => `tab0.save(${this.first.id}) ∥ tab1.save(${this.second.id})`;
}

/** A reload of one tab (same app), or a new app version in it (schema change, up or down). */
class Reopen implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly tab: Tab,
    readonly version: AppVersion | 'same',
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const version = this.version === 'same' ? m.versions[this.tab] : this.version;
    r.tabs[this.tab].close();
    r.tabs[this.tab] = await openTab(r, this.tab, version);
    m.versions[this.tab] = version;
    await checkAgainstModel(m, r);
  }
  toString = () =>
    this.version === 'same'
      ? `tab${this.tab}.reload()`
      : `tab${this.tab}.reopenAsApp(v${this.version})`;
}

const IDS = ['a', 'b', 'c'] as const;
const tab = fc.constantFrom<Tab>(0, 1);
const dataset = fc.constantFrom(...IDS).chain((id) => arbDataset(id));

const commands = [
  fc.tuple(tab, dataset).map(([t, d]) => new Save(t, d)),
  fc
    .tuple(tab, dataset, fc.constantFrom(...QUOTA_VARIANTS))
    .map(([t, d, v]) => new SaveFull(t, d, v)),
  fc.tuple(tab, fc.constantFrom(...IDS)).map(([t, id]) => new Remove(t, id)),
  fc.tuple(dataset, dataset).map(([a, b]) => new SaveBothTabs(a, b)),
  fc
    .tuple(tab, fc.constantFrom<AppVersion | 'same'>('same', 'same', 1, 2))
    .map(([t, v]) => new Reopen(t, v)),
];

describe('DatasetStorage model test', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps storage equal to an in-memory model through saves, removes, full disks, reloads, schema changes and a second tab', async () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
    console.log(`storage model test: fast-check seed ${seed} (rerun with FC_SEED=${seed})`);
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 12 }), async (cmds) => {
        const base = {
          indexedDB: freshIndexedDB(),
          locks: fakeLocks(),
          hub: channelHub(),
          now: steppingClock(),
          received: [[], []] as [StorageChange[], StorageChange[]],
        };
        const tabs: [DatasetStorage, DatasetStorage] = [
          await openTab(base, 0, 1),
          await openTab(base, 1, 1),
        ];
        const real: Real = { ...base, tabs };
        const model: Model = { records: new Map(), versions: [1, 1] };
        try {
          await fc.asyncModelRun(() => ({ model, real }), cmds);
        } finally {
          real.tabs.forEach((s) => s.close());
        }
      }),
      { seed, numRuns: 120 },
    );
  }, 60_000);
});
