import { totalScale } from '../domain/dataset.ts';
import { tierId } from '../domain/tiers.ts';
import { formatInteger, formatScore } from '../i18n/format.ts';
import type { Dataset, Group } from '../domain/types.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import { countedGroupName } from '../i18n/sentences.ts';

// The chart frames' source line is the one builder the exports use.
export { sourceLine } from '../export/sourceLine.ts';

/** A chart frame's labels: the table/chart toggle and the chart's accessible name. */
export function frameLabels(
  t: Translate,
  chart: string,
): { showTable: string; showChart: string; chart: string } {
  return { showTable: t('chart.showTable'), showChart: t('chart.showChart'), chart };
}

export function groupLabel(group: Group, lang: Lang): string {
  return group.name[lang];
}

/**
 * The group as counted in a title ("ranking of 8 district-level units", not "8 districts and
 * city"): the same words as the sentences and captions (i18n/sentences.ts `countedGroupName`).
 */
export function countedGroupLabel(group: Group | undefined, lang: Lang, t: Translate): string {
  return group ? countedGroupName(group.id, group.name, lang, t) : '';
}

/**
 * A published tier in the UI language ("Rất tốt" → "Excellent"), through the i18n keys
 * `tier.<id>`; a tier the app does not know is shown as published. English: Excellent, High,
 * Good, Mid-high, Average, Mid-low, Low — NOT confirmed by VCCI. Checked (Dec 2026): VCCI's own
 * English ranking page (pcivietnam.vn/en/pci-subindices-of-63-provincescities) heads the column
 * "PCI Tier" but prints the tiers in Vietnamese ("Rất tốt", "Tốt", "Khá"); no English VCCI
 * publication with tier words was found in the stored pages, and ../shared/reference-data has
 * none. Replace the `tier.*` words in en.json when a VCCI English report is at hand.
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

/**
 * A rank move in words: what is shown ("▼ 47 places" / "▼ 47 bậc") and what a screen reader says
 * ("down 47 places" / "giảm 47 bậc"). `places` > 0 is up (a better rank); 0 gives null.
 */
export function rankMoveLabel(
  places: number,
  lang: Lang,
  t: Translate,
): { readonly shown: string; readonly spoken: string } | null {
  if (places === 0 || !Number.isFinite(places)) return null;
  const n = Math.abs(places);
  const value = formatInteger(n, lang);
  const one = n === 1;
  if (places > 0)
    return {
      shown: t(one ? 'change.placesUpOne' : 'change.placesUp', { value }),
      spoken: t(one ? 'change.upOne' : 'change.up', { value }),
    };
  return {
    shown: t(one ? 'change.placesDownOne' : 'change.placesDown', { value }),
    spoken: t(one ? 'change.downOne' : 'change.down', { value }),
  };
}
