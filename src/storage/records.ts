import type { Dataset, LocalizedText } from '../domain/types.ts';
import {
  type CodecIssue,
  type EncodedDataset,
  canonicalJson,
  datasetHash,
  tryDecodeDataset,
} from './datasetCodec.ts';
import { datasetProblem } from './externalDataset.ts';

/**
 * Stored record versions and how each is read. Pure apart from hashing (async WebCrypto).
 *
 * Versions of the stored record (`schemaVersion`):
 * - **0** (pre-release builds): `{ id, savedAt, dataset }` with no version, hash or status;
 *   `dataset.title` was a plain string (Vietnamese only) and `observation.subIndices` a plain
 *   object `{ [subIndexId]: number | null }`. Abandoned because an object keyed by user strings
 *   loses ids such as `__proto__` (RELIABILITY.md S8) and does not keep column order.
 *   Snapshot: tests/fixtures/storage/v0-record.json.
 * - **1**: `{ id, schemaVersion: 1, savedAt, hash, status: 'ok', dataset }`,
 *   `hash` = SHA-256 of the canonical JSON of `dataset`; `provinceEras` optional.
 *   Snapshot: tests/fixtures/storage/v1-record.json.
 * - **2** (now): as 1, and the dataset always carries `scale` (of the total and the sub-indices),
 *   `summaryRows` (medians and averages kept as reference lines), `provinceEras`, and each
 *   observation `fieldSize` (the "of 63" of a published rank, or null). The index name and tiers
 *   were already stored. Snapshot: tests/fixtures/storage/v2-record.json. The same migrations
 *   open old `#d=1.` links (shareLink.ts) and old backups (restorePlan.ts).
 *
 * Quarantined records are wrapped, keeping the original untouched in `dataset`:
 * `{ id, schemaVersion, savedAt, hash, status: 'quarantined', reason, quarantinedAt, dataset: raw }`.
 */
export const SCHEMA_VERSION = 2;

/** A pure step from the dataset JSON of version `from` to that of `from + 1`; may throw. */
export interface Migration {
  readonly from: number;
  readonly migrate: (dataset: unknown) => unknown;
}

