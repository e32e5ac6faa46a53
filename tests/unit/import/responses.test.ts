import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runValidator } from '../../../src/cli/validate.ts';
import { rankObservations } from '../../../src/domain/ranking.ts';
import type { Dataset, Observation } from '../../../src/domain/types.ts';
import { importBytes, importText } from '../../../src/import/importDataset.ts';
import type { ImportOutcome } from '../../../src/import/importDataset.ts';
import { tryParseMeta } from '../../../src/import/metaJson.ts';
import { isResponseHeader } from '../../../src/import/responses.ts';
import { brief, ROOT } from './helpers.ts';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`import/responses.test.ts fast-check seed: ${SEED}`);

const DATA = join(ROOT, 'data');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(DATA, name)));
const metaResult = tryParseMeta(readFileSync(join(DATA, 'bac-kan-dcci.meta.json'), 'utf8'));
if (!metaResult.ok) throw new Error(metaResult.error);
const meta = metaResult.value;

const bundled = importBytes(bytesOf('bac-kan-dcci.csv'), { meta });
const fromResponses = importBytes(bytesOf('bac-kan-dcci-responses.csv'), { meta });
const withoutMeta = importBytes(bytesOf('bac-kan-dcci-responses.csv'), {
  fileName: 'bac-kan-dcci-responses.csv',
});

const codes = (o: ImportOutcome) => o.report.issues.map((i) => i.code);
const errors = (o: ImportOutcome) =>
  o.report.issues.filter((i) => i.severity === 'error').map(brief);

/** Every value of the dataset per unit-year, with the rank the app shows (computed or published). */
function values(dataset: Dataset | null) {
  if (dataset === null) throw new Error('no dataset');
  const ranks = new Map<string, number | null>();
  for (const year of dataset.years) {
    for (const group of dataset.groups) {
      const inGroup = new Set(dataset.units.filter((u) => u.groupId === group.id).map((u) => u.id));
      const obs = dataset.observations.filter((o) => o.year === year && inGroup.has(o.unitId));
      for (const [unit, info] of rankObservations(obs)) ranks.set(`${year}|${unit}`, info.rank);
    }
  }
  return dataset.observations.map((o: Observation) => ({
    key: `${o.year}|${o.unitId}`,
    total: o.total,
    rank: ranks.get(`${o.year}|${o.unitId}`),
    subIndices: [...o.subIndices].filter(([, v]) => v !== null),
    respondents: o.respondents,
    standardError: o.standardError,
  }));
}

describe('the bundled response-level file through the import path', () => {
  it('reproduces every total, sub-index score, respondent count, SE and rank of data/bac-kan-dcci.csv', () => {
    expect(fromResponses.report.ok).toBe(true);
    const expected = values(bundled.dataset);
    expect(expected).toHaveLength(101);
    expect(values(fromResponses.dataset)).toEqual(expected);
  });

  it('builds the same units, groups, years and sub-indices, flagged illustrative', () => {
    const a = bundled.dataset;
    const b = fromResponses.dataset;
    expect(b?.id).toBe('bac-kan-dcci');
    expect(b?.units).toEqual(a?.units);
    expect(b?.groups).toEqual(a?.groups);
    expect(b?.years).toEqual([2018, 2019, 2020]);
    expect(b?.subIndices).toEqual(a?.subIndices);
    expect(b?.illustrative).toBe(true);
    // Ranks are computed (and marked so), never presented as published.
    expect(b?.observations.every((o) => o.publishedRank === null)).toBe(true);
    expect(fromResponses.report.rows.every((r) => r.rankSource === 'computed')).toBe(true);
  });

  it('says the file was read as survey responses and which normalisation was used', () => {
    const notice = fromResponses.report.issues.find((i) => i.code === 'RESPONSES_AGGREGATED');
    expect(notice?.severity).toBe('notice');
    expect(notice?.value).toBe('scale');
    expect(notice?.params).toMatchObject({ count: 7603, found: 101, min: 1, max: 5 });
    expect(codes(fromResponses)).toContain('RANK_COMPUTED_FROM_SCORE');
  });

  it('without metadata, matches the bundled dataset by its groups and gets the same numbers', () => {
    expect(codes(withoutMeta)).toContain('RESPONSES_BUNDLED_META');
    expect(values(withoutMeta.dataset)).toEqual(values(bundled.dataset));
    // The user's copy is not the bundled dataset: own id and source; the file's marker still counts.
    expect(withoutMeta.dataset?.id).toBe('bac-kan-dcci-responses');
    expect(withoutMeta.dataset?.source.name.vi).toBe('bac-kan-dcci-responses.csv');
    expect(withoutMeta.dataset?.illustrative).toBe(true);
  });

  it('passes the validator CLI (exit 0) with the dataset’s sidecar', async () => {
    let stdout = '';
    const code = await runValidator(['data/bac-kan-dcci-responses.csv', '--json'], {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      cwd: ROOT,
    });
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { ok: boolean; units: number; rows: unknown[] };
    expect(json.ok).toBe(true);
    expect(json.units).toBe(34);
    expect(json.rows).toHaveLength(101);
  });

  it('leaves unit-level files alone', () => {
    expect(codes(bundled)).not.toContain('RESPONSES_AGGREGATED');
    expect(isResponseHeader(['Năm', 'Đơn vị', 'Điểm tổng hợp', 'a.1', 'a.2'])).toBe(false);
    expect(isResponseHeader(['Đơn vị', '2018', '2019'])).toBe(false);
    expect(isResponseHeader(['Đơn vị', 'Mã phiếu', 'a.1'])).toBe(true);
    expect(isResponseHeader(['Unit', 'a_1', 'b_1'])).toBe(true);
  });
});

