import type { ExportInfo } from '../charts/exportTypes.ts';
import type { Lang } from '../domain/types.ts';
import { translate, type MessageKey } from '../i18n/i18n.ts';
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
 * The file-name parts for a chart of `info`: index, province, year, group and view names in
 * Vietnamese (so `dcci-bac-kan-2019-huyen-thanh-pho-xep-hang`) whatever the UI language. An
 * unknown group id or view id is used as it is.
 */
export function exportFileParts(info: ExportInfo): ExportFileParts {
  const { dataset } = info;
  const group = dataset.groups.find((g) => g.id === info.groupId);
  const viewName = translate('vi', `view.${info.view}` as MessageKey) as string | undefined;
  return {
    index: dataset.indexName,
    province: dataset.province?.vi ?? null,
    year: info.year,
    group: group?.name.vi ?? info.groupId,
    view: viewName ?? info.view,
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
    source: `${lang === 'vi' ? 'Nguồn' : 'Source'}: ${dataset.source.name[lang]}`,
    licence: dataset.source.licence[lang],
  };
}
