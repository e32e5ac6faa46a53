/**
 * Coordination between tabs: one writer at a time (Web Locks, or an in-process queue where the
 * browser has none) and change announcements (BroadcastChannel).
 */

export const LOCK_NAME = 'dcci-datasets';
export const CHANNEL_NAME = 'dcci-datasets';

/** The part of `navigator.locks` used here. */
export interface LockManagerLike {
  request<T>(name: string, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

/** The part of `BroadcastChannel` used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** What another tab changed. `ids` are dataset ids. */
export interface StorageChange {
  readonly kind: 'save' | 'remove' | 'restore' | 'quarantine';
  readonly ids: readonly string[];
}

/**
 * Without Web Locks (old browsers, Node 20) writes are serialised within this JS realm only;
 * each write transaction re-checks the record it replaces, so a race with another tab is
 * refused rather than lost.
 */
let inProcessTail: Promise<unknown> = Promise.resolve();
export const inProcessLocks: LockManagerLike = {
  request<T>(_name: string, callback: (lock: unknown) => Promise<T>): Promise<T> {
    const run = inProcessTail.then(() => callback(null));
    inProcessTail = run.catch(() => undefined);
    return run;
  },
};

export function defaultLocks(): LockManagerLike {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : inProcessLocks;
}

export function defaultChannel(): ChannelLike | null {
  if (typeof globalThis.BroadcastChannel !== 'function') return null;
  try {
    return new globalThis.BroadcastChannel(CHANNEL_NAME);
  } catch {
    return null;
  }
}

/** Parses a message from another tab; anything unexpected is ignored. */
export function readChange(data: unknown): StorageChange | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as { type?: unknown; kind?: unknown; ids?: unknown };
  if (d.type !== 'dcci-datasets-changed') return null;
  if (d.kind !== 'save' && d.kind !== 'remove' && d.kind !== 'restore' && d.kind !== 'quarantine')
    return null;
  if (!Array.isArray(d.ids) || !d.ids.every((x) => typeof x === 'string')) return null;
  return { kind: d.kind, ids: [...(d.ids as string[])] };
}

export function changeMessage(change: StorageChange): unknown {
  return { type: 'dcci-datasets-changed', kind: change.kind, ids: [...change.ids] };
}
