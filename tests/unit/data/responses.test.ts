import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cell, DATA_DIR, hundredths, MARKER, readCsv, readMeta } from './dataFiles.ts';

/**
 * Recomputes the dataset from the response-level file exactly as data/README.md documents it,
 * independently of the generator (plain floating point, rounded half up to 2 decimals).
 */
const responses = readCsv('bac-kan-dcci-responses.csv');
const dcci = readCsv('bac-kan-dcci.csv');
const meta = readMeta('bac-kan-dcci.meta.json');
const groupId = new Map(meta.groups.flatMap((g) => (g.aliases ?? []).map((a) => [a, g.id])));

// Half up on the exact value; the epsilon absorbs binary representation error (e.g. 7.004999…).
const round2 = (x: number): number => Math.floor(x * 100 + 0.5 + 1e-7);

interface Recomputed {
  scores: Map<string, number | null>;
  total: number | null;
  respondents: number;
  se: number | null;
}

function recompute(key: string): Recomputed {
  const [year, group, unit] = key.split('|');
  const rs = responses.rows.filter(
    (r) => cell(r, 'Năm') === year && cell(r, 'Khối') === group && cell(r, 'Đơn vị') === unit,
  );
  const gid = groupId.get(group ?? '') ?? '';
  const subs = meta.subIndices.filter((s) => s.groups === undefined || s.groups.includes(gid));
  const indicators = (id: string): string[] =>
    responses.header.filter((h) => h.startsWith(`${id}.`));
  // Respondent mean per sub-index over the indicators they answered.
  const means = rs.map((r) =>
    subs.map((s) => {
      const answers = indicators(s.id)
        .map((h) => cell(r, h))
        .filter((v) => v !== '')
        .map(Number);
      return answers.length === 0 ? null : answers.reduce((a, b) => a + b, 0) / answers.length;
    }),
  );
  const scores = new Map<string, number | null>();
  subs.forEach((s, i) => {
    const ms = means.map((m) => m[i]).filter((m): m is number => m !== null && m !== undefined);
    const raw = ms.length === 0 ? null : ms.reduce((a, b) => a + b, 0) / ms.length;
    scores.set(s.id, raw === null ? null : round2(1 + (9 * (raw - 1)) / 4));
  });
  const present = subs.filter((s) => scores.get(s.id) !== null);
  const w = present.reduce((a, s) => a + (s.weight ?? 0), 0);
  const total =
    present.length === 0
      ? null
      : round2(
          (10 *
            present.reduce((a, s) => a + (s.weight ?? 0) * ((scores.get(s.id) ?? 0) / 100), 0)) /
            w,
        );
  const perRespondent = means.map(
    (m) =>
      (10 *
        present.reduce((a, s) => {
          const mean = m[subs.indexOf(s)] ?? 1;
          return a + (s.weight ?? 0) * (1 + (9 * (mean - 1)) / 4);
        }, 0)) /
      w,
  );
  const n = perRespondent.length;
  const avg = perRespondent.reduce((a, b) => a + b, 0) / n;
  const variance = perRespondent.reduce((a, t) => a + (t - avg) ** 2, 0) / (n - 1);
  return { scores, total, respondents: n, se: n < 2 ? null : round2(Math.sqrt(variance / n)) };
}

describe('the response-level file data/bac-kan-dcci-responses.csv', () => {
  it('is marked illustrative, small enough to ship, and has one column per indicator', () => {
    expect(responses.title).toContain(MARKER);
    expect(statSync(join(DATA_DIR, 'bac-kan-dcci-responses.csv')).size).toBeLessThan(1.5e6);
    expect(responses.header.slice(0, 4)).toEqual(['Năm', 'Khối', 'Đơn vị', 'Mã phiếu']);
    for (const h of responses.header.slice(4)) expect(h).toMatch(/^[a-z-]+\.\d$/);
  });

  it('holds only answers 1–5 or empty cells, and unique questionnaire ids', () => {
    const ids = responses.rows.map((r) => cell(r, 'Mã phiếu'));
    expect(new Set(ids).size).toBe(ids.length);
    const allowed = new Set(['', '1', '2', '3', '4', '5']);
    const bad = responses.rows.flatMap((r) =>
      responses.header.slice(4).filter((h) => !allowed.has(cell(r, h))),
    );
    expect(bad).toEqual([]);
  });

  it('aggregates back to every score, total, respondent count and standard error of the dataset', () => {
    const subColumn = new Map(meta.subIndices.map((s) => [s.id, s.columns[0] ?? '']));
    expect(dcci.rows.length).toBeGreaterThan(90);
    for (const row of dcci.rows) {
      const key = `${cell(row, 'Năm')}|${cell(row, 'Khối')}|${cell(row, 'Đơn vị')}`;
      const r = recompute(key);
      for (const [id, score] of r.scores) {
        expect(hundredths(cell(row, subColumn.get(id) ?? '')), `${key} ${id}`).toBe(score);
      }
      expect(hundredths(cell(row, 'Điểm tổng hợp')), key).toBe(r.total);
      expect(Number(cell(row, 'Số phiếu')), key).toBe(r.respondents);
      expect(hundredths(cell(row, 'Sai số chuẩn')), key).toBe(r.se);
    }
  });

  it('has no respondents for unit-years absent from the dataset', () => {
    const keys = new Set(
      dcci.rows.map((r) => `${cell(r, 'Năm')}|${cell(r, 'Khối')}|${cell(r, 'Đơn vị')}`),
    );
    for (const r of responses.rows) {
      expect(keys.has(`${cell(r, 'Năm')}|${cell(r, 'Khối')}|${cell(r, 'Đơn vị')}`)).toBe(true);
    }
  });
});