const HEADER = 'Năm,Khối,Đơn vị,Mã phiếu,a.1,a.2,b.1';

describe('response-level files without metadata', () => {
  it('create one sub-index per prefix, with equal weights', () => {
    const o = importText(
      `${HEADER}\n2020,Huyện,X,1,5,3,5\n2020,Huyện,X,2,2,,4\n2020,Huyện,Y,1,1,1,1\n`,
    );
    expect(errors(o)).toEqual([]);
    const d = o.dataset;
    expect(d?.subIndices.map((s) => [s.id, s.name.vi, s.weight])).toEqual([
      ['a', 'a', undefined],
      ['b', 'b', undefined],
    ]);
    const x = d?.observations[0];
    expect([...(x?.subIndices ?? [])]).toEqual([
      ['a', 5.5],
      ['b', 8.88],
    ]);
    expect(x?.total).toBe(71.9);
    expect(x?.respondents).toBe(2);
    expect(o.report.rows.map((r) => [r.unit, r.score, r.rank])).toEqual([
      ['X', 71.9, 1],
      ['Y', 10, 2],
    ]);
  });

  it('apply the chosen normalisation (min–max per year: best 10, worst 1)', () => {
    const text = `${HEADER}\n2020,H,X,1,5,3,5\n2020,H,Y,1,1,1,1\n2020,H,Z,1,3,3,3\n`;
    const o = importText(text, { normalisation: 'minmax' });
    expect(o.report.issues.find((i) => i.code === 'RESPONSES_AGGREGATED')?.value).toBe('minmax');
    // Raws 4, 1 and 3: Z gets 1 + 9 × (3 − 1) / (4 − 1) = 7.
    expect(o.dataset?.observations.map((x) => x.subIndices.get('a' as never))).toEqual([10, 1, 7]);
  });

  it('read answers on another scale, and decimal commas in a semicolon file', () => {
    const o = importText('Năm;Đơn vị;Mã phiếu;a.1\n2020;X;1;7,5\n2020;X;2;2,5\n', {
      group: 'Huyện',
      answerScale: { min: 0, max: 10 },
    });
    expect(errors(o)).toEqual([]);
    // raw 5 on 0–10 → 1 + 9 × 0.5 = 5.5.
    expect(o.dataset?.observations[0]?.subIndices.get('a' as never)).toBe(5.5);
  });

  it('take the year from the options when the file has none, and wait for it otherwise', () => {
    const text = 'Khối,Đơn vị,Mã phiếu,a.1,a.2\nH,X,1,4,4\n';
    const waiting = importText(text);
    expect(waiting.report.ok).toBe(true);
    expect(waiting.dataset).toBeNull();
    expect(codes(waiting)).toContain('YEAR_MISSING');
    expect(importText(text, { year: 2021 }).dataset?.years).toEqual([2021]);
  });
});

