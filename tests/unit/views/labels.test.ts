import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../../src/i18n/i18n.ts';
import type { Group, GroupId } from '../../../src/domain/types.ts';
import { countedGroupLabel, tierLabel } from '../../../src/views/labels.ts';
import { readMeta } from '../data/dataFiles.ts';

const en = (key: MessageKey, params?: Record<string, string | number>) =>
  translate('en', key, params);
const vi = (key: MessageKey, params?: Record<string, string | number>) =>
  translate('vi', key, params);

describe('tier labels', () => {
  it('names the published Vietnamese tiers in English with the PCI terms, best first', () => {
    const published = [
      'Rất tốt',
      'Tốt',
      'Khá',
      'Trung bình khá',
      'Trung bình',
      'Tương đối thấp',
      'Thấp',
    ];
    expect(published.map((tier) => tierLabel(tier, en))).toEqual([
      'Excellent',
      'High',
      'Good',
      'Mid-high',
      'Average',
      'Mid-low',
      'Low',
    ]);
    expect(published.map((tier) => tierLabel(tier, vi))).toEqual(published);
  });

  it('reads the published words whatever their case, spacing or Unicode form', () => {
    expect(tierLabel('  RẤT   TỐT ', en)).toBe('Excellent');
    expect(tierLabel('Tốt'.normalize('NFD'), en)).toBe('High');
  });

  it('leaves a tier it does not know as published', () => {
    expect(tierLabel('Nhóm A', en)).toBe('Nhóm A');
  });

  it('reads a tier written with the word "nhóm" before it', () => {
    expect(tierLabel('Nhóm rất tốt', en)).toBe('Excellent');
  });
});

describe('group names in counted titles', () => {
  const group = (id: string, viName: string, enName: string): Group =>
    ({ id: id as GroupId, name: { vi: viName, en: enName } }) as Group;

  it('counts the districts as district-level units in English', () => {
    const districts = group('districts', 'Huyện, thành phố', 'Districts and city');
    expect(
      en('ranking.title', {
        index: 'DCCI',
        year: 2019,
        count: 8,
        group: countedGroupLabel(districts, 'en', en),
      }),
    ).toBe('DCCI 2019: ranking of 8 district-level units');
    expect(countedGroupLabel(districts, 'vi', vi)).toBe('huyện, thành phố');
    expect(
      countedGroupLabel(group('departments', 'Sở, ban, ngành', 'Provincial departments'), 'en', en),
    ).toBe('provincial departments');
  });
});

describe('"About the data" notes', () => {
  it.each(['bac-kan-dcci.meta.json', 'pci.meta.json'])(
    '%s names sub-indices, never by their internal ids',
    (file) => {
      const meta = readMeta(file);
      const texts = [
        ...(meta.notes ?? []).flatMap((n) => [n.vi, n.en]),
        meta.source.note?.vi ?? '',
        meta.source.note?.en ?? '',
      ];
      // Ids are lower-case slugs; a hyphenated one or one after "year:" can only be an id.
      for (const s of meta.subIndices)
        for (const text of texts) {
          expect(text).not.toMatch(new RegExp(`\\d{4}: ${s.id}\\b`));
          if (s.id.includes('-')) expect(text).not.toContain(s.id);
        }
    },
  );
});
