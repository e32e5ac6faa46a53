import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The catalogue repeats each bundled dataset's title and illustrative flag so the header can show
// them before the metadata is fetched; this keeps the copy equal to the sidecar files.
const source = readFileSync(new URL('../../../src/state/catalogue.ts', import.meta.url), 'utf8');

describe('bundled dataset catalogue', () => {
  it.each(['bac-kan-dcci', 'pci'])(
    'repeats the title and illustrative flag of data/%s.meta.json exactly',
    (id) => {
      const meta = JSON.parse(
        readFileSync(new URL(`../../../data/${id}.meta.json`, import.meta.url), 'utf8'),
      );
      expect(source).toContain(`'${meta.title.vi}'`);
      expect(source).toContain(`'${meta.title.en}'`);
      const block = source.slice(source.indexOf(`id: '${id}'`));
      expect(block.slice(0, block.indexOf('defaults'))).toContain(
        `illustrative: ${meta.illustrative}`,
      );
    },
  );
});

describe('datasetSettled (what the first render and the build prerender wait for)', () => {
  it('resolves once the dataset is ready or has failed, not while it loads', async () => {
    const { datasetSettled } = await import('../../../src/state/catalogue.ts');
    const { useAppStore } = await import('../../../src/state/store.ts');
    const store = useAppStore.getState();
    store.setDataset('t-slow', { status: 'loading' });
    let settled: unknown;
    const waiting = datasetSettled('t-slow').then((s) => (settled = s));
    await Promise.resolve();
    expect(settled).toBeUndefined();
    store.setDataset('t-slow', { status: 'error', message: 'HTTP 404' });
    await waiting;
    expect(settled).toEqual({ ok: false, message: 'HTTP 404' });
    // Already settled: at once.
    store.setDataset('t-slow', { status: 'loading' });
    const ready = datasetSettled('t-slow');
    useAppStore.getState().setDataset('t-slow', {
      status: 'ready',
      dataset: { id: 't-slow' } as never,
    });
    expect(await ready).toEqual({ ok: true });
  });
});
