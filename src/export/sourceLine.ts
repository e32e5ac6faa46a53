import type { Dataset, Lang, Source } from '../domain/types.ts';
import { translator, type Translate } from '../i18n/i18n.ts';

/** "<source> · <licence>" (the licence left out when empty or not wanted): a dataset's source. */
export function sourceText(source: Source, lang: Lang, withLicence = true): string {
  const licence = withLicence ? source.licence[lang] : '';
  return licence ? `${source.name[lang]} · ${licence}` : source.name[lang];
}

/**
 * "Nguồn: <source> · <licence>" / "Source: …" — the one source line: under every chart (with the
 * licence), and in the CSV title line and the citation, which give the licence separately.
 */
export function sourceLine(
  dataset: Pick<Dataset, 'source'>,
  lang: Lang,
  t: Translate = translator(lang),
  withLicence = true,
): string {
  return t('chart.source', { source: sourceText(dataset.source, lang, withLicence) });
}
