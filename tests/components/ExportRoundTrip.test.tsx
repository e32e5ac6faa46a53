import { act, cleanup, render, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { Suspense } from 'react';
import type { ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportInfo, ExportTable } from '../../src/export/types.ts';
import { summaryRowsFor } from '../../src/domain/dataset.ts';
import { slug } from '../../src/domain/names.ts';
import { rankScores } from '../../src/domain/ranking.ts';
import type { Dataset, GroupId, SubIndexId, SummaryRow } from '../../src/domain/types.ts';
import {
  csvBlobParts,
  csvTitle,
  datasetTable,
  writeCsv,
  type CsvDialect,
} from '../../src/export/csv.ts';
import { tableCsv, withYearAndGroup } from '../../src/export/tableCsv.ts';
import { importBytes } from '../../src/import/importDataset.ts';
import type { ImportOutcome } from '../../src/import/model.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/urlState.ts';
import type { ScreenProps } from '../../src/views/screenProps.ts';
import { RankingView } from '../../src/views/ranking/RankingView.tsx';
import CompareScreen from '../../src/views/compare/CompareScreen.tsx';
import DistributionScreen from '../../src/views/distribution/DistributionScreen.tsx';
import MapScreen from '../../src/views/map/MapScreen.tsx';
import ScorecardScreen from '../../src/views/scorecard/ScorecardScreen.tsx';
import SubIndicesScreen from '../../src/views/subindices/SubIndicesScreen.tsx';
import TrendsScreen from '../../src/views/trends/TrendsScreen.tsx';
import WeightsScreen from '../../src/views/weights/WeightsScreen.tsx';
import { makeDataset, type RowSpec } from '../fixtures/builders.ts';
import { resolvedView } from '../fixtures/screenView.ts';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`ExportRoundTrip.test.tsx fast-check seed: ${SEED}`);

/**
 * Issue 11, point 10: every CSV the app writes — each view's chart CSV, as the export dialog
 * writes it (ChartFrame's table and info → withYearAndGroup → tableCsv under csvTitle), and the
 * whole dataset — re-imports through the real importer, in both dialects, to the units, years,
 * groups, scores and ranks the app shows. The frame is replaced by a recorder of what each
 * view hands it; the views are the real ones.
 */
type Frame = { table: ExportTable | undefined; info: ExportInfo | undefined; title: string };
const frames: Frame[] = [];
// The frame hands its tools slot what it shows; the view's slot returns its export menu, whose
// props are the table and info the export dialog writes.
vi.mock('../../src/charts/ChartFrame.tsx', () => ({
  ChartFrame: (props: {
    title: string;
    tools?: (frame: unknown) => { props?: { table?: ExportTable; info?: ExportInfo } } | null;
  }) => {
    const menu = props.tools?.({ frame: {}, renderChart: () => null, shownWidth: 600 }) ?? null;
    frames.push({ table: menu?.props?.table, info: menu?.props?.info, title: props.title });
    return null;
  },
}));

afterEach(cleanup);

const SCREENS: readonly (readonly [ViewState['view'], ComponentType<ScreenProps>])[] = [
  ['ranking', RankingView],
  ['scorecard', ScorecardScreen],
  ['compare', CompareScreen],
  ['trends', TrendsScreen],
  ['subindices', SubIndicesScreen],
  ['distribution', DistributionScreen],
  ['map', MapScreen],
  ['weights', WeightsScreen],
];

const GROUPS = [
  { id: 'districts', name: { vi: 'Huyện, thành phố', en: 'Districts and city' } },
  { id: 'departments', name: { vi: 'Sở, ban, ngành', en: 'Departments' } },
] as const;
const NAMES = {
  districts: ['Ba Bể', 'Bạch Thông', 'Chợ Đồn', 'Chợ Mới', 'Na Rì', 'Pác Nặm'],
  departments: ['Sở Tư pháp', 'Sở Tài chính', 'Sở Y tế', 'Sở Xây dựng'],
} as const;