describe('refusals, located', () => {
  it.each([
    [
      'an answer outside the scale',
      `${HEADER}\n2020,H,X,1,6,3,5\n`,
      ['error ANSWER_OUT_OF_SCALE 2:2:E "6"'],
    ],
    [
      'an answer that is not a number',
      `${HEADER}\n2020,H,X,1,4,abc,5\n`,
      ['error NOT_A_NUMBER 2:2:F "abc"'],
    ],
    [
      'the same questionnaire id twice for a unit-year',
      `${HEADER}\n2020,H,X,7,4,4,4\n2020,H,X,7,3,3,3\n2020,H,Y,7,3,3,3\n`,
      ['error DUPLICATE_RESPONDENT 3:3:D "7"'],
    ],
    [
      'no unit column',
      'Năm,Mã phiếu,a.1,a.2\n2020,1,3,3\n',
      ['error MISSING_REQUIRED_COLUMN 1:1:- "Đơn vị"'],
    ],
    ['a blank year', `${HEADER}\n,H,X,1,4,4,4\n`, ['error YEAR_MISSING 2:2:A ""']],
    [
      'a row with too many fields',
      `${HEADER}\n2020,H,X,1,4,4,4,4\n`,
      ['error TOO_MANY_FIELDS 2:2:H "4"'],
    ],
  ])('refuses %s', (_name, text, expected) => {
    const o = importText(text);
    expect(o.report.ok).toBe(false);
    expect(o.dataset).toBeNull();
    expect(errors(o)).toEqual(expected);
  });

  it('lists every line of a questionnaire id used three times', () => {
    const o = importText(`${HEADER}\n2020,H,X,7,4,4,4\n2020,H,X,7,3,3,3\n2020,H,X,7,3,3,3\n`);
    const dup = o.report.issues.find((i) => i.code === 'DUPLICATE_RESPONDENT');
    expect(dup?.params.count).toBe(3);
    expect(dup?.related.map((r) => r.line)).toEqual([2, 4]);
  });

  it('refuses an indicator whose code is not a sub-index of the metadata', () => {
    const text = `Năm,Khối,Đơn vị,Mã phiếu,transparency.1,foo.1\n2020,"Huyện, thành phố",Ba Bể,1,4,4\n`;
    const o = importText(text, { meta });
    expect(errors(o)).toEqual(['error INDICATOR_UNKNOWN_SUB_INDEX 1:1:F "foo.1"']);
  });

  it('refuses a group the metadata does not know', () => {
    const text = `Năm,Khối,Đơn vị,Mã phiếu,transparency.1\n2020,Xã,Ba Bể,1,4\n`;
    expect(errors(importText(text, { meta }))).toEqual(['error UNKNOWN_GROUP 2:2:B "Xã"']);
  });

  it('warns about a sub-index nobody answered, and imports the rest', () => {
    const o = importText(`${HEADER}\n2020,H,X,1,4,4,\n2020,H,X,2,3,,\n`);
    expect(o.report.ok).toBe(true);
    const warning = o.report.issues.find((i) => i.code === 'SUB_INDEX_NO_ANSWERS');
    expect(warning && brief(warning)).toBe('warning SUB_INDEX_NO_ANSWERS 1:1:G "b"');
    expect(o.dataset?.observations[0]?.subIndices.get('b' as never)).toBeNull();
    // a: respondent means 4 and 3 → 1 + 9 × 2.5 / 4 = 6.625 → 6.63; the total uses a alone.
    expect(o.dataset?.observations[0]?.total).toBe(66.3);
  });
});

describe('response-level import: properties', () => {
  const cell = fc.oneof(
    fc.constantFrom('', '1', '2', '3', '4', '5', '0', '6', 'x', '3.5', '-', ' 2 ', '1e3', '"4"'),
    fc.string({ maxLength: 4 }),
  );
  it('never throws on mutated response files, and every issue points at an existing line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 0, maxLength: 9 }), { minLength: 0, maxLength: 12 }),
        (body) => {
          const lines = body.map((cells) => ['2020', 'H', 'X', ...cells].join(','));
          const text = [HEADER, ...lines].join('\n');
          const o = importText(text);
          const count = text.split('\n').length;
          for (const issue of o.report.issues) {
            if (issue.line !== null) expect(issue.line).toBeLessThanOrEqual(count);
            for (const r of issue.related)
              if (r.line !== null) expect(r.line).toBeLessThanOrEqual(count);
          }
          if (o.dataset !== null) {
            for (const obs of o.dataset.observations) {
              if (obs.total !== null) expect(obs.total).toBeGreaterThanOrEqual(10);
              if (obs.total !== null) expect(obs.total).toBeLessThanOrEqual(100);
            }
          }
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });
});
