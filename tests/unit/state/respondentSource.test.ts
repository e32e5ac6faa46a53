import { afterEach, describe, expect, it, vi } from 'vitest';
import { scoredGroupYear } from '../../../src/domain/groupStats.ts';
import type { Dataset } from '../../../src/domain/types.ts';
import { importText } from '../../../src/import/importDataset.ts';
import {
  forgetRespondents,
  hasRespondents,
  loadRespondentSource,
  rememberRespondents,
  setStoredRespondentIds,
  setStoredRespondentsReader,
} from '../../../src/state/respondentSource.ts';
import { runStatsTask } from '../../../src/stats/tasks.ts';
import { importSmall, smallResponseCsv } from '../../fixtures/respondents/small.ts';

const { dataset, responses } = importSmall();

afterEach(() => {
  forgetRespondents(dataset.id);
  setStoredRespondentsReader(null);
  setStoredRespondentIds([]);
});

describe('the one respondents loader', () => {
  it('has nothing for an imported dataset without respondents, and never for a bundled id', async () => {
    expect(hasRespondents(dataset)).toBe(false);
    expect(await loadRespondentSource(dataset)).toBeNull();
    const bundledId = { ...dataset, id: 'pci' } as Dataset;
    rememberRespondents('pci', responses);
    expect(hasRespondents(bundledId)).toBe(false);
  });

  it('gives stored respondents with their labels, scale and normalisation', async () => {
    setStoredRespondentIds([dataset.id]);
    const reader = vi.fn(async () => responses);
    setStoredRespondentsReader(reader);
    const source = await loadRespondentSource(dataset);
    expect(source?.labels?.indicators['transparency.1']).toEqual({
      vi: 'Tiếp cận tài liệu quy hoạch',
      en: 'Tiếp cận tài liệu quy hoạch',
    });
    expect(source?.labels?.illustrative).toBe(false);
    expect(source?.scale).toEqual({ min: 1, max: 5 });
    // Loaded once.
    await loadRespondentSource(dataset);
    expect(reader).toHaveBeenCalledTimes(1);
  });
});

describe('ci=boot on an imported response dataset', () => {
  it('bootstraps over its respondents (min–max normalisation repeated), with intervals containing the shown ranks', async () => {
    const outcome = importText(smallResponseCsv(), {
      fileName: 'phieu.csv',
      datasetId: 'phieu-minmax',
      normalisation: 'minmax',
    });
    const ds = outcome.dataset as Dataset;
    const resp = outcome.responses;
    expect(resp?.normalisation).toBe('minmax');
    rememberRespondents(ds.id, resp as NonNullable<typeof resp>);
    const source = await loadRespondentSource(ds);
    if (!source) throw new Error('no source');
    const group = ds.groups[0]?.id as string;
    const { current, previous } = scoredGroupYear(ds, group as never, 2022);
    const r = await runStatsTask({
      kind: 'group-year',
      current,
      previous,
      responses: {
        table: source.table,
        mapping: source.mapping,
        scale: source.scale,
        normalisation: source.normalisation,
        groupId: group,
        year: 2022,
        weights: [],
      },
    });
    forgetRespondents(ds.id);
    expect(r.method).toBe('bootstrap');
    expect(r.fellBack).toBe(false);
    expect(r.intervals.size).toBe(3);
    for (const u of current) {
      const iv = r.intervals.get(u.unitId);
      expect(iv && iv.low <= (iv.rank ?? 0) && (iv.rank ?? 0) <= iv.high).toBe(true);
    }
  });
});