/** Generated datasets: 1–3 years, 1–2 groups, 0–2 sub-indices, ties, missing totals, 0–10 or 0–100. */
const datasets = fc
  .record({
    years: fc.uniqueArray(fc.integer({ min: 2018, max: 2023 }), { minLength: 1, maxLength: 3 }),
    groups: fc.integer({ min: 1, max: 2 }),
    units: fc.integer({ min: 2, max: 4 }),
    subs: fc.integer({ min: 0, max: 2 }),
    scaleMax: fc.constantFrom(10, 100),
    published: fc.boolean(),
    median: fc.boolean(),
    index: fc.constantFrom('DCCI', 'DDCI', 'PAPI'),
    // Few distinct values, so that ties are common; null is a missing total.
    cents: fc.array(
      fc.option(fc.constantFrom(4512, 4512, 5025, 6150, 7000, 7233, 9999), { freq: 6 }),
      {
        minLength: 40,
        maxLength: 40,
      },
    ),
  })
  .map((g) => {
    const years = [...g.years].sort((a, b) => a - b);
    const k = g.scaleMax / 100;
    let n = 0;
    const next = () => {
      const c = g.cents[n++ % g.cents.length] ?? null;
      return c === null ? null : Math.round(c * k) / 100;
    };
    const specs: RowSpec[] = [];
    for (const group of GROUPS.slice(0, g.groups))
      for (const year of years) {
        const names = NAMES[group.id].slice(0, g.units);
        const totals = names.map(() => next());
        // The first unit always has a total, so every year has something ranked.
        if (totals[0] === null) totals[0] = g.scaleMax / 2;
        const ranks = rankScores(totals);
        names.forEach((unit, i) =>
          specs.push({
            unit,
            group: group.id,
            year,
            total: totals[i] ?? null,
            rank: g.published ? (ranks[i] ?? null) : null,
            subs: Object.fromEntries(
              Array.from({ length: g.subs }, (_, s) => [
                `Chỉ số ${s + 1}`,
                (i + s) % 3 === 2 ? null : 5 + s,
              ]),
            ),
          }),
        );
      }
    const groups = GROUPS.slice(0, g.groups).map((gr) => ({ id: gr.id as GroupId, name: gr.name }));
    const summaryRows: SummaryRow[] = g.median
      ? years.map((year) => ({
          name: 'Trung vị các đơn vị',
          year,
          groupId: null,
          total: g.scaleMax / 2,
        }))
      : [];
    const dataset = makeDataset(specs, {
      indexName: g.index,
      title: { vi: `Kết quả thử ${years[0]}`, en: `Test results ${years[0]}` },
      groups,
      ...(g.scaleMax === 100
        ? {}
        : { scale: { total: { min: 0, max: 10 }, subIndex: { min: 0, max: 10 } } }),
      ...(summaryRows.length > 0 ? { summaryRows } : {}),
    });
    return {
      ...dataset,
      subIndices: dataset.subIndices.map((s) => ({ ...s, id: s.id as SubIndexId })),
    };
  });

/** The rank the app shows: the published one, else computed among the group's totals that year. */
function shownRank(d: Dataset, unitId: string, year: number): number | null {
  const unit = d.units.find((u) => u.id === unitId);
  const peers = d.observations.filter(
    (o) => o.year === year && d.units.find((u) => u.id === o.unitId)?.groupId === unit?.groupId,
  );
  const own = peers.find((o) => o.unitId === unitId);
  if (own?.publishedRank != null) return own.publishedRank;
  const ranks = rankScores(peers.map((o) => o.total));
  return ranks[peers.findIndex((o) => o.unitId === unitId)] ?? null;
}

async function reimport(csv: string): Promise<ImportOutcome> {
  const bytes = new Uint8Array(await new Blob(csvBlobParts(csv)).arrayBuffer());
  return importBytes(bytes, { fileName: 'export.csv' });
}

/** Every re-imported row is a unit-year the dataset has, with the total and rank the app shows. */
function expectTruth(d: Dataset, out: ImportOutcome, lang: 'vi' | 'en', where: string): void {
  expect(out.report.ok, where).toBe(true);
  expect(out.dataset, where).not.toBeNull();
  for (const r of out.report.rows) {
    const group = d.groups.find((g) => slug(g.name[lang]) === r.group);
    expect(group, `${where}: group ${r.group}`).toBeDefined();
    const unit = d.units.find((u) => u.name === r.unit && u.groupId === group?.id);
    expect(unit, `${where}: unit ${r.unit}`).toBeDefined();
    const obs = d.observations.find((o) => o.unitId === unit?.id && o.year === r.year);
    // A year the dataset lacks (a gap in a trend line) comes back as a missing score, never a number.
    if (obs === undefined) {
      expect([r.score, r.rank], `${where}: ${r.unit} ${r.year}`).toEqual([null, null]);
      continue;
    }
    expect([r.score, r.rank], `${where}: ${r.unit} ${r.year}`).toEqual([
      obs?.total ?? null,
      obs?.total == null ? null : shownRank(d, unit?.id ?? '', r.year ?? 0),
    ]);
    // Sub-index scores the table shows come back under their names (subindices view).
    for (const [header, value] of r.subIndices) {
      const sub = d.subIndices.find((x) => x.name[lang] === header);
      if (sub !== undefined)
        expect(value, `${where}: ${r.unit} ${r.year} ${header}`).toBe(
          obs.subIndices.get(sub.id) ?? null,
        );
    }
  }
  expect(out.dataset?.indexName, where).toBe(d.indexName);
  expect(out.dataset?.scale?.total.max ?? 100, where).toBe(d.scale?.total.max ?? 100);
}

