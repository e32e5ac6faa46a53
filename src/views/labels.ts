import type { Dataset, Group } from '../domain/types.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';

export function groupLabel(group: Group, lang: Lang): string {
  return group.name[lang];
}

/** "Nguồn: <source> · <licence>" — the source line under every chart and in every export. */
export function sourceLine(dataset: Dataset, lang: Lang, t: Translate): string {
  const licence = dataset.source.licence[lang];
  return t('chart.source', {
    source: `${dataset.source.name[lang]}${licence ? ` · ${licence}` : ''}`,
  });
}
