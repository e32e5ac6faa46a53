/**
 * Browser side of the import: runs the pipeline in a module worker with a 10 s watchdog
 * (RELIABILITY.md promise 4). Always resolves — with the worker's outcome, or with a refused
 * outcome (TIMEOUT, INTERNAL_ERROR, FILE_TOO_LARGE) — never rejects.
 */
import { makeIssue } from '../domain/issues.ts';
import { refusedOutcome } from './outcome.ts';
import type { ImportOptions, ImportOutcome } from './model.ts';
import { sizeIssue } from './sniff.ts';
import type { WorkerRequest } from './worker.ts';

/** Time a whole import may take before the worker is terminated. */
export const IMPORT_TIMEOUT_MS = 10_000;

export type ImportRequest =
  | { readonly bytes: Uint8Array; readonly options?: ImportOptions }
  | { readonly url: string; readonly options?: ImportOptions };

/**
 * Imports bytes or a same-origin URL in a fresh worker. The bytes' buffer is transferred (not
 * copied) when the view covers all of it, so the caller must not use `bytes` afterwards. Check
 * `File.size` with `sizeIssue` before reading a file; this checks again.
 */
export function importInWorker(req: ImportRequest): Promise<ImportOutcome> {
  let message: WorkerRequest;
  const transfer: Transferable[] = [];
  if ('bytes' in req) {
    const tooLarge = sizeIssue(req.bytes.byteLength);
    if (tooLarge !== null) return Promise.resolve(refusedOutcome('unknown', [tooLarge]));
    const whole =
      req.bytes.byteOffset === 0 && req.bytes.byteLength === req.bytes.buffer.byteLength;
    const bytes = whole ? req.bytes : req.bytes.slice();
    if (bytes.buffer instanceof ArrayBuffer) transfer.push(bytes.buffer);
    message = {
      kind: 'bytes',
      bytes,
      ...(req.options === undefined ? {} : { options: req.options }),
    };
  } else {
    message = {
      kind: 'url',
      url: req.url,
      ...(req.options === undefined ? {} : { options: req.options }),
    };
  }
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    } catch (err) {
      resolve(internal(err));
      return;
    }
    let settled = false;
    const finish = (outcome: ImportOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(
      () =>
        finish(
          refusedOutcome('unknown', [
            makeIssue('TIMEOUT', { params: { limit: IMPORT_TIMEOUT_MS / 1000 } }),
          ]),
        ),
      IMPORT_TIMEOUT_MS,
    );
    worker.onmessage = (event: MessageEvent<ImportOutcome>) => finish(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish(internal(event.message));
    };
    worker.onmessageerror = () => finish(internal('message could not be read'));
    try {
      worker.postMessage(message, transfer);
    } catch (err) {
      finish(internal(err));
    }
  });
}

function internal(err: unknown): ImportOutcome {
  const detail = err instanceof Error ? err.message : String(err);
  return refusedOutcome('unknown', [makeIssue('INTERNAL_ERROR', { value: detail.slice(0, 200) })]);
}
