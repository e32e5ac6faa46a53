import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previousYear } from '../../../src/domain/dataset.ts';
import { respondentSamples } from '../../../src/domain/responses.ts';
import { rankScores } from '../../../src/domain/ranking.ts';
import type { DatasetMeta } from '../../../src/domain/meta.ts';
import type { Dataset, GroupId, SubIndexId } from '../../../src/domain/types.ts';
import { estimateTotal } from '../../../src/domain/uncertainty.ts';
import { scoredGroupYear } from '../../../src/domain/groupStats.ts';
import { importText } from '../../../src/import/importDataset.ts';
import { parseBundledResponses } from '../../../src/stats/responsesFile.ts';
import { runStatsTask } from '../../../src/stats/tasks.ts';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
const meta = JSON.parse(readFileSync(join(DATA, 'bac-kan-dcci.meta.json'), 'utf8')) as DatasetMeta;
const outcome = importText(readFileSync(join(DATA, 'bac-kan-dcci.csv'), 'utf8'), { meta });
const dataset = outcome.dataset as Dataset;
const responsesText = readFileSync(join(DATA, 'bac-kan-dcci-responses.csv'), 'utf8');
const groups = () => dataset.groups.map((g) => ({ id: g.id, names: [g.name.vi, g.name.en] }));
const weights = () => new Map(dataset.subIndices.map((s) => [s.id, s.weight ?? 0] as const));
const parsed = parseBundledResponses(responsesText, groups());
/** The respondents as the page's loader hands them to the stats task. */
const loaded = { ...parsed, scale: { min: 1, max: 5 }, normalisation: 'scale' as const };

describe('bootstrap over the bundled respondents', () => {
  it('reads the response file into samples whose estimates match the published totals', () => {
    expect(dataset).toBeTruthy();
    const { table, mapping } = parsed;
    expect(table.rows.length).toBe(7603);
    for (const group of dataset.groups) {
      for (const year of dataset.years) {
        const samples = respondentSamples(table, mapping, year, group.id, { weights: weights() });
        const { current } = scoredGroupYear(dataset, group.id, year);
        expect(samples.length, `${group.id} ${year}`).toBe(current.length);
        for (const s of samples) {
          const published = current.find((u) => u.unitId === s.unitId);
          // The estimate uses unrounded sub-index scores, the published total rounded ones
          // (each off by ≤ 0.005, × 10 in the total) and is itself rounded: ≤ 0.055 apart.
          expect(Math.abs((estimateTotal(s) ?? 0) - (published?.score ?? 0))).toBeLessThan(0.055);
        }
      }
    }
  });

  it('gives intervals that contain the shown ranks, reproducibly, through the worker task', async () => {
    const groupId = 'districts' as GroupId;
    const year = 2018; // has the deliberate tie for 3rd place
    const { current, previous } = scoredGroupYear(dataset, groupId, year);
    {
      const task = {
        kind: 'group-year' as const,
        current,
        previous,
        responses: {
          ...loaded,
          groupId,
          year,
          weights: dataset.subIndices.map((s) => [s.id as string, s.weight ?? 0] as const),
        },
      };
      const one = await runStatsTask(task);
      const two = await runStatsTask(task);
      expect(one.method).toBe('bootstrap');
      expect([...one.intervals]).toEqual([...two.intervals]);
      const shown = rankScores(current.map((u) => u.score));
      expect(shown.filter((r) => r === 3)).toHaveLength(2);
      current.forEach((u, i) => {
        const iv = one.intervals.get(u.unitId);
        expect(iv?.rank).toBe(shown[i]);
        expect((iv?.low ?? 0) <= (shown[i] ?? 0) && (shown[i] ?? 0) <= (iv?.high ?? 0)).toBe(true);
      });
      expect(previousYear(dataset, groupId, year)).toBeNull();
    }
  });

  it('falls back to standard errors when the respondents have none of the group-year', async () => {
    const { current, previous } = scoredGroupYear(dataset, 'districts' as GroupId, 2019);
    {
      const r = await runStatsTask({
        kind: 'group-year',
        current,
        previous,
        responses: {
          ...loaded,
          table: { ...loaded.table, rows: [] },
          groupId: 'districts',
          year: 2019,
          weights: [['transparency' as SubIndexId, 15]],
        },
      });
      expect(r.method).toBe('parametric');
      expect(r.fellBack).toBe(true);
      expect(r.intervals.size).toBe(8);
    }
  });

  it('falls back to standard errors when the responses cover other units than those shown', async () => {
    const { current, previous } = scoredGroupYear(dataset, 'districts' as GroupId, 2019);
    const extra = { unitId: 'districts.nowhere' as never, score: 50, se: 1 };
    {
      const r = await runStatsTask({
        kind: 'group-year',
        current: [...current, extra],
        previous,
        responses: {
          ...loaded,
          groupId: 'districts',
          year: 2019,
          weights: dataset.subIndices.map((s) => [s.id as string, s.weight ?? 0] as const),
        },
      });
      expect(r.method).toBe('parametric');
      expect(r.fellBack).toBe(true);
      expect(r.intervals.size).toBe(9);
    }
  });
});
