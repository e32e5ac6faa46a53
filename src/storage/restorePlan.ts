import type { RestoreSkipReason } from './api.ts';
import type { BackupContents } from './backup.ts';
import { recordFor } from './backup.ts';
import { type Schema, type StoredEntry, classifyRecord, fingerprint } from './records.ts';

/**
 * Deciding what a restore writes. Pure apart from hashing: the storage reads the current records,
 * asks `planRestore`, and runs the plan in one transaction (all restored, or nothing).
 */

/** A record to write, checked against what was read (`expected`) inside the write transaction. */
export interface PlannedWrite {
  readonly id: string;
  /** `fingerprint` of the record this write replaces ('' = none). */
  readonly expected: string;
  /** The record to put; null deletes. */
  readonly record: unknown | null;
  /** The record being replaced is corrupt and not yet in `quarantine`: copy it there first. */
  readonly preserve: { readonly reason: string; readonly raw: unknown } | null;
}

export interface QuarantineItem {
  readonly id: string | null;
  readonly reason: string;
  readonly quarantinedAt: string;
  readonly record: unknown;
}

/** An entry of the `quarantine` store: `{ id, reason, quarantinedAt, record }`. */
export function isQuarantineItem(x: unknown): x is QuarantineItem {
  return typeof x === 'object' && x !== null && 'record' in x && 'quarantinedAt' in x;
}

/** The corrupt record itself, whether given bare or as a quarantine entry. */
function corruptRecordOf(x: unknown): unknown {
  return isQuarantineItem(x) ? x.record : x;
}

/** What a stored or incoming record is, with its raw form. */
export interface Judged {
  readonly raw: unknown;
  readonly entry: StoredEntry;
}

type Skip = { id: string; reason: RestoreSkipReason };

/** Why a backup record must not replace the stored one; undefined when it may. */
export function restoreConflict(
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

/** True when `incoming` would replace an illustrative dataset with one not marked so. */
function illustrativeDropped(stored: StoredEntry | undefined, incoming: StoredEntry): boolean {
  const was = stored?.status === 'quarantined' ? false : stored?.dataset?.illustrative === true;
  const is = incoming.status === 'quarantined' ? false : incoming.dataset?.illustrative === true;
  return was && !is;
}

export interface RestoreCandidates {
  /** Usable or read-only records by id; usable ones already in the current record version. */
  readonly candidates: ReadonlyMap<string, Judged>;
  /** Corrupt records of the backup (bare or as quarantine entries), to keep in quarantine. */
  readonly corrupt: readonly unknown[];
  readonly skipped: readonly Skip[];
}

/** Checks every record of a backup like a stored one (hash, version, migrations, shape). */
export async function readCandidates(
  backup: BackupContents,
  schema: Schema,
  now: () => Date,
): Promise<RestoreCandidates> {
  const skipped: Skip[] = [];
  const candidates = new Map<string, Judged>();
  const corrupt: unknown[] = [...backup.quarantined];
  for (const raw of [...backup.datasets, ...backup.readOnly]) {
    const key = (raw as { id?: unknown } | null)?.id;
    const entry = await classifyRecord(typeof key === 'string' ? key : '', raw, schema);
    if (entry.status === 'quarantined') {
      skipped.push({ id: entry.id, reason: 'corrupt' });
      corrupt.push(raw);
    } else if (candidates.has(entry.id)) skipped.push({ id: entry.id, reason: 'duplicate' });
    else if (entry.status === 'ok' && entry.schemaVersion !== schema.version) {
      // An older record in a backup is stored migrated, like any record this version writes.
      const savedAt = entry.savedAt ?? now().toISOString();
      candidates.set(entry.id, {
        raw: await recordFor(entry.dataset, savedAt, schema.version),
        entry,
      });
    } else candidates.set(entry.id, { raw, entry });
  }
  return { candidates, corrupt, skipped };
}

/**
 * The writes of a restore, given what is stored now: a record is written when nothing usable is
 * stored under its id, or the stored one is older; every other case is skipped with its reason.
 * Corrupt backup records are added to the quarantine unless an equal one is already there.
 */
export function planRestore(
  incoming: RestoreCandidates,
  stored: ReadonlyMap<string, Judged>,
  quarantine: readonly unknown[],
  quarantinedAt: string,
  reservedIds: ReadonlySet<string> = new Set(),
): { plans: PlannedWrite[]; quarantineAdds: QuarantineItem[]; skipped: Skip[] } {
  const skipped = [...incoming.skipped];
  const plans: PlannedWrite[] = [];
  for (const [id, c] of incoming.candidates) {
    const existing = stored.get(id);
    const reason = reservedIds.has(id)
      ? 'reserved-id'
      : illustrativeDropped(existing?.entry, c.entry)
        ? 'illustrative-dropped'
        : existing && restoreConflict(existing.entry, c.entry);
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
  const known = new Set(quarantine.map((q) => fingerprint(corruptRecordOf(q))));
  const quarantineAdds: QuarantineItem[] = [];
  for (const x of incoming.corrupt) {
    const print = fingerprint(corruptRecordOf(x));
    if (known.has(print)) continue;
    known.add(print);
    const id = (x as { id?: unknown } | null)?.id;
    quarantineAdds.push(
      isQuarantineItem(x)
        ? x
        : {
            id: typeof id === 'string' ? id : null,
            reason: 'restored-corrupt',
            quarantinedAt,
            record: x,
          },
    );
  }
  return { plans, quarantineAdds, skipped };
}
