import { describe, expect, it } from 'vitest';
import type { Dataset, Lang } from '../../../src/domain/types.ts';
import { csvTitle } from '../../../src/export/csv.ts';
import { citationParts } from '../../../src/export/info.ts';
import { sourceLine, sourceText } from '../../../src/export/sourceLine.ts';
import { translator } from '../../../src/i18n/i18n.ts';
import { makeDataset } from '../../fixtures/builders.ts';

const dataset = (licence: string): Dataset =>
  makeDataset([{ unit: 'Ba Bể', year: 2019, total: 60 }], {
    source: {
      name: { vi: 'Khảo sát DCCI', en: 'DCCI survey' },
      licence: { vi: licence, en: licence },
    },
  });

describe('the one source line', () => {
  it.each<[Lang, string]>([
    ['vi', 'Nguồn: Khảo sát DCCI · CC0'],
    ['en', 'Source: DCCI survey · CC0'],
  ])('names source and licence under a chart (%s)', (lang, line) => {
    expect(sourceLine(dataset('CC0'), lang, translator(lang))).toBe(line);
  });

  it('leaves out an empty licence, and the licence when asked', () => {
    expect(sourceLine(dataset(''), 'vi')).toBe('Nguồn: Khảo sát DCCI');
    expect(sourceLine(dataset('CC0'), 'en', translator('en'), false)).toBe('Source: DCCI survey');
    expect(sourceText(dataset('CC0').source, 'vi')).toBe('Khảo sát DCCI · CC0');
  });

  it.each<Lang>(['vi', 'en'])('is the same line in the CSV title and the citation (%s)', (lang) => {
    const d = dataset('CC0');
    const line = sourceLine(d, lang, translator(lang), false);
    expect(csvTitle(d, lang).split(' — ')).toContain(line);
    const info = { dataset: d, view: 'ranking', groupId: 'districts', year: 2019 };
    expect(citationParts(info, lang).source).toBe(line);
  });
});
