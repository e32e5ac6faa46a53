import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slug } from '../../../src/domain/names.ts';
import { importBytes } from '../../../src/import/importDataset.ts';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`roundtrip.test.ts fast-check seed: ${SEED}`);

/**
 * What the app's CSV export must write for a re-import to give back the same rows (RELIABILITY.md
 * S2 and persistence rule 7): UTF-8 with BOM; RFC 4180 quoting; numbers as numbers; a leading `'`
 * on text that starts with = + - @ tab or CR — and on text that already starts with `'` followed
 * by one of those, so the importer's "strip exactly one `'`" is reversible.
 */
function writeCsv(
  rows: readonly Row[],
  subNames: readonly string[],
  dialect: 'plain' | 'vi-excel',
): Uint8Array {
  const delimiter = dialect === 'plain' ? ',' : ';';
  const decimal = dialect === 'plain' ? '.' : ',';
  const text = (s: string): string => {
    const safe = /^'*[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /[",;\r\n\t]/.test(safe) || safe !== safe.trim()
      ? `"${safe.replaceAll('"', '""')}"`
      : safe;
  };
  const num = (n: number | null): string => (n === null ? '' : String(n).replace('.', decimal));
  const lines = [
    ['Năm', 'Khối', 'Đơn vị', 'Điểm tổng hợp', 'Xếp hạng', ...subNames].map(text).join(delimiter),
    ...rows.map((r) =>
      [
        String(r.year),
        text(r.group),
        text(r.unit),
        num(r.total),
        r.rank === null ? '' : String(r.rank),
        ...r.subs.map(num),
      ].join(delimiter),
    ),
  ];
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

interface Row {
  readonly year: number;
  readonly group: string;
  readonly unit: string;
  readonly total: number | null;
  readonly rank: number | null;
  readonly subs: readonly (number | null)[];
}

const syllable = fc.constantFrom(
  'Ba',
  'Bể',
  'Chợ',
  'Đồn',
  'Sở',
  'Nội',
  'vụ',
  'Công',
  'Thương',
  'Na',
  'Rì',
  'Pác',
  'Nặm',
  'Ngân',
  'Sơn',
  'Thành',
  'phố',
  'Bắc',
  'Kạn',
);
const prefix = fc.constantFrom('', '', '', '=', '+', '-', '@', "'=", "'", '"', '<b>', 'Sở, ');
const unitName = fc
  .tuple(
    prefix,
    fc.array(syllable, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', '', ' "A"', '\n(mới)'),
  )
  .map(([p, words, suffix]) => `${p}${words.join(' ')}${suffix}`.replace(/\s+/g, ' ').trim());
const score = (max: number) =>
  fc.option(
    fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100),
    { nil: null, freq: 5 },
  );

const dataset = fc
  .record({
    units: fc.uniqueArray(unitName, { minLength: 1, maxLength: 12, selector: (n) => slug(n) }),
    years: fc.uniqueArray(fc.integer({ min: 2005, max: 2030 }), { minLength: 1, maxLength: 3 }),
    groups: fc.uniqueArray(
      fc.constantFrom('Huyện, thành phố', 'Sở, ban, ngành', 'Cơ quan Trung ương'),
      { minLength: 1, maxLength: 2 },
    ),
    subCount: fc.integer({ min: 0, max: 4 }),
    ranked: fc.boolean(),
  })
  .chain(({ units, years, groups, subCount, ranked }) =>
    fc
      .array(
        fc.tuple(score(100), fc.array(score(10), { minLength: subCount, maxLength: subCount })),
        {
          minLength: units.length * years.length * groups.length,
          maxLength: units.length * years.length * groups.length,
        },
      )
      .map((values) => {
        const rows: Row[] = [];
        let i = 0;
        for (const group of groups)
          for (const year of years)
            for (const unit of units) {
              const [total, subs] = values[i++] ?? [null, []];
              rows.push({
                year,
                group,
                unit,
                total,
                rank: ranked && total !== null ? 1 : null,
                subs,
              });
            }
        // Published ranks consistent with scores (competition ranking within year and group).
        const ranked2 = rows.map((r) =>
          r.rank === null
            ? r
            : {
                ...r,
                rank:
                  1 +
                  rows.filter(
                    (o) =>
                      o.group === r.group &&
                      o.year === r.year &&
                      o.total !== null &&
                      r.total !== null &&
                      o.total > r.total,
                  ).length,
              },
        );
        // A column with no value at all is "empty" and ignored by design (COLUMN_IGNORED): give
        // every sub-index at least one value so the column is recognisably numeric.
        const filled = ranked2.map((r, n) =>
          n === 0 ? { ...r, subs: r.subs.map((v) => v ?? 5) } : r,
        );
        return {
          rows: filled,
          subNames: Array.from({ length: subCount }, (_, k) => `Chỉ số ${k + 1}`),
        };
      }),
  );

describe('CSV round trip through both dialects', () => {
  it.each(['plain', 'vi-excel'] as const)(
    '%s: a written dataset re-imports to the same rows',
    (dialect) => {
      fc.assert(
        fc.property(dataset, ({ rows, subNames }) => {
          const { report, dataset: imported } = importBytes(writeCsv(rows, subNames, dialect), {
            fileName: 'export.csv',
          });
          expect(report.issues.filter((i) => i.severity !== 'notice')).toEqual([]);
          expect(report.encoding).toBe('utf-8-bom');
          expect(report.delimiter).toBe(dialect === 'plain' ? ',' : ';');
          expect(
            report.rows.map((r) => [
              r.year,
              r.unit,
              r.score,
              r.rankSource === 'published' ? r.rank : null,
              [...r.subIndices.values()],
            ]),
          ).toEqual(rows.map((r) => [r.year, r.unit, r.total, r.rank, r.subs]));
          expect(imported?.observations.length).toBe(rows.length);
        }),
        { seed: SEED, numRuns: 150 },
      );
    },
  );
});