/** The unit names a table lists in its unit column (or the unit of a unit's history). */
function shownUnits(table: ExportTable): string[] {
  const col = table.header.findIndex((h) => ['đơn vị', 'unit'].includes(h.trim().toLowerCase()));
  if (col < 0) return [];
  return table.rows.map((r) => String(r[col] ?? '')).filter((n) => !n.startsWith('Trung vị'));
}

type SubIndexTable = {
  /** The unit columns, each with the unit name it shows (compare letters dropped). */
  readonly units: readonly { readonly index: number; readonly unit: string }[];
  /** The total row (compare), if the table has one. */
  readonly totals: readonly (string | number | null)[] | null;
  /** The group mean column and its total (compare), if any. */
  readonly mean: { readonly name: string; readonly total: number } | null;
};

const STAT_HEADER =
  /^(?:hạng|rank|chênh lệch|difference|trung bình|average|trung vị|median|cao nhất|best|group average)/i;

/** A table whose rows are sub-indices, after the added year and group ("Chỉ số thành phần | A. Ba Bể | …"), else null. */
function subIndexTable(table: ExportTable): SubIndexTable | null {
  const first = table.header.findIndex(
    (h) => !['năm', 'khối', 'year', 'group'].includes(h.trim().toLowerCase()),
  );
  const head = table.header[first]?.trim().toLowerCase() ?? '';
  if (!['chỉ số thành phần', 'sub-index'].includes(head)) return null;
  const totals =
    table.rows.find((r) => ['Điểm tổng hợp', 'Total score'].includes(String(r[first]))) ?? null;
  const meanAt = table.header.findIndex((h) => ['Trung bình khối', 'Group average'].includes(h));
  const meanTotal = meanAt < 0 ? null : totals?.[meanAt];
  return {
    units: table.header.flatMap((h, index) =>
      index <= first || STAT_HEADER.test(h.trim())
        ? []
        : [{ index, unit: h.replace(/^[A-Z]\. /, '') }],
    ),
    totals,
    mean:
      typeof meanTotal === 'number' ? { name: table.header[meanAt] ?? '', total: meanTotal } : null,
  };
}

/**
 * A sub-indices-as-rows CSV re-imports to one row per unit column: that unit in the year and
 * group shown, the total of the table's total row (none without one), every sub-index value the
 * table shows, and the group mean (compare) as a summary row.
 */
function expectTransposed(
  d: Dataset,
  out: ImportOutcome,
  lang: 'vi' | 'en',
  year: number,
  shown: SubIndexTable,
  where: string,
): void {
  expect(out.report.ok, where).toBe(true);
  expect(out.dataset, where).not.toBeNull();
  expect(
    out.report.issues.map((i) => i.code),
    where,
  ).toContain('SUB_INDEX_ROWS_RESHAPED');
  expect(
    out.report.rows.map((r) => r.unit),
    where,
  ).toEqual(shown.units.map((c) => c.unit));
  for (const r of out.report.rows) {
    const group = d.groups.find((g) => slug(g.name[lang]) === r.group);
    const unit = d.units.find((u) => u.name === r.unit && u.groupId === group?.id);
    expect(unit, `${where}: unit ${r.unit}`).toBeDefined();
    expect(r.year, where).toBe(year);
    const obs = d.observations.find((o) => o.unitId === unit?.id && o.year === year);
    expect(obs, `${where}: ${r.unit} ${year}`).toBeDefined();
    expect(r.score, `${where}: ${r.unit} total`).toBe(
      shown.totals === null ? null : (obs?.total ?? null),
    );
    for (const sub of d.subIndices)
      expect(
        r.subIndices.get(sub.name[lang]) ?? null,
        `${where}: ${r.unit} ${sub.name[lang]}`,
      ).toBe(obs?.subIndices.get(sub.id) ?? null);
  }
  expect(
    (out.dataset?.summaryRows ?? []).map((r) => [r.name, r.year, r.total]),
    where,
    // A computed mean comes back with the 15 significant digits a CSV cell keeps (csv.ts).
  ).toEqual(
    shown.mean === null ? [] : [[shown.mean.name, year, Number(shown.mean.total.toPrecision(15))]],
  );
  expect(out.dataset?.indexName, where).toBe(d.indexName);
}

