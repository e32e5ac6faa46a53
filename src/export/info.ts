import type { ExportInfo } from './types.ts';
import type { Lang } from '../domain/types.ts';
import { translator } from '../i18n/i18n.ts';
import { sourceLine } from './sourceLine.ts';
import type { CitationParts } from './caption.ts';

/** File-name parts of CONTRACTS.md (`{index}-{province}-{year}-{group}-{view}`), in Vietnamese. */
export interface ExportFileParts {
  readonly index: string;
  readonly province: string | null;
  readonly year: string | number;
  readonly group: string;
  readonly view: string;
}

/**
 * The view names of CONTRACTS.md's tabs in Vietnamese, for file names. Fixed here rather than read
 * from the message catalogue: a file-name contract must not depend on which language is loaded.
 */
const VIEW_NAMES: ReadonlyMap<string, string> = new Map([
  ['ranking', 'Xếp hạng'],
  ['scorecard', 'Bảng điểm'],
  ['compare', 'So sánh'],
  ['trends', 'Xu hướng'],
  ['subindices', 'Chỉ số thành phần'],
  ['distribution', 'Phân bố'],
  ['map', 'Bản đồ'],
  ['weights', 'Trọng số'],
  // The weights view's second chart (ExportInfo.view names a chart kind, not only a tab).
  ['weights-stability', 'Trọng số - độ ổn định'],
]);

/**
 * The file-name parts for a chart of `info`: index, province, year, group and view names in
 * Vietnamese (so `dcci-bac-kan-2019-huyen-thanh-pho-xep-hang`) whatever the UI language. An
 * unknown group id or view id is used as it is.
 */
export function exportFileParts(info: ExportInfo): ExportFileParts {
  const { dataset } = info;
  const group = dataset.groups.find((g) => g.id === info.groupId);
  return {
    index: dataset.indexName,
    province: dataset.province?.vi ?? null,
    year: info.year,
    group: group?.name.vi ?? info.groupId,
    view: VIEW_NAMES.get(info.view) ?? info.view,
  };
}

/** Dataset title, "Nguồn: …"/"Source: …" and licence of the citation line (date and link are added by the caller). */
export function citationParts(
  info: ExportInfo,
  lang: Lang,
): Pick<CitationParts, 'dataset' | 'source' | 'licence'> {
  const { dataset } = info;
  return {
    dataset: dataset.title[lang],
    source: sourceLine(dataset, lang, translator(lang), false),
    licence: dataset.source.licence[lang],
  };
}
