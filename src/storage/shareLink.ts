import type { Dataset, Result } from '../domain/types.ts';
import type { DatasetIssue } from '../import/datasetRules.ts';
import { encodeDataset, tryDecodeDataset, type CodecIssue } from './datasetCodec.ts';
import { datasetProblem } from './externalDataset.ts';
import { SCHEMA_VERSION, migrateDataset } from './records.ts';
import { viewLinks, type LocationLike } from '../state/urlState.ts';

/**
 * A link that carries a small imported dataset (issue 5, "Share and embed"). The dataset travels
 * in the URL's fragment, which browsers never send to a server: plain JSON of the storage codec
 * (encodeDataset), deflate-raw compressed, base64url, after `#d=2.` (2 = the stored record version,
 * SCHEMA_VERSION). Links made before version 2 (`#d=1.`) still open: their JSON goes through the
 * stored records' migrations (storage/records.ts) before the decoder.
 *
 * Decoding is defensive (RELIABILITY.md S7): the fragment is size-capped before inflating, the
 * inflated text is capped while streaming (a small "zip bomb" cannot fill the memory), the JSON
 * goes through the strict codec (tryDecodeDataset), and then through the importer's own ranges
 * and rules (externalDataset.ts → import/datasetRules.ts: scores within their scale, ranks ≥ 1, references resolved,
 * sizes bounded…), so a hand-made link cannot make a view trip over data the importer would
 * never produce. Nothing here throws.
 */

export const FRAGMENT_PREFIX = `#d=${SCHEMA_VERSION}.`;
/** `#d=<version>.`: the versions this build opens (1 up to its own). */
const FRAGMENT = /^#d=(\d{1,6})\./;
/** Longest encoded payload accepted (characters of base64url ≈ bytes of compressed data × 4/3). */
export const MAX_FRAGMENT_CHARS = 64 * 1024;
/** Largest inflated JSON accepted, in bytes. */
export const MAX_INFLATED_BYTES = 2 * 1024 * 1024;
/** Default longest link offered for copying; longer links break in mail and chat programs. */
export const DEFAULT_MAX_URL_CHARS = 8000;

export type ShareIssue =
  | { readonly code: 'NO_DATASET' }
  | { readonly code: 'TOO_LARGE'; readonly detail: string }
  | { readonly code: 'BAD_ENCODING' }
  | { readonly code: 'BAD_COMPRESSION' }
  | { readonly code: 'BAD_JSON' }
  /** `#d=3.…`: made by a newer version of the dashboard than this one. */
  | { readonly code: 'NEWER_VERSION'; readonly detail: string }
  /** `rule`: the first importer rule broken, when it is one (else the codec's shape problem). */
  | { readonly code: 'INVALID_DATASET'; readonly detail: string; readonly rule?: DatasetIssue };

const fail = (issue: ShareIssue): Result<never, ShareIssue> => ({ ok: false, issues: [issue] });

// ---------------------------------------------------------------------------------------------
// base64url

const CHUNK = 0x8000;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// deflate-raw

async function collect(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | 'too-large'> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  const out = await collect(stream, Number.POSITIVE_INFINITY);
  return out === 'too-large' ? new Uint8Array(0) : out;
}

export async function inflate(
  bytes: Uint8Array,
  maxBytes: number,
): Promise<Uint8Array | 'too-large' | null> {
  try {
    const stream = new Blob([bytes as BlobPart])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
    return await collect(stream, maxBytes);
  } catch {
    return null;
  }
}

const describeCodec = (issues: readonly CodecIssue[]) =>
  issues
    .slice(0, 3)
    .map((i) => `${i.path}: ${i.expected}`)
    .join('; ');

// ---------------------------------------------------------------------------------------------
// Public API

