import { useEffect, useState } from 'react';
import { parseIndicatorLabels, type IndicatorLabels } from '../../domain/indicators.ts';
import type { IndicatorMapping, ResponseTable } from '../../domain/responses.ts';
import type { Dataset } from '../../domain/types.ts';
import { catalogueEntry } from '../../state/catalogue.ts';

/** Respondents with their indicator answers, and the indicators' labels when the data has them. */
export interface IndicatorSource {
  readonly table: ResponseTable;
  readonly mapping: IndicatorMapping;
  readonly labels: IndicatorLabels | null;
}

export type IndicatorState =
  | { readonly status: 'none' }
  | { readonly status: 'loading' }
  | { readonly status: 'failed' }
  | { readonly status: 'ready'; readonly source: IndicatorSource };

const loaded = new Map<string, Promise<IndicatorSource>>();

async function fetchText(url: string): Promise<string> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.text();
}

/**
 * The bundled response file of a dataset, fetched and parsed once (lazily: the file is ≈ 0.9 MB
 * and only the drill-down and the Word report need it, as `ci=boot` does in the stats worker).
 * Null when the dataset ships no response file. Imported response files are not kept yet (a
 * later dataset format stores them); the statistics themselves (domain/indicators.ts) take any
 * response table.
 */
export function loadIndicatorSource(dataset: Dataset): Promise<IndicatorSource> | null {
  const entry = catalogueEntry(dataset.id);
  const url = entry?.responsesUrl;
  if (!url) return null;
  let p = loaded.get(url);
  if (!p) {
    const labelsUrl = entry.indicatorLabelsUrl;
    const groups = dataset.groups.map((g) => ({ id: g.id, names: [g.name.vi, g.name.en] }));
    p = Promise.all([
      Promise.all([fetchText(url), import('../../stats/responsesFile.ts')]).then(
        ([text, { parseBundledResponses }]) => parseBundledResponses(text, groups),
      ),
      // Labels are a nicety: without them the questions are shown by their codes.
      labelsUrl
        ? fetchText(labelsUrl)
            .then((text) => parseIndicatorLabels(JSON.parse(text) as unknown))
            .catch(() => null)
        : Promise.resolve(null),
    ]).then(([{ table, mapping }, labels]) => ({ table, mapping, labels }));
    // A failed load is not cached: the next request tries again.
    p.catch(() => loaded.delete(url));
    loaded.set(url, p);
  }
  return p;
}

/** The indicator source of `dataset` while `active` (nothing is fetched otherwise). */
export function useIndicatorSource(dataset: Dataset, active: boolean): IndicatorState {
  const [result, setResult] = useState<{ dataset: Dataset; state: IndicatorState } | null>(null);
  const has = catalogueEntry(dataset.id)?.responsesUrl !== undefined;
  useEffect(() => {
    if (!active || !has) return;
    let live = true;
    loadIndicatorSource(dataset)
      ?.then((source) => {
        if (live) setResult({ dataset, state: { status: 'ready', source } });
      })
      .catch(() => {
        if (live) setResult({ dataset, state: { status: 'failed' } });
      });
    return () => {
      live = false;
    };
  }, [dataset, active, has]);
  if (!has) return { status: 'none' };
  if (result && result.dataset === dataset) return result.state;
  return { status: 'loading' };
}

/** "Tiếp cận tài liệu quy hoạch (transparency.1)", or the code alone without a label. */
export function indicatorLabel(code: string, labels: IndicatorLabels | null, lang: 'vi' | 'en') {
  const label = labels?.indicators[code]?.[lang];
  return label ? `${label} (${code})` : code;
}
