import type { Dataset } from '../domain/types.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import { sourceText } from '../export/sourceLine.ts';

/**
 * The side panel beside a dataset that has no panels of its own (an import, or a bundled dataset
 * other than Bắc Kạn's DCCI): its own name, index and source — never another dataset's summary.
 */
export function DatasetPanel({ dataset, t, lang }: { dataset: Dataset; t: Translate; lang: Lang }) {
  const { source } = dataset;
  return (
    <section className="conference dataset-panel" aria-labelledby="dataset-panel-heading">
      <h2 id="dataset-panel-heading">{dataset.title[lang]}</h2>
      <dl className="dataset-panel__facts">
        <dt>{t('datasetPanel.index')}</dt>
        <dd>{dataset.indexName}</dd>
        {dataset.province ? (
          <>
            <dt>{t('datasetPanel.province')}</dt>
            <dd>{dataset.province[lang]}</dd>
          </>
        ) : null}
        <dt>{t('datasetPanel.source')}</dt>
        <dd>{sourceText(source, lang)}</dd>
      </dl>
      {source.note?.[lang] ? <p className="conference__meta">{source.note[lang]}</p> : null}
    </section>
  );
}
