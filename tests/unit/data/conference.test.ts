import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONFERENCE_SECTIONS,
  CONFERENCE_VIEWS,
  tryParseConference,
} from '../../../src/domain/conference.ts';
import type { ConferenceStatement, ConferenceSummary } from '../../../src/domain/conference.ts';
import type { DatasetMeta } from '../../../src/domain/meta.ts';
import { unitId } from '../../../src/domain/names.ts';
import type { GroupId } from '../../../src/domain/types.ts';
import { VIEWS } from '../../../src/state/urlState.ts';
import { cell, readCsv, readData } from './dataFiles.ts';

const raw: unknown = JSON.parse(readData('conference-2020-01-06.json'));
const parsed = tryParseConference(raw);
const summary = raw as ConferenceSummary;
const statements: ConferenceStatement[] = CONFERENCE_SECTIONS.flatMap((s) => [...summary[s]]);

const DATASETS = new Map(
  [
    ['bac-kan-dcci', 'bac-kan-dcci.meta.json', 'bac-kan-dcci.csv'],
    ['pci', 'pci.meta.json', 'pci.csv'],
  ].map(([id, meta, csv]) => [
    id ?? '',
    datasetFacts(JSON.parse(readData(meta ?? '')) as DatasetMeta, csv ?? ''),
  ]),
);

/** A dataset's years and the ids its units can have (a group of its metadata + a row's name). */
function datasetFacts(meta: DatasetMeta, csv: string) {
  const { header, rows } = readCsv(csv);
  const nameColumn = header.includes('Đơn vị') ? 'Đơn vị' : 'Tỉnh, thành phố';
  const names = new Set(rows.map((r) => cell(r, nameColumn)));
  return {
    meta,
    years: new Set(rows.map((r) => Number(cell(r, 'Năm')))),
    units: new Set<string>(
      meta.groups.flatMap((g) => [...names].map((n) => unitId(g.id as GroupId, n))),
    ),
  };
}

describe('the conference summary of 06/01/2020', () => {
  it('passes the validator', () => {
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('gives the date, organiser, link point and the DCCI 2019 announcement', () => {
    expect(summary.date).toBe('2020-01-06');
    expect(summary.organiser.vi).toBe('UBND tỉnh Bắc Kạn');
    expect(summary.linkPoint.vi).toContain('Bạch Thông');
    expect(summary.announcement.vi).toContain('Hiệp hội Doanh nghiệp');
    expect(summary.announcement.vi).toContain('DCCI năm 2019');
    expect(summary.agenda.length).toBeGreaterThanOrEqual(3);
  });

  it('has statements in every section, each with Vietnamese and English text', () => {
    for (const section of ['achievements', 'shortcomings', 'directions'] as const) {
      expect(summary[section].length, section).toBeGreaterThan(0);
    }
    for (const s of statements) {
      expect(s.text.vi.trim(), s.id).not.toBe('');
      expect(s.text.en.trim(), s.id).not.toBe('');
      expect(s.text.vi, s.id).not.toBe(s.text.en);
    }
  });

  it('tags statements only with existing views, datasets, groups, sub-indices and years', () => {
    for (const { id, tags } of statements) {
      const ds = DATASETS.get(tags.dataset ?? 'bac-kan-dcci');
      expect(ds, id).toBeDefined();
      if (tags.view !== undefined) expect(CONFERENCE_VIEWS, id).toContain(tags.view);
      if (tags.group !== undefined)
        expect(
          ds?.meta.groups.map((g) => g.id),
          id,
        ).toContain(tags.group);
      if (tags.sub !== undefined)
        expect(
          ds?.meta.subIndices.map((s) => s.id),
          id,
        ).toContain(tags.sub);
      if (tags.year !== undefined) expect(ds?.years.has(tags.year), id).toBe(true);
      if (tags.unit !== undefined)
        expect(ds?.units.has(tags.unit), `${id}: ${tags.unit}`).toBe(true);
    }
  });

  it('opens the PCI statements on Bắc Kạn, and 2018–2019 (not in the PCI file) nowhere', () => {
    const byId = new Map(statements.map((s) => [s.id, s]));
    for (const id of ['ctx-pci-history', 'ctx-pci-scheme', 'ctx-pci-map'])
      expect(byId.get(id)?.tags.unit, id).toBe('provinces.bac-kan');
    // The PCI dataset has no 2017–2019: the side panel's PCI chart and the cited article hold these.
    expect(byId.get('ctx-pci-2018-2019')?.tags).toEqual({});
    expect(byId.get('ctx-pci-2018-2019')?.source).toMatch(/^https:\/\//);
  });

  it('lets a statement open every view the URL knows (CONFERENCE_VIEWS is the views list)', () => {
    expect(CONFERENCE_VIEWS).toEqual(VIEWS);
  });

  it('links the business environment to the 2019 district ranking and administrative reform to time costs', () => {
    const byId = new Map(statements.map((s) => [s.id, s]));
    expect(byId.get('ach-business-environment')?.tags).toMatchObject({
      view: 'ranking',
      group: 'districts',
      year: 2019,
    });
    expect(byId.get('sh-admin-reform')?.tags).toMatchObject({
      view: 'subindices',
      sub: 'time-costs',
    });
    expect(statements.some((s) => s.tags.dataset === 'pci')).toBe(true);
  });

  it('cites the conference page of the facts file and says it publishes no unit scores', () => {
    const facts = readData('sources/ddci_bac_kan_facts.csv');
    expect(facts).toContain(summary.source.url);
    expect(summary.note.en).toMatch(/no unit/i);
  });

  it.each([
    ['a missing English text', (s: ConferenceSummary) => ({ ...s, title: { vi: s.title.vi } })],
    [
      'an unknown view',
      (s: ConferenceSummary) => ({
        ...s,
        directions: [{ id: 'x', text: s.title, tags: { view: 'pie' } }],
      }),
    ],
    [
      'an empty unit id',
      (s: ConferenceSummary) => ({
        ...s,
        directions: [{ id: 'x', text: s.title, tags: { unit: '' } }],
      }),
    ],
    [
      'an unknown group',
      (s: ConferenceSummary) => ({
        ...s,
        directions: [{ id: 'x', text: s.title, tags: { group: 'communes' } }],
      }),
    ],
    [
      'a duplicate id',
      (s: ConferenceSummary) => ({ ...s, directions: [...s.achievements.slice(0, 1)] }),
    ],
    ['a non-ISO date', (s: ConferenceSummary) => ({ ...s, date: '06/01/2020' })],
  ])('is refused by the validator with %s', (_name, mutate) => {
    expect(tryParseConference(mutate(summary)).ok).toBe(false);
  });

  const seedPath = new URL('../../../../shared/seed/conference-2020-01-06.txt', import.meta.url);
  it.skipIf(!existsSync(seedPath))(
    'is written in our own words: no run of 10 words copied from the article',
    () => {
      const words = (t: string): string[] =>
        t
          .toLowerCase()
          .normalize('NFC')
          .match(/\p{L}+/gu) ?? [];
      const article = words(readFileSync(seedPath, 'utf8'));
      const runs = new Set(article.slice(0, -9).map((_, i) => article.slice(i, i + 10).join(' ')));
      const texts = [
        ...statements.map((s) => s.text.vi),
        ...summary.agenda.map((a) => a.vi),
        summary.announcement.vi,
      ];
      for (const t of texts) {
        const w = words(t);
        for (let i = 0; i + 10 <= w.length; i += 1)
          expect(runs.has(w.slice(i, i + 10).join(' ')), t).toBe(false);
      }
    },
  );
});
