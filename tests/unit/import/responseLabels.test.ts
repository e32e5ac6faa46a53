import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRespondents } from '../../../src/domain/respondents.ts';
import { indicatorSubIndex, splitIndicatorHeader } from '../../../src/domain/responses.ts';
import { importSmall } from '../../fixtures/respondents/small.ts';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`import/responseLabels.test.ts fast-check seed: ${SEED}`);

/** The rule in regex form (fine on short inputs): `<code> <label>` with the code an indicator. */
function reference(header: string) {
  const text = header.trim();
  const whole = indicatorSubIndex(text);
  if (whole !== null) return { code: text, subIndex: whole, label: null };
  const m = /^(.*?[._]\d+)[ \t\u00a0\u3000\u2000-\u200a]([\s\S]*)$/u.exec(text);
  if (!m) return null;
  const code = m[1] as string;
  const label = (m[2] as string).trim();
  const sub = indicatorSubIndex(code);
  if (sub === null || label === '' || /[\n\r\u2028\u2029]/.test(label)) return null;
  return { code, subIndex: sub, label };
}

describe('indicator headers with a label', () => {
  it('splits the code from the label', () => {
    expect(splitIndicatorHeader('transparency.1 Tiếp cận tài liệu quy hoạch')).toEqual({
      code: 'transparency.1',
      subIndex: 'transparency',
      label: 'Tiếp cận tài liệu quy hoạch',
    });
    expect(splitIndicatorHeader('  access_12   Thời gian chờ ')).toEqual({
      code: 'access_12',
      subIndex: 'access',
      label: 'Thời gian chờ',
    });
    expect(splitIndicatorHeader('transparency.1')).toEqual({
      code: 'transparency.1',
      subIndex: 'transparency',
      label: null,
    });
    expect(splitIndicatorHeader('7.5 điểm')).toBeNull();
    expect(splitIndicatorHeader('Điểm tổng hợp')).toBeNull();
  });

  it('agrees with the regex form on generated headers', () => {
    const piece = fc.constantFrom('a', 'ă', '.', '_', '1', '9', ' ', '\u00a0', '\n', 'x y');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const header = parts.join('');
        expect(splitIndicatorHeader(header)).toEqual(reference(header));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('answers a 300-character worst case (the header name limit) in linear time', () => {
    for (const cell of ['a.1 '.repeat(75), 'a1 '.repeat(100), `${'a.'.repeat(149)}1 x`]) {
      expect(() => splitIndicatorHeader(cell.repeat(300))).not.toThrow();
    }
  });
});

describe('a response file with labelled indicators', () => {
  const { dataset, responses } = importSmall();

  it('keys answers by code and keeps the labels', () => {
    expect(responses.table.indicators).toEqual([
      'transparency.1',
      'transparency.2',
      'access.1',
      'access.2',
    ]);
    expect(responses.labels).toEqual({
      'transparency.1': 'Tiếp cận tài liệu quy hoạch',
      'transparency.2': 'Công khai ngân sách',
      'access.2': 'Thời gian chờ',
    });
    expect(responses.table.rows).toHaveLength(36);
    expect(dataset.subIndices.map((s) => s.id)).toEqual(['transparency', 'access']);
  });

  it('gives respondents that fit their dataset (checkRespondents)', () => {
    const checked = checkRespondents(JSON.parse(JSON.stringify(responses)) as unknown, dataset);
    expect(checked.ok).toBe(true);
  });

  it('refuses respondents off the answer scale, of other units, or too many', () => {
    const bad = (edit: (r: ReturnType<typeof structuredClone<typeof responses>>) => unknown) =>
      checkRespondents(edit(structuredClone(responses)), dataset).ok;
    expect(
      bad((r) => ({
        ...r,
        table: { ...r.table, rows: [{ ...r.table.rows[0], answers: [6, 1, 1, 1] }] },
      })),
    ).toBe(false);
    expect(
      bad((r) => ({ ...r, table: { ...r.table, rows: [{ ...r.table.rows[0], unitId: 'x.y' }] } })),
    ).toBe(false);
    expect(
      bad((r) => ({
        ...r,
        table: { ...r.table, rows: Array.from({ length: 10_001 }, () => r.table.rows[0]) },
      })),
    ).toBe(false);
    expect(bad((r) => ({ ...r, mapping: { ...r.mapping, subIndexIds: ['nope', 'access'] } }))).toBe(
      false,
    );
    expect(bad((r) => r)).toBe(true);
  });
});
