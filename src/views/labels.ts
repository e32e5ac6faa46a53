import { totalScale } from '../domain/dataset.ts';
import { tierId } from '../domain/tiers.ts';
import { formatScore } from '../i18n/format.ts';
import type { Dataset, Group } from '../domain/types.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';

export function groupLabel(group: Group, lang: Lang): string {
  return group.name[lang];
}

/**
 * The group as counted in a title ("ranking of 8 district-level units", not "8 districts and
 * city"): a counted noun for the bundled groups, else the group's name in lower case.
 */
export function countedGroupLabel(group: Group | undefined, lang: Lang, t: Translate): string {
  if (!group) return '';
  if (group.id === 'districts') return t('group.countedDistricts');
  return group.name[lang].toLocaleLowerCase(lang);
}

/**
 * A published tier in the UI language ("Rất tốt" → "Excellent"), through the i18n keys
 * `tier.<id>`; a tier the app does not know is shown as published. English follows the six tiers
 * of VCCI's English PCI reports as we read them (Excellent, High, Good, Mid-high/Average, Mid-low,
 * Low); not checked against a primary source here (see the README).
 */
export function tierLabel(tier: string, t: Translate): string {
  const id = tierId(tier);
  return id === undefined ? tier : t(`tier.${id}`);
}

/** The maximum of the dataset's total scale as subtitles write it ("100", "10", "7,5"). */
export function scaleLabel(dataset: Dataset, lang: Lang): string {
  const max = totalScale(dataset).max;
  return formatScore(max, lang, Number.isInteger(max) ? 0 : 2);
}

/** "Nguồn: <source> · <licence>" — the source line under every chart and in every export. */
export function sourceLine(dataset: Dataset, lang: Lang, t: Translate): string {
  const licence = dataset.source.licence[lang];
  return t('chart.source', {
    source: `${dataset.source.name[lang]}${licence ? ` · ${licence}` : ''}`,
  });
}
