import type { Dataset, Group } from '../../domain/types.ts';
import { formatInteger } from '../../i18n/format.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { catalogueEntry } from '../../state/catalogue.ts';
import { currentLinks } from '../export/exportOptions.ts';
import { countedGroupLabel } from '../labels.ts';

/**
 * The footnote of a fixed-size export that cannot show every unit legibly: how many it shows and
 * where the full ranking is — the view's link, or for an imported dataset (its link may carry the
 * whole dataset, too long to print) the dataset's name.
 */
export function fullRankingFootnote(
  dataset: Dataset,
  group: Group | undefined,
  lang: Lang,
  t: Translate,
): (shown: number, total: number) => string[] {
  return (shown, total) => [
    t('ranking.showingOf', {
      shown: formatInteger(shown, lang),
      total: formatInteger(total, lang),
      group: countedGroupLabel(group, lang, t),
    }),
    catalogueEntry(dataset.id)
      ? t('ranking.fullAt', { link: currentLinks().link })
      : t('ranking.fullIn', { name: dataset.title[lang] }),
  ];
}
