import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IMPORT_TIMEOUT_MS, importInWorker } from '../../../src/import/client.ts';
import { refusedOutcome } from '../../../src/import/importDataset.ts';
import { fixture } from './helpers.ts';

/** A stand-in for the browser Worker: records messages, lets the test answer or fail. */
class FakeWorker {
  static last: FakeWorker | null = null;
  static created = 0;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly url: string;
  readonly options: unknown;
  message: unknown = null;
  transfer: unknown[] = [];
  terminated = false;
  constructor(url: URL, options: unknown) {
    this.url = url.href;
    this.options = options;
    FakeWorker.last = this;
    FakeWorker.created++;
  }
  postMessage(message: unknown, transfer: unknown[]): void {
    this.message = message;
    this.transfer = transfer;
  }
  terminate(): void {
    this.terminated = true;
  }
}

beforeEach(() => {
  FakeWorker.last = null;
  FakeWorker.created = 0;
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('importInWorker', () => {
  it('starts a module worker and transfers the bytes instead of copying them', async () => {
    const bytes = fixture('utf8.csv');
    const pending = importInWorker({ bytes, options: { fileName: 'utf8.csv' } });
    const worker = FakeWorker.last;
    expect(worker?.url).toMatch(/\/worker\.ts$/);
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.transfer).toEqual([bytes.buffer]);
    expect(worker?.message).toMatchObject({ kind: 'bytes', options: { fileName: 'utf8.csv' } });
    const outcome = refusedOutcome('utf-8', []);
    worker?.onmessage?.({ data: outcome });
    await expect(pending).resolves.toBe(outcome);
    expect(worker?.terminated).toBe(true);
  });

  it('sends a URL request as is', () => {
    void importInWorker({ url: '/data/pci.csv' });
    expect(FakeWorker.last?.message).toEqual({ kind: 'url', url: '/data/pci.csv' });
    expect(FakeWorker.last?.transfer).toEqual([]);
  });

  it('terminates a worker that takes longer than 10 s and resolves with TIMEOUT', async () => {
    vi.useFakeTimers();
    const pending = importInWorker({ bytes: fixture('utf8.csv') });
    vi.advanceTimersByTime(IMPORT_TIMEOUT_MS);
    const outcome = await pending;
    expect(outcome.report.issues.map((i) => i.code)).toEqual(['TIMEOUT']);
    expect(outcome.dataset).toBeNull();
    expect(FakeWorker.last?.terminated).toBe(true);
  });

  it('turns a crash in the worker into INTERNAL_ERROR', async () => {
    const pending = importInWorker({ bytes: fixture('utf8.csv') });
    FakeWorker.last?.onerror?.({ message: 'boom', preventDefault: () => undefined });
    const outcome = await pending;
    expect(outcome.report.issues.map((i) => [i.code, i.value])).toEqual([
      ['INTERNAL_ERROR', 'boom'],
    ]);
  });

  it('refuses more than 20 MB without starting a worker', async () => {
    const outcome = await importInWorker({ bytes: new Uint8Array(20 * 1024 * 1024 + 1) });
    expect(outcome.report.issues.map((i) => i.code)).toEqual(['FILE_TOO_LARGE']);
    expect(FakeWorker.created).toBe(0);
  });
});
