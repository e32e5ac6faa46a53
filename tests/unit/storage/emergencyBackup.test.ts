import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { backupOfImported } from '../../../src/state/persistence.ts';
import { openDatasetStorage } from '../../../src/storage/storage.ts';
import { makeDataset } from '../../fixtures/builders.ts';

describe('the backup offered when saving failed', () => {
  it('is in the format "Restore" reads, so the datasets come back identical', async () => {
    const dataset = makeDataset([
      { unit: 'Ba Bể', year: 2023, total: 70.1, subs: { a: 7.25 } },
      { unit: 'Na Rì', year: 2023, total: null, subs: { a: null } },
    ]);
    const json = await backupOfImported([dataset]);
    const opened = await openDatasetStorage({
      indexedDB: new IDBFactory(),
      channel: null,
      storageManager: null,
    });
    if (!opened.ok) throw new Error('storage did not open');
    const storage = opened.value;
    await storage.loadAll();
    const restored = await storage.restore(json);
    expect(restored.ok && restored.value.restored).toEqual([dataset.id]);
    const loaded = await storage.load(dataset.id);
    expect(loaded.ok && loaded.value?.status === 'ok' ? loaded.value.dataset : null).toEqual(
      dataset,
    );
    storage.close();
  });
});
