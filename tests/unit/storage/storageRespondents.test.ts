import { afterEach, describe, expect, it } from 'vitest';
import type { DatasetStorage } from '../../../src/storage/storage.ts';
import {
  fakeLocks,
  freshIndexedDB,
  openOk,
  putRaw,
  readRaw,
  steppingClock,
} from '../../fixtures/storage/helpers.ts';
import { importSmall } from '../../fixtures/respondents/small.ts';

const opened: DatasetStorage[] = [];
async function open(factory: IDBFactory, reservedIds: string[] = []): Promise<DatasetStorage> {
  const s = await openOk({
    indexedDB: factory,
    locks: fakeLocks(),
    now: steppingClock(),
    reservedIds,
  });
  opened.push(s);
  await s.loadAll(); // writes wait for the first read
  return s;
}
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

function okValue<T>(r: { ok: true; value: T } | { ok: false; issues: readonly unknown[] }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r.value;
}

const { dataset, responses } = importSmall();

describe('stored respondents of an imported response dataset', () => {
  it('are saved with the dataset, compressed, and read back after a reopen (a reload)', async () => {
    const factory = freshIndexedDB();
    const s = await open(factory);
    okValue(await s.save(dataset, responses));
    const raw = (await readRaw(factory, 'respondents')) as {
      id: string;
      version: number;
      data: string;
    }[];
    expect(raw).toHaveLength(1);
    expect(raw[0]).toMatchObject({ id: dataset.id, version: 1 });
    // Compressed: far smaller than the JSON it holds.
    expect(raw[0]?.data.length).toBeLessThan(JSON.stringify(responses).length / 2);
    s.close();

    const again = await open(factory);
    expect(okValue(await again.respondentIds())).toEqual([dataset.id]);
    expect(okValue(await again.loadRespondents(dataset.id))).toEqual(responses);
  });

  it('are deleted with their dataset, and left alone by a save without respondents', async () => {
    const factory = freshIndexedDB();
    const s = await open(factory);
    okValue(await s.save(dataset, responses));
    okValue(await s.save({ ...dataset, title: { vi: 'Đổi tên', en: 'Renamed' } }));
    expect(okValue(await s.loadRespondents(dataset.id))).toEqual(responses);
    okValue(await s.remove(dataset.id));
    expect(await readRaw(factory, 'respondents')).toEqual([]);
    expect(okValue(await s.loadRespondents(dataset.id))).toBeNull();
  });

  it('are refused, with the dataset, when they do not fit it (and a bundled id never gets any)', async () => {
    const factory = freshIndexedDB();
    const s = await open(factory, ['bac-kan-dcci']);
    const offScale = {
      ...responses,
      table: {
        ...responses.table,
        rows: responses.table.rows.map((r) => ({ ...r, answers: r.answers.map(() => 9) })),
      },
    };
    const r = await s.save(dataset, offScale);
    expect(r.ok).toBe(false);
    expect(await readRaw(factory, 'datasets')).toEqual([]);
    expect(await readRaw(factory, 'respondents')).toEqual([]);
    expect((await s.save({ ...dataset, id: 'bac-kan-dcci' as never }, responses)).ok).toBe(false);
    expect(await readRaw(factory, 'respondents')).toEqual([]);
  });

  it('reads a tampered record as an issue, never as data', async () => {
    const factory = freshIndexedDB();
    const s = await open(factory);
    okValue(await s.save(dataset, responses));
    s.close();
    await putRaw(
      factory,
      { id: dataset.id, version: 1, savedAt: 'x', data: 'AAAA' },
      'respondents',
    );
    const again = await open(factory);
    const read = await again.loadRespondents(dataset.id);
    expect(read.ok).toBe(false);
  });

  it('travel in Back up all and come back with Restore, only beside their restored dataset', async () => {
    const source = await open(freshIndexedDB());
    okValue(await source.save(dataset, responses));
    const backup = okValue(await source.backupAll());
    expect((JSON.parse(backup) as { respondents: unknown[] }).respondents).toHaveLength(1);

    const target = await open(freshIndexedDB());
    const report = okValue(await target.restore(backup));
    expect(report.restored).toEqual([dataset.id]);
    expect(report.respondents).toEqual([dataset.id]);
    expect(okValue(await target.loadRespondents(dataset.id))).toEqual(responses);

    // Respondents whose dataset is not in the backup (or under a bundled id) are left out.
    const doc = JSON.parse(backup) as { datasets: unknown[]; respondents: { id: string }[] };
    const orphan = JSON.stringify({
      ...doc,
      datasets: [],
      respondents: [...doc.respondents, { ...doc.respondents[0], id: 'bac-kan-dcci' }],
    });
    const empty = await open(freshIndexedDB(), ['bac-kan-dcci']);
    const skipped = okValue(await empty.restore(orphan));
    expect(skipped.respondents).toBeUndefined();
    expect(skipped.respondentsSkipped?.map((x) => x.id)).toEqual([dataset.id, 'bac-kan-dcci']);
    expect(okValue(await empty.respondentIds())).toEqual([]);
  });

  it('are not restored when their answers leave the declared answer scale', async () => {
    const source = await open(freshIndexedDB());
    okValue(await source.save(dataset, responses));
    const doc = JSON.parse(okValue(await source.backupAll())) as {
      respondents: { data: string }[];
    };
    // Re-encode the respondents with an answer of 7 on a 1–5 scale.
    const { respondentsRecord } = await import('../../../src/storage/respondents.ts');
    const bad = await respondentsRecord(
      dataset.id,
      {
        ...responses,
        table: {
          ...responses.table,
          rows: responses.table.rows.map((r, i) => (i === 0 ? { ...r, answers: [7, 1, 1, 1] } : r)),
        },
      },
      '2026-01-01T00:00:00.000Z',
    );
    const target = await open(freshIndexedDB());
    const report = okValue(await target.restore(JSON.stringify({ ...doc, respondents: [bad] })));
    expect(report.restored).toEqual([dataset.id]);
    expect(report.respondentsSkipped?.[0]?.detail).toMatch(/scale/);
    expect(okValue(await target.loadRespondents(dataset.id))).toBeNull();
  });
});
