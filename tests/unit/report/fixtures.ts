import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { unzipSync, strFromU8 } from 'fflate';
import { buildScorecardData } from '../../../src/charts/data/scorecard.ts';
import { buildGroupYear } from '../../../src/domain/groupYear.ts';
import type { DatasetMeta } from '../../../src/domain/meta.ts';
import { parseIndicatorLabels } from '../../../src/domain/indicators.ts';
import { scorecardSentence } from '../../../src/i18n/sentences.ts';
import type { Dataset, GroupId } from '../../../src/domain/types.ts';
import type { ReportImage } from '../../../src/export/docx/blocks.ts';
import { loadCatalogue, translator, type Lang } from '../../../src/i18n/i18n.ts';
import { importText } from '../../../src/import/importDataset.ts';
import { parseBundledResponses } from '../../../src/stats/responsesFile.ts';
import type { IndicatorSource } from '../../../src/views/scorecard/indicatorSource.ts';
import { sourceLine } from '../../../src/views/labels.ts';
import { groupReportBlocks } from '../../../src/views/report/groupReport.ts';
import { unitReportBlocks } from '../../../src/views/report/unitReport.ts';

/** The bundled Bắc Kạn dataset, its response file and labels, read as the app reads them. */
const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
const meta = JSON.parse(readFileSync(join(DATA, 'bac-kan-dcci.meta.json'), 'utf8')) as DatasetMeta;
export const dataset = importText(readFileSync(join(DATA, 'bac-kan-dcci.csv'), 'utf8'), { meta })
  .dataset as Dataset;
const parsed = parseBundledResponses(
  readFileSync(join(DATA, 'bac-kan-dcci-responses.csv'), 'utf8'),
  dataset.groups.map((g) => ({ id: g.id, names: [g.name.vi, g.name.en] })),
);
export const indicators: IndicatorSource = {
  ...parsed,
  scale: { min: 1, max: 5 },
  normalisation: 'scale',
  labels: parseIndicatorLabels(
    JSON.parse(readFileSync(join(DATA, 'bac-kan-dcci-indicators.json'), 'utf8')) as unknown,
  ),
};

/** A solid-colour PNG of the given size (a real file: Word and LibreOffice open it). */
export function fakePng(width = 800, height = 400, grey = 200): ReportImage {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = (crcTable[(c ^ x) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const raw = Buffer.alloc((width + 1) * height, grey);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0; // filter byte
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { data: Uint8Array.from(png), width, height, alt: 'chart', title: 'chart' };
}

export async function unitReportFor(unitName: string, year: number, groupId: string, lang: Lang) {
  await loadCatalogue(lang);
  const t = translator(lang);
  const gy = buildGroupYear(dataset, groupId as GroupId, year);
  const unit = dataset.units.find((u) => u.name === unitName && u.groupId === groupId);
  const data = buildScorecardData(dataset, gy, unit?.id ?? '', null);
  if (!data) throw new Error(`no scorecard for ${unitName}`);
  const group = dataset.groups.find((g) => g.id === groupId);
  const blocks = unitReportBlocks({
    data,
    indexName: dataset.indexName,
    lang,
    t,
    groupName: group?.name[lang] ?? '',
    sentence: scorecardSentence(data.facts, lang),
    notes: [t('ranking.rescaleNote')],
    source: sourceLine(dataset, lang, t),
    minRespondents: 30,
    indicators,
    images: { sub: fakePng(800, 520, 220), gap: fakePng(800, 420, 180) },
    made: t('report.made', { date: '06/12/2026' }),
  });
  return {
    data,
    blocks,
    t,
    watermark: t('chart.watermark'),
    title: t('report.title', { index: 'DCCI', year, unit: unitName }),
  };
}

/** The parts of a .docx package as text (XML) or bytes (media). */
export function unzip(bytes: Uint8Array): { names: string[]; text: (name: string) => string } {
  const files = unzipSync(bytes);
  return {
    names: Object.keys(files),
    text: (name) => {
      const f = files[name];
      if (!f) throw new Error(`${name} missing from the package`);
      return strFromU8(f);
    },
  };
}

/** The visible text of a WordprocessingML part (runs joined, paragraphs on their own lines). */
export function plainText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** The group report of a group-year (no statistics: the rank intervals are left out). */
export async function groupReportFor(year: number, groupId: string, lang: Lang) {
  await loadCatalogue(lang);
  const t = translator(lang);
  const gy = buildGroupYear(dataset, groupId as GroupId, year);
  const groupName = dataset.groups.find((g) => g.id === groupId)?.name[lang] ?? '';
  const units = gy.standings.flatMap((s) => {
    const data = buildScorecardData(dataset, gy, s.unit.id, null);
    return data ? [{ data, sentence: scorecardSentence(data.facts, lang) }] : [];
  });
  const title = t('report.groupTitle', { index: 'DCCI', year, group: groupName });
  const blocks = groupReportBlocks({
    groupYear: gy,
    indexName: dataset.indexName,
    lang,
    t,
    groupName,
    title,
    ranking: fakePng(800, 700, 210),
    stats: null,
    units,
    notes: [t('ranking.rescaleNote')],
    source: sourceLine(dataset, lang, t),
    minRespondents: 30,
    indicators,
    made: t('report.made', { date: '06/12/2026' }),
  });
  return { blocks, title, t, units: units.length, watermark: t('chart.watermark') };
}
