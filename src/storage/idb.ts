/**
 * Thin IndexedDB helpers: open the database, run one transaction and report how it ended.
 * A transaction's outcome is known only at `complete` (data durable) or `abort` (rolled back);
 * request `success` says nothing about either, so nothing here resolves on it.
 */

export const DB_NAME = 'dcci-dashboard';
export const DATASETS = 'datasets';
export const QUARANTINE = 'quarantine';
/** Respondents of imported response-level datasets, by dataset id (storage/respondents.ts). */
export const RESPONDENTS = 'respondents';
const STORES = [DATASETS, QUARANTINE, RESPONDENTS] as const;

/** Why an IndexedDB operation did not happen. */
export type IdbFailure =
  | { readonly kind: 'quota'; readonly detail: string }
  | { readonly kind: 'unavailable'; readonly detail: string }
  | { readonly kind: 'failed'; readonly detail: string }
  /** The body refused to go on (e.g. the record changed since it was checked). */
  | { readonly kind: 'refused'; readonly detail: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: IdbFailure };

function describe(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { name?: unknown; message?: unknown };
    return [o.name, o.message].filter((x) => typeof x === 'string' && x !== '').join(': ');
  }
  return String(e);
}

/**
 * True for every way browsers report a full disk: the standard `QuotaExceededError` name,
 * the legacy DOMException code 22 (old Safari/WebKit), Firefox's `NS_ERROR_DOM_QUOTA_REACHED`
 * (name, or its legacy code 1014), and an `AbortError` wrapping one of those (`inner`/`cause`).
 */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 3) return false;
  const o = e as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown };
  if (o.name === 'QuotaExceededError' || o.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (o.code === 22 || o.code === 1014) return true;
  return isQuotaError(o.inner, depth + 1) || isQuotaError(o.cause, depth + 1);
}

export function failureOf(errors: readonly unknown[]): IdbFailure {
  const quota = errors.find((e) => isQuotaError(e));
  if (quota !== undefined) return { kind: 'quota', detail: describe(quota) };
  const first = errors.find((e) => e !== null && e !== undefined);
  const detail = first === undefined ? 'transaction aborted' : describe(first);
  // Connection closed under us (another tab upgraded, or the browser is shutting down).
  if (
    first &&
    typeof first === 'object' &&
    (first as { name?: unknown }).name === 'InvalidStateError'
  )
    return { kind: 'unavailable', detail };
  return { kind: 'failed', detail };
}

/**
 * Opens (creating when new) the database with its three stores. Opens without a version so a
 * database upgraded by a newer app still opens; only when a store is missing does it upgrade.
 * Resolves within `timeoutMs` (some browsers never answer `open` in private mode).
 */
export function openDatabase(
  factory: IDBFactory,
  timeoutMs: number,
  onLost: (db: IDBDatabase) => void,
): Promise<Outcome<IDBDatabase>> {
  const attempt = (version: number | undefined): Promise<Outcome<IDBDatabase>> =>
    new Promise((resolve) => {
      let settled = false;
      const finish = (o: Outcome<IDBDatabase>) => {
        if (settled) {
          if (o.ok) o.value.close();
          return;
        }
        settled = true;
        clearTimeout(timer);
        resolve(o);
      };
      const timer = setTimeout(
        () => finish({ ok: false, failure: { kind: 'unavailable', detail: 'open timed out' } }),
        timeoutMs,
      );
      let req: IDBOpenDBRequest;
      try {
        req = version === undefined ? factory.open(DB_NAME) : factory.open(DB_NAME, version);
      } catch (e) {
        finish({ ok: false, failure: { kind: 'unavailable', detail: describe(e) } });
        return;
      }
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(DATASETS))
          db.createObjectStore(DATASETS, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(QUARANTINE))
          db.createObjectStore(QUARANTINE, { autoIncrement: true });
        if (!db.objectStoreNames.contains(RESPONDENTS))
          db.createObjectStore(RESPONDENTS, { keyPath: 'id' });
      };
      req.onsuccess = () => {
        const db = req.result;
        db.onversionchange = () => onLost(db);
        // Closed by the browser (storage cleared, disk error): forget it and reopen next time.
        db.onclose = () => onLost(db);
        finish({ ok: true, value: db });
      };
      req.onerror = (ev) => {
        ev.preventDefault();
        finish({ ok: false, failure: { kind: 'unavailable', detail: describe(req.error) } });
      };
      // Another tab holds an older connection open; it closes on `versionchange`, or we time out.
      req.onblocked = () => undefined;
    });

  return attempt(undefined).then(async (first) => {
    if (!first.ok) return first;
    const db = first.value;
    if (STORES.every((s) => db.objectStoreNames.contains(s))) return first;
    const next = db.version + 1;
    db.close();
    return attempt(next);
  });
}

/**
 * Runs `body` in one transaction and resolves with its value only at `complete`; on `abort`
 * (including a quota error at commit, or a request error) it resolves with the failure and
 * nothing was written. `body` issues requests synchronously (or from request callbacks) and
 * returns a getter for the value; it may call `tx.abort()` to refuse, with a reason.
 */
export function runTransaction<T>(
  db: IDBDatabase,
  stores: readonly string[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction, refuse: (reason: IdbFailure) => void) => () => T,
): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    const errors: unknown[] = [];
    let refusal: IdbFailure | null = null;
    let tx: IDBTransaction;
    try {
      tx = db.transaction([...stores], mode);
    } catch (e) {
      const failure = failureOf([e]);
      resolve({
        ok: false,
        failure: failure.kind === 'failed' ? { ...failure, kind: 'unavailable' } : failure,
      });
      return;
    }
    let result: () => T = () => undefined as T;
    tx.oncomplete = () => {
      try {
        resolve({ ok: true, value: result() });
      } catch (e) {
        resolve({ ok: false, failure: { kind: 'failed', detail: describe(e) } });
      }
    };
    tx.onerror = (ev) => {
      // A request error: remember it (the abort that follows may carry only AbortError).
      errors.push((ev.target as IDBRequest | null)?.error ?? null);
    };
    tx.onabort = () => {
      resolve({ ok: false, failure: refusal ?? failureOf([tx.error, ...errors]) });
    };
    const refuse = (reason: IdbFailure) => {
      refusal = reason;
      try {
        tx.abort();
      } catch {
        // Already finished: the outcome events report it.
      }
    };
    try {
      result = body(tx, refuse);
    } catch (e) {
      // E.g. put() throwing DataCloneError or QuotaExceededError synchronously.
      errors.push(e);
      refuse(failureOf([e]));
    }
  });
}