export interface Schema {
  readonly version: number;
  readonly migrations: readonly Migration[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** v0 → v1: title string → {vi, en}; subIndices object → [id, value] pairs. */
function migrateV0(dataset: unknown): unknown {
  if (!isObject(dataset)) throw new Error('v0 dataset is not an object');
  if (!Array.isArray(dataset.observations)) throw new Error('v0 observations is not an array');
  const title = dataset.title;
  return {
    ...dataset,
    // English was never recorded in v0; the Vietnamese title is the best available.
    title: typeof title === 'string' ? { vi: title, en: title } : title,
    observations: dataset.observations.map((o: unknown, i) => {
      if (!isObject(o) || !isObject(o.subIndices))
        throw new Error(`v0 observations[${i}].subIndices is not an object`);
      // Object.entries keeps own keys only; JSON.parse and structured clone make `__proto__` own.
      return { ...o, subIndices: Object.entries(o.subIndices) };
    }),
  };
}

/**
 * v1 → v2: the new fields with the values that say "not known": no field sizes, the DCCI/PCI
 * scale (every v1 dataset was checked against 0–100 and 0–10), no summary rows, no era corrections.
 */
export function migrateV1(dataset: unknown): unknown {
  // Total: a v1 record of a bad shape goes on unchanged, for the decoder to quarantine (the fault
  // is the record's, not this purely additive step's).
  if (!isObject(dataset)) return dataset;
  return {
    ...dataset,
    observations: Array.isArray(dataset.observations)
      ? dataset.observations.map((o: unknown) => (isObject(o) ? { ...o, fieldSize: null } : o))
      : dataset.observations,
    provinceEras: dataset.provinceEras ?? [],
    scale: { total: { min: 0, max: 100 }, subIndex: { min: 0, max: 10 } },
    summaryRows: [],
  };
}

export const MIGRATIONS: readonly Migration[] = [
  { from: 0, migrate: migrateV0 },
  { from: 1, migrate: migrateV1 },
];

export const CURRENT_SCHEMA: Schema = { version: SCHEMA_VERSION, migrations: MIGRATIONS };

/**
 * Runs the migrations from `version` up to `schema.version`; the error message of the first
 * step that fails (or is missing) otherwise. Shared by stored records, backups and `#d=` links.
 */
export function migrateDataset(
  dataset: unknown,
  version: number,
  schema: Schema = CURRENT_SCHEMA,
): { ok: true; dataset: unknown } | { ok: false; detail: string } {
  let out = dataset;
  for (let v = version; v < schema.version; v++) {
    const step = schema.migrations.find((m) => m.from === v);
    if (!step) return { ok: false, detail: `no migration from version ${v}` };
    try {
      out = step.migrate(out);
    } catch (e) {
      return {
        ok: false,
        detail: `migration from version ${v} failed: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
  }
  return { ok: true, dataset: out };
}

export type RecordStatus = 'ok' | 'read-only' | 'quarantined';

/** A record as this version writes it. */
export interface StoredRecord {
  readonly id: string;
  readonly schemaVersion: number;
  readonly savedAt: string;
  readonly hash: string;
  readonly status: 'ok';
  readonly dataset: EncodedDataset;
}

export type QuarantineReason =
  'hash-mismatch' | 'invalid-shape' | 'invalid-record' | 'invalid-data';
export type ReadOnlyReason = 'newer-version' | 'migration-failed';

/** A corrupt record moved aside; the original is kept verbatim in `dataset`. */
export interface QuarantinedRecord {
  readonly id: string;
  readonly schemaVersion: number | null;
  readonly savedAt: string | null;
  readonly hash: string | null;
  readonly status: 'quarantined';
  readonly reason: QuarantineReason;
  readonly quarantinedAt: string;
  readonly dataset: unknown;
}

interface Common {
  readonly id: string;
  readonly savedAt: string | null;
  readonly schemaVersion: number | null;
  readonly title: LocalizedText | null;
  readonly observationCount: number | null;
}

/** What a stored record turned out to be when read. */
export type StoredEntry =
  | (Common & { readonly status: 'ok'; readonly dataset: Dataset; readonly hash: string | null })
  | (Common & {
      readonly status: 'read-only';
      readonly reason: ReadOnlyReason;
      readonly detail: string;
      /** Decoded when the newer record still fits this version's shape; otherwise null. */
      readonly dataset: Dataset | null;
    })
  | (Common & {
      readonly status: 'quarantined';
      readonly reason: QuarantineReason;
      readonly detail: string;
      readonly issues: readonly CodecIssue[];
      /** True when the record is already wrapped as a QuarantinedRecord (and copied to `quarantine`). */
      readonly wrapped: boolean;
    });

/** Best-effort title and size for listing a record that cannot be used. */
function peek(dataset: unknown): Pick<Common, 'title' | 'observationCount'> {
  const d = isObject(dataset) ? dataset : {};
  const t = d.title;
  const title =
    typeof t === 'string'
      ? { vi: t, en: t }
      : isObject(t) && typeof t.vi === 'string' && typeof t.en === 'string'
        ? { vi: t.vi, en: t.en }
        : null;
  return { title, observationCount: Array.isArray(d.observations) ? d.observations.length : null };
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

type Quarantined = Extract<StoredEntry, { status: 'quarantined' }>;
type Quarantine = (
  reason: QuarantineReason,
  detail: string,
  issues?: readonly CodecIssue[],
) => Quarantined;

/** How a record under `id` is listed when it is quarantined: what can be read of it, kept. */
function quarantineFor(id: string, raw: unknown): Quarantine {
  return (reason, detail, issues = []) => ({
    id,
    status: 'quarantined',
    reason,
    detail,
    issues,
    wrapped: false,
    savedAt: isObject(raw) ? str(raw.savedAt) : null,
    schemaVersion:
      isObject(raw) && Number.isInteger(raw.schemaVersion) ? (raw.schemaVersion as number) : null,
    ...peek(isObject(raw) ? raw.dataset : undefined),
  });
}

/** A record wrapped as a QuarantinedRecord earlier, listed with its inner dataset's title. */
function earlierQuarantine(raw: Record<string, unknown>, quarantined: Quarantine): Quarantined {
  const inner: unknown = raw.dataset;
  const reason =
    raw.reason === 'hash-mismatch' ||
    raw.reason === 'invalid-shape' ||
    raw.reason === 'invalid-data'
      ? raw.reason
      : 'invalid-record';
  return {
    ...quarantined(reason, 'quarantined earlier'),
    wrapped: true,
    ...peek(isObject(inner) ? inner.dataset : undefined),
  };
}

/** A record of this version or an older one, its hash checked: migrated, decoded and checked. */
function readMigrated(
  raw: Record<string, unknown>,
  version: number,
  schema: Schema,
  common: Common,
  quarantined: Quarantine,
): StoredEntry {
  const migrated = migrateDataset(raw.dataset, version, schema);
  if (!migrated.ok)
    return {
      ...common,
      status: 'read-only',
      reason: 'migration-failed',
      detail: migrated.detail,
      dataset: null,
    };

  const decoded = tryDecodeDataset(migrated.dataset);
  if (!decoded.ok) {
    // A v0 record that migrates to a bad shape is the migration's fault: keep it read-only. From
    // v1 on the records were checked when written and later steps only add fields.
    if (version < 1 && version < schema.version)
      return {
        ...common,
        status: 'read-only',
        reason: 'migration-failed',
        detail: `migrated record is invalid at ${decoded.issues[0]?.path ?? '?'}`,
        dataset: null,
      };
    return quarantined(
      'invalid-shape',
      `invalid at ${decoded.issues[0]?.path ?? '?'}`,
      decoded.issues,
    );
  }
  if (decoded.value.id !== common.id)
    return quarantined('invalid-record', 'dataset.id differs from the key');
  // Well-typed but breaking the importer's rules (a score of 1e12, no observations, a dangling
  // reference): no view may see it. Kept in quarantine like any corrupt record, never dropped.
  const problem = datasetProblem(decoded.value);
  if (problem !== null) return quarantined('invalid-data', problem.detail);
  return {
    ...common,
    status: 'ok',
    hash: typeof raw.hash === 'string' ? raw.hash : null,
    dataset: decoded.value,
  };
}

/**
 * Reads one raw record (as found under `key`): checks version, hash, migrations and shape.
 * Never throws; a corrupt record becomes `quarantined`, a newer or unmigratable one `read-only`.
 */
export async function classifyRecord(
  key: IDBValidKey,
  raw: unknown,
  schema: Schema = CURRENT_SCHEMA,
): Promise<StoredEntry> {
  const id = typeof key === 'string' ? key : String(key);
  const quarantined = quarantineFor(id, raw);
  if (!isObject(raw)) return quarantined('invalid-record', 'the record is not an object');
  if (raw.status === 'quarantined') return earlierQuarantine(raw, quarantined);
  const version = raw.schemaVersion === undefined ? 0 : raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return quarantined('invalid-record', 'schemaVersion is not a non-negative integer');
  if (raw.id !== key) return quarantined('invalid-record', 'the record id differs from its key');
  const common = {
    id,
    savedAt: str(raw.savedAt),
    schemaVersion: version,
    ...peek(raw.dataset),
  };

  const hashOk = typeof raw.hash === 'string' && (await datasetHash(raw.dataset)) === raw.hash;

  // A newer app's record is never judged (or wrapped) by this version's rules: it may hash or
  // shape things differently. It is shown read-only when it happens to fit, never written.
  if (version > schema.version) {
    const decoded = hashOk ? tryDecodeDataset(raw.dataset) : undefined;
    return {
      ...common,
      status: 'read-only',
      reason: 'newer-version',
      detail: `saved by a newer version of the app (record version ${version}, app ${schema.version})`,
      dataset: decoded?.ok && decoded.value.id === id ? decoded.value : null,
    };
  }

  // Every version since 1 carries a hash; check it before trusting anything else.
  if (version >= 1) {
    if (typeof raw.hash !== 'string') return quarantined('invalid-record', 'the hash is missing');
    if (!hashOk) return quarantined('hash-mismatch', 'the content does not match its hash');
  }
  return readMigrated(raw, version, schema, common, quarantined);
}

/** Canonical text of a raw record, to check inside a write transaction that it is unchanged. */
export function fingerprint(raw: unknown): string {
  return raw === undefined ? '' : canonicalJson(raw);
}