describe('every chart CSV and the whole-dataset CSV re-import to what the app shows', () => {
  it('each view, both dialects: same units, years, groups, scores and ranks', async () => {
    await fc.assert(
      fc.asyncProperty(datasets, fc.constantFrom<'vi' | 'en'>('vi', 'en'), async (d, lang) => {
        const group = (d.groups[0]?.id ?? '') as GroupId;
        const year = d.years[d.years.length - 1] ?? 0;
        const units = d.units.filter((u) => u.groupId === group).map((u) => u.id);
        const seen = new Set<ViewState['view']>();
        for (const [view, Screen] of SCREENS) {
          frames.length = 0;
          const state: ViewState = {
            ...DEFAULT_VIEW_STATE,
            lang,
            ds: 'test',
            view,
            group,
            year,
            unit: units[0] ?? null,
            units: units.slice(0, 2),
          };
          render(
            <Suspense fallback={null}>
              <Screen
                dataset={d}
                view={resolvedView(d, state)}
                lang={lang}
                t={translator(lang)}
                onSelect={vi.fn()}
              />
            </Suspense>,
          );
          await act(async () => {});
          // The scorecard holds its place until its statistics arrive: wait for the screen.
          await waitFor(
            () => expect(document.querySelector('.view-placeholder[aria-busy="true"]')).toBeNull(),
            { timeout: 5000 },
          );
          cleanup();
          // The last render of each chart is what the user exports.
          const last = new Map(frames.map((f) => [f.title, f]));
          if ([...last.values()].some((f) => f.table !== undefined && f.info !== undefined))
            seen.add(view);
          for (const { table, info, title } of last.values()) {
            if (table === undefined || info === undefined) continue;
            const shown = withYearAndGroup(table, info, lang);
            for (const dialect of ['plain', 'excel-vi'] as const) {
              const where = `${view} «${title}» ${dialect} ${lang}`;
              const out = await reimport(
                tableCsv(
                  shown,
                  csvTitle(info.dataset, lang, info.view.startsWith('weights')),
                  dialect,
                ),
              );
              if (info.view.startsWith('weights')) {
                // What-if totals are not a ranking: refused, with that reason.
                const errors = out.report.issues.filter((i) => i.severity === 'error');
                expect(
                  errors.map((i) => i.code),
                  where,
                ).toEqual(['WHAT_IF_NOT_A_RANKING']);
                continue;
              }
              const bySubIndex = subIndexTable(shown);
              if (bySubIndex !== null) {
                // Sub-indices as rows, units as columns (compare, a unit's sub-indices): one row
                // per unit, with the totals and sub-index values the table shows.
                expectTransposed(d, out, lang, year, bySubIndex, where);
                continue;
              }
              const names = shownUnits(shown);
              if (names.length === 0) {
                // Any other table without units is no ranking: refused, never imported as
                // something else.
                expect(out.report.ok, where).toBe(false);
                continue;
              }
              expectTruth(d, out, lang, where);
              expect(new Set(out.report.rows.map((r) => r.unit)), where).toEqual(new Set(names));
              if (view === 'ranking') {
                const kept = summaryRowsFor(d, group, year).map((r) => [r.name, r.total]);
                expect(
                  (out.dataset?.summaryRows ?? []).map((r) => [r.name, r.total]),
                  where,
                ).toEqual(kept);
              }
            }
          }
        }
        // The recorder must see the export tables: a view that hands none would pass unchecked.
        for (const view of [
          'ranking',
          'scorecard',
          'compare',
          'trends',
          'distribution',
          'map',
        ] as const)
          expect(seen.has(view), `${view}: an export table was recorded`).toBe(true);
      }),
      { seed: SEED, numRuns: 12 },
    );
  }, 120_000);

  it.each(['plain', 'excel-vi'] as const)(
    'the whole dataset (%s): every observation, sub-index, summary row, index and scale',
    async (dialect: CsvDialect) => {
      await fc.assert(
        fc.asyncProperty(datasets, async (d) => {
          const out = await reimport(writeCsv(datasetTable(d, 'vi'), dialect));
          expectTruth(d, out, 'vi', `dataset ${dialect}`);
          const back = out.dataset;
          expect(back?.observations.length).toBe(d.observations.length);
          expect(back?.years).toEqual(d.years);
          const subs = (ds: Dataset) =>
            ds.observations.map((o) => ds.subIndices.map((s) => o.subIndices.get(s.id) ?? null));
          if (back) expect(subs(back)).toEqual(subs(d));
          const groupName = (ds: Dataset, id: string | null) =>
            id === null ? null : (ds.groups.find((g) => g.id === id)?.name.vi ?? '?');
          const summaries = (ds: Dataset) =>
            (ds.summaryRows ?? []).map((r) => [r.name, r.year, groupName(ds, r.groupId), r.total]);
          if (back) expect(summaries(back)).toEqual(summaries(d));
        }),
        { seed: SEED, numRuns: 40 },
      );
    },
  );
});
