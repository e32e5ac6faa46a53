/**
 * The import worker (a Vite module worker, never PapaParse's blob worker: TOOLCHAIN.md). Receives
 * bytes (transferred) or a same-origin URL, runs the pure pipeline, posts back one outcome.
 * Every path posts an outcome; nothing is thrown back at the page.
 */
import { makeIssue } from '../domain/issues.ts';
import { importAnyBytes, refusedOutcome } from './importDataset.ts';
import type { ImportOutcome, ImportOptions } from './model.ts';
import { MAX_FILE_BYTES } from './sniff.ts';

export type WorkerRequest =
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly options?: ImportOptions }
  | { readonly kind: 'url'; readonly url: string; readonly options?: ImportOptions };

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: ImportOutcome): void;
  readonly location: { readonly href: string; readonly origin: string };
}

const scope = globalThis as unknown as WorkerScope;

/**
 * Fetches a same-origin URL with the size limit enforced while streaming (a missing or lying
 * Content-Length cannot make it read more than 20 MB). Other origins are refused (S5, S6).
 */
export async function fetchSameOrigin(
  url: string,
  base: { readonly href: string; readonly origin: string },
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; outcome: ImportOutcome }> {
  let target: URL;
  try {
    target = new URL(url, base.href);
  } catch {
    return {
      ok: false,
      outcome: refusedOutcome('unknown', [makeIssue('FETCH_FAILED', { value: url })]),
    };
  }
  if (target.origin !== base.origin) {
    return {
      ok: false,
      outcome: refusedOutcome('unknown', [makeIssue('URL_NOT_SAME_ORIGIN', { value: url })]),
    };
  }
  const failed = (detail: string) => ({
    ok: false as const,
    outcome: refusedOutcome('unknown', [
      makeIssue('FETCH_FAILED', { value: `${url} (${detail})` }),
    ]),
  });
  try {
    const response = await fetch(target, { credentials: 'same-origin', redirect: 'follow' });
    if (new URL(response.url || target.href).origin !== base.origin) {
      return {
        ok: false,
        outcome: refusedOutcome('unknown', [makeIssue('URL_NOT_SAME_ORIGIN', { value: url })]),
      };
    }
    if (!response.ok) return failed(`HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? '0');
    const tooLarge = () => ({
      ok: false as const,
      outcome: refusedOutcome('unknown', [
        makeIssue('FILE_TOO_LARGE', { value: url, params: { limit: MAX_FILE_BYTES } }),
      ]),
    });
    if (declared > MAX_FILE_BYTES) return tooLarge();
    if (response.body === null)
      return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > MAX_FILE_BYTES) {
        await reader.cancel();
        return tooLarge();
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { ok: true, bytes };
  } catch (err) {
    return failed(err instanceof Error ? err.message : String(err));
  }
}

/** The last path segment of a URL, percent-decoded when possible ("data/pci.csv" → "pci.csv"). */
function fileNameOf(url: string): string {
  const last = url.replace(/[?#].*$/, '').replace(/^.*\//, '');
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

async function handle(request: WorkerRequest): Promise<ImportOutcome> {
  if (request.kind === 'bytes') return importAnyBytes(request.bytes, request.options);
  const fetched = await fetchSameOrigin(request.url, scope.location);
  if (!fetched.ok) return fetched.outcome;
  const fileName = request.options?.fileName ?? fileNameOf(request.url);
  return importAnyBytes(fetched.bytes, { ...request.options, fileName });
}

if (typeof scope.postMessage === 'function' && typeof scope.location === 'object') {
  scope.onmessage = (event) => {
    handle(event.data).then(
      (outcome) => scope.postMessage(outcome),
      (err: unknown) =>
        scope.postMessage(
          refusedOutcome('unknown', [
            makeIssue('INTERNAL_ERROR', {
              value: err instanceof Error ? err.message : String(err),
            }),
          ]),
        ),
    );
  };
}
