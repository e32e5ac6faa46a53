import { parseIndicatorLabels, type IndicatorLabels } from '../domain/indicators.ts';
import type { ImportedResponses } from '../domain/respondents.ts';
import {
  DEFAULT_ANSWER_SCALE,
  type AnswerScale,
  type IndicatorMapping,
  type Normalisation,
  type ResponseTable,
} from '../domain/responses.ts';
import type { Dataset } from '../domain/types.ts';
import { catalogueEntry } from './catalogue.ts';

/**
 * The one loader of a dataset's respondents, for the questions drill-down, the Word report and
 * the bootstrap over respondents (`ci=boot`): the bundled response file of a bundled dataset
 * (fetched and parsed once, lazily: ≈ 0.9 MB), or the respondents an imported response-level
 * file brought (kept in memory for this tab, and in IndexedDB beside the dataset).
 */
export interface RespondentSource {
  readonly table: ResponseTable;
  readonly mapping: IndicatorMapping;
  readonly labels: IndicatorLabels | null;
  readonly scale: AnswerScale;
  readonly normalisation: Normalisation;
}

// ---------------------------------------------------------------------------------------------
// Which imported datasets have respondents (known synchronously, so views can offer the drill-down)

const memory = new Map<string, ImportedResponses>();
let storedIds = new Set<string>();
const listeners = new Set<() => void>();
const emit = () => {
  for (const l of listeners) l();
};

/** Respondents of a dataset imported in this tab (before, and whether or not, it is stored). */
export function rememberRespondents(id: string, responses: ImportedResponses): void {
  if (catalogueEntry(id) !== undefined) return; // a bundled id never gets respondents
  memory.set(id, responses);
  loaded.delete(id);
  emit();
}

/** The ids with stored respondents (read at start-up and after other tabs change the storage). */
export function setStoredRespondentIds(ids: Iterable<string>): void {
  storedIds = new Set(ids);
  for (const id of [...loaded.keys()]) if (!catalogueEntry(id)) loaded.delete(id);
  emit();
}

/** A deleted dataset's respondents. */
export function forgetRespondents(id: string): void {
  memory.delete(id);
  storedIds.delete(id);
  loaded.delete(id);
  emit();
}

export function subscribeRespondents(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True when the dataset has respondents to load (bundled response file, or imported ones). */
export function hasRespondents(dataset: Dataset): boolean {
  const entry = catalogueEntry(dataset.id);
  if (entry !== undefined) return entry.responsesUrl !== undefined;
  return memory.has(dataset.id) || storedIds.has(dataset.id);
}

// ---------------------------------------------------------------------------------------------
// Loading

/** Reads stored respondents; set by persistence.ts (a lazy chunk) once the storage is open. */
let readStored: ((id: string) => Promise<ImportedResponses | null>) | null = null;
export function setStoredRespondentsReader(
  reader: ((id: string) => Promise<ImportedResponses | null>) | null,
): void {
  readStored = reader;
}

const loaded = new Map<string, Promise<RespondentSource | null>>();

async function fetchText(url: string): Promise<string> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.text();
}

function fromImported(r: ImportedResponses): RespondentSource {
  const entries = Object.entries(r.labels);
  return {
    table: r.table,
    mapping: r.mapping,
    scale: r.scale,
    normalisation: r.normalisation,
    // The file's own labels: one language, shown in both; not illustrative.
    labels:
      entries.length === 0
        ? null
        : {
            illustrative: false,
            indicators: Object.fromEntries(entries.map(([c, l]) => [c, { vi: l, en: l }])),
          },
  };
}

async function loadBundled(dataset: Dataset, url: string): Promise<RespondentSource> {
  const labelsUrl = catalogueEntry(dataset.id)?.indicatorLabelsUrl;
  const groups = dataset.groups.map((g) => ({ id: g.id, names: [g.name.vi, g.name.en] }));
  const [{ table, mapping }, labels] = await Promise.all([
    Promise.all([fetchText(url), import('../stats/responsesFile.ts')]).then(
      ([text, { parseBundledResponses }]) => parseBundledResponses(text, groups),
    ),
    // Labels are a nicety: without them the questions are shown by their codes.
    labelsUrl
      ? fetchText(labelsUrl)
          .then((text) => parseIndicatorLabels(JSON.parse(text) as unknown))
          .catch(() => null)
      : Promise.resolve(null),
  ]);
  return { table, mapping, labels, scale: DEFAULT_ANSWER_SCALE, normalisation: 'scale' };
}

/**
 * The respondents of `dataset`, loaded once; null when it has none (also when stored ones no
 * longer fit the dataset: storage checks them). Rejects when loading failed (not cached, so the
 * next request tries again).
 */
export function loadRespondentSource(dataset: Dataset): Promise<RespondentSource | null> {
  if (!hasRespondents(dataset)) return Promise.resolve(null);
  const key = dataset.id;
  let p = loaded.get(key);
  if (!p) {
    const url = catalogueEntry(dataset.id)?.responsesUrl;
    const own = memory.get(dataset.id);
    p = url
      ? loadBundled(dataset, url)
      : own
        ? Promise.resolve(fromImported(own))
        : readStored
          ? readStored(dataset.id).then((r) => (r === null ? null : fromImported(r)))
          : Promise.reject(new Error('storage not open'));
    p.catch(() => loaded.delete(key));
    loaded.set(key, p);
  }
  return p;
}