/** `#d=2.<base64url of deflate-raw of the dataset's JSON>`. */
export async function encodeDatasetFragment(dataset: Dataset): Promise<string> {
  const json = JSON.stringify(encodeDataset(dataset));
  const packed = await deflate(new TextEncoder().encode(json));
  return `${FRAGMENT_PREFIX}${toBase64Url(packed)}`;
}

/** The format version of a `#d=` fragment this build can open, else null. */
function fragmentVersion(hash: string): number | null {
  const m = FRAGMENT.exec(hash);
  const v = m === null ? NaN : Number(m[1]);
  return v >= 1 && v <= SCHEMA_VERSION ? v : null;
}

/** True when a location's hash (`#…`) carries a shared dataset (this version's or an older one). */
export function hasDatasetFragment(hash: string): boolean {
  return fragmentVersion(hash) !== null;
}

/** The dataset in a fragment made by `encodeDatasetFragment`; every failure is a value. */
export async function decodeDatasetFragment(
  fragment: string,
  limits: { maxChars?: number; maxInflatedBytes?: number } = {},
): Promise<Result<Dataset, ShareIssue>> {
  try {
    if (typeof fragment !== 'string' || !hasDatasetFragment(fragment)) {
      const version = FRAGMENT.exec(typeof fragment === 'string' ? fragment : '');
      if (version !== null && Number(version[1]) > SCHEMA_VERSION)
        return fail({ code: 'NEWER_VERSION', detail: `#d=${version[1]}` });
      return fail({ code: 'NO_DATASET' });
    }
    const fromVersion = fragmentVersion(fragment) ?? SCHEMA_VERSION;
    const payload = fragment.slice(fragment.indexOf('.') + 1);
    const maxChars = limits.maxChars ?? MAX_FRAGMENT_CHARS;
    if (payload.length > maxChars) {
      return fail({ code: 'TOO_LARGE', detail: `${payload.length} > ${maxChars} characters` });
    }
    const packed = fromBase64Url(payload);
    if (packed === null || packed.length === 0) return fail({ code: 'BAD_ENCODING' });
    const maxBytes = limits.maxInflatedBytes ?? MAX_INFLATED_BYTES;
    const bytes = await inflate(packed, maxBytes);
    if (bytes === null) return fail({ code: 'BAD_COMPRESSION' });
    if (bytes === 'too-large') {
      return fail({ code: 'TOO_LARGE', detail: `more than ${maxBytes} bytes inflated` });
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      return fail({ code: 'BAD_JSON' });
    }
    const migrated = migrateDataset(json, fromVersion);
    if (!migrated.ok) return fail({ code: 'INVALID_DATASET', detail: migrated.detail });
    const decoded = tryDecodeDataset(migrated.dataset);
    if (!decoded.ok) {
      return fail({ code: 'INVALID_DATASET', detail: describeCodec(decoded.issues) });
    }
    const problem = datasetProblem(decoded.value);
    if (problem !== null) return fail({ code: 'INVALID_DATASET', ...problem });
    return { ok: true, value: decoded.value };
  } catch {
    // Belt and braces: a browser without DecompressionStream, or anything unforeseen.
    return fail({ code: 'BAD_COMPRESSION' });
  }
}

export type { LocationLike } from '../state/urlState.ts';

/**
 * The link to copy for the current view. A bundled dataset (`dataset` null) gets the plain view
 * URL; an imported one also carries the dataset in the fragment when the whole link stays within
 * `maxChars`, else the plain URL with `tooLarge: true` (the UI offers the dataset as a file).
 */
export async function shareUrl(
  location: LocationLike,
  dataset: Dataset | null,
  maxChars = DEFAULT_MAX_URL_CHARS,
): Promise<{ url: string; tooLarge: boolean }> {
  const plain = viewLinks(location).link;
  if (dataset === null) return { url: plain, tooLarge: false };
  const withData = `${plain}${await encodeDatasetFragment(dataset)}`;
  return withData.length <= maxChars
    ? { url: withData, tooLarge: false }
    : { url: plain, tooLarge: true };
}
