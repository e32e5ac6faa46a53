import type { Dataset, Group } from '../domain/types.ts';
import type { Lang, MessageKey, Translate } from '../i18n/i18n.ts';

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
 * The published tier labels of VCCI's PCI and the DCCIs modelled on it, best first, with their
 * message keys. English follows the six tiers of VCCI's English PCI reports (Excellent, High,
 * Good, Mid-high, Mid-low, Low), matched by position; see the i18n note in the README.
 */
const TIER_KEYS: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['rất tốt', 'tier.excellent'],
  ['tốt', 'tier.high'],
  ['khá', 'tier.good'],
  ['trung bình', 'tier.midHigh'],
  ['tương đối thấp', 'tier.midLow'],
  ['thấp', 'tier.low'],
]);

/** A tier label in the UI language ("Rất tốt" → "Excellent"); an unknown tier stays as published. */
export function tierLabel(tier: string, t: Translate): string {
  const key = TIER_KEYS.get(
    tier.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi'),
  );
  return key ? t(key) : tier;
}

/** "Nguồn: <source> · <licence>" — the source line under every chart and in every export. */
export function sourceLine(dataset: Dataset, lang: Lang, t: Translate): string {
  const licence = dataset.source.licence[lang];
  return t('chart.source', {
    source: `${dataset.source.name[lang]}${licence ? ` · ${licence}` : ''}`,
  });
}
