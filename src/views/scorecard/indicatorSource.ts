import { useEffect, useState, useSyncExternalStore } from 'react';
import type { IndicatorLabels } from '../../domain/indicators.ts';
import type { Dataset } from '../../domain/types.ts';
import {
  hasRespondents,
  loadRespondentSource,
  subscribeRespondents,
  type RespondentSource,
} from '../../state/respondentSource.ts';

/** Respondents with their indicator answers, and the indicators' labels when the data has them. */
export type IndicatorSource = RespondentSource;

export type IndicatorState =
  | { readonly status: 'none' }
  | { readonly status: 'loading' }
  | { readonly status: 'failed' }
  | { readonly status: 'ready'; readonly source: IndicatorSource };

/**
 * The respondents of a dataset (bundled response file, or those of an imported response file):
 * see state/respondentSource.ts. Null when the dataset has none.
 */
export async function loadIndicatorSource(dataset: Dataset): Promise<IndicatorSource | null> {
  return loadRespondentSource(dataset);
}

/**
 * True while the dataset has respondents; re-renders when that answer changes (imported ones
 * become known), not on every change of the respondents' registry: the start-up's reading of
 * the stored ids would otherwise re-render the whole view synchronously (issue 12).
 */
export function useHasRespondents(dataset: Dataset): boolean {
  const has = () => hasRespondents(dataset);
  return useSyncExternalStore(subscribeRespondents, has, has);
}

/** The indicator source of `dataset` while `active` (nothing is loaded otherwise). */
export function useIndicatorSource(dataset: Dataset, active: boolean): IndicatorState {
  const [result, setResult] = useState<{ dataset: Dataset; state: IndicatorState } | null>(null);
  const has = useHasRespondents(dataset);
  useEffect(() => {
    if (!active || !has) return;
    let live = true;
    loadRespondentSource(dataset)
      .then((source) => {
        if (live)
          setResult({
            dataset,
            state: source === null ? { status: 'none' } : { status: 'ready', source },
          });
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
