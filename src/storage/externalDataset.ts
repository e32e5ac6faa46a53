import type { Dataset } from '../domain/types.ts';
import { validateDataset, type DatasetIssue } from '../import/datasetRules.ts';
import { decodeView } from '../state/urlState.ts';

/**
 * The one check for a Dataset that arrives from outside the importer: a shared link's fragment
 * (shareLink.ts), a restored backup and a record read back from IndexedDB (storage/records.ts).
 * The codec has checked the types; this adds the importer's ranges and rules and what only the
 * app can judge (an id the URL can carry, a web-only source link).
 */

const WEB_URL = /^https?:\/\//i;

/** What only an app-level check can see: an id the URL cannot carry, a non-web source link. */
export function linkProblem(d: Dataset): string | null {
  if (decodeView(`?ds=${encodeURIComponent(d.id)}`).state.ds !== d.id) return 'dataset.id';
  if (d.source.url !== undefined && !WEB_URL.test(d.source.url)) return 'dataset.source.url';
  return null;
}

/** The first rule a dataset breaks (`rule` when it is one of the importer's), or null. */
export function datasetProblem(d: Dataset): { detail: string; rule?: DatasetIssue } | null {
  const rule = validateDataset(d)[0];
  if (rule !== undefined) return { detail: `dataset.${rule.path}: ${rule.issue.code}`, rule };
  const problem = linkProblem(d);
  return problem === null ? null : { detail: problem };
}
