import type { LocalizedText, Result } from './types.ts';
import { VIEWS, type ViewId } from './views.ts';

/**
 * The summary of a results conference (data/conference-2020-01-06.json): what was said, in our
 * own words, each statement tagged with the dashboard view that holds its evidence.
 */

/** Views a statement can open: every view of the dashboard (the `view` URL parameter of CONTRACTS.md). */
export const CONFERENCE_VIEWS = VIEWS;
export type ConferenceView = ViewId;

export const CONFERENCE_GROUPS = ['districts', 'departments', 'central-agencies'] as const;
export type ConferenceGroup = (typeof CONFERENCE_GROUPS)[number];

export const CONFERENCE_DATASETS = ['bac-kan-dcci', 'pci'] as const;
export type ConferenceDataset = (typeof CONFERENCE_DATASETS)[number];

/**
 * Where a statement's evidence lives. Every field is optional: an untagged statement (e.g. on
 * crop output) has no evidence in the dashboard and is shown as plain text. `sub` is a sub-index
 * id of `dataset` (default `bac-kan-dcci`); `unit` a unit id of it (`provinces.bac-kan`), opened
 * selected — the unit a statement is about, drawn in Trends and highlighted elsewhere.
 */
export interface StatementTags {
  readonly view?: ConferenceView;
  readonly group?: ConferenceGroup;
  readonly sub?: string;
  readonly unit?: string;
  readonly year?: number;
  readonly dataset?: ConferenceDataset;
}

export interface ConferenceStatement {
  /** Stable id, unique in the summary (e.g. `sh-admin-reform`). */
  readonly id: string;
  readonly text: LocalizedText;
  readonly tags: StatementTags;
  /** Source page when it is not the conference page itself (context statements). */
  readonly source?: string;
}

export interface ConferenceSummary {
  /** ISO date, `2020-01-06`. */
  readonly date: string;
  readonly title: LocalizedText;
  /** Who held the conference. */
  readonly organiser: LocalizedText;
  /** Who announced the DCCI results, and what. */
  readonly announcement: LocalizedText;
  /** The link point (điểm cầu) the source page reports from. */
  readonly linkPoint: LocalizedText;
  readonly agenda: readonly LocalizedText[];
  /** 2019 results. */
  readonly achievements: readonly ConferenceStatement[];
  readonly shortcomings: readonly ConferenceStatement[];
  /** 2020 directions. */
  readonly directions: readonly ConferenceStatement[];
  /** Public facts around the conference, each with its own `source`. */
  readonly context: readonly ConferenceStatement[];
  /** A short attributed quote. */
  readonly quote?: { readonly text: LocalizedText; readonly speaker: LocalizedText };
  readonly source: { readonly name: LocalizedText; readonly url: string };
  /** What the source does not contain (no unit scores). */
  readonly note: LocalizedText;
}

export const CONFERENCE_SECTIONS = [
  'achievements',
  'shortcomings',
  'directions',
  'context',
] as const;

type Json = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkText(v: unknown, path: string, issues: string[]): void {
  if (!isObject(v) || typeof v['vi'] !== 'string' || typeof v['en'] !== 'string') {
    issues.push(`${path}: expected { vi, en } strings`);
  } else if (v['vi'].trim() === '' || v['en'].trim() === '') {
    issues.push(`${path}: empty text`);
  }
}

function checkTags(v: unknown, path: string, issues: string[]): void {
  if (!isObject(v)) {
    issues.push(`${path}: expected an object`);
    return;
  }
  const oneOf = (key: string, allowed: readonly string[]): void => {
    const x = v[key];
    if (x !== undefined && (typeof x !== 'string' || !allowed.includes(x))) {
      issues.push(`${path}.${key}: ${String(x)} is not one of ${allowed.join(', ')}`);
    }
  };
  oneOf('view', CONFERENCE_VIEWS);
  oneOf('group', CONFERENCE_GROUPS);
  oneOf('dataset', CONFERENCE_DATASETS);
  const sub = v['sub'];
  if (sub !== undefined && (typeof sub !== 'string' || sub === '')) {
    issues.push(`${path}.sub: expected a sub-index id`);
  }
  const unit = v['unit'];
  if (unit !== undefined && (typeof unit !== 'string' || unit === '')) {
    issues.push(`${path}.unit: expected a unit id`);
  }
  const year = v['year'];
  if (year !== undefined && (typeof year !== 'number' || !Number.isInteger(year))) {
    issues.push(`${path}.year: expected an integer year`);
  }
  for (const key of Object.keys(v)) {
    if (!['view', 'group', 'sub', 'unit', 'year', 'dataset'].includes(key)) {
      issues.push(`${path}.${key}: unknown tag`);
    }
  }
}

/**
 * Checks the shape of a parsed conference JSON: every text has non-empty vi and en, tags use the
 * known views/groups/datasets, statement ids are unique, the date is ISO. Returns the value typed
 * or every problem found (path: message). Sub-index ids are checked against the dataset metadata
 * by the data tests, not here (the domain does not load data files).
 */
export function tryParseConference(value: unknown): Result<ConferenceSummary, string> {
  const issues: string[] = [];
  if (!isObject(value)) return { ok: false, issues: ['expected an object'] };
  if (typeof value['date'] !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value['date'])) {
    issues.push('date: expected YYYY-MM-DD');
  }
  for (const key of ['title', 'organiser', 'announcement', 'linkPoint', 'note']) {
    checkText(value[key], key, issues);
  }
  const agenda = value['agenda'];
  if (!Array.isArray(agenda)) issues.push('agenda: expected an array');
  else agenda.forEach((a, i) => checkText(a, `agenda[${i}]`, issues));
  const ids = new Set<string>();
  for (const section of CONFERENCE_SECTIONS) {
    const list = value[section];
    if (!Array.isArray(list)) {
      issues.push(`${section}: expected an array`);
      continue;
    }
    list.forEach((s: unknown, i) => {
      const path = `${section}[${i}]`;
      if (!isObject(s) || typeof s['id'] !== 'string' || s['id'] === '') {
        issues.push(`${path}: expected a statement with an id`);
        return;
      }
      if (ids.has(s['id'])) issues.push(`${path}: duplicate id ${s['id']}`);
      ids.add(s['id']);
      checkText(s['text'], `${path}.text`, issues);
      checkTags(s['tags'], `${path}.tags`, issues);
      if (s['source'] !== undefined && typeof s['source'] !== 'string') {
        issues.push(`${path}.source: expected a URL string`);
      }
    });
  }
  const quote = value['quote'];
  if (quote !== undefined) {
    if (!isObject(quote)) issues.push('quote: expected an object');
    else {
      checkText(quote['text'], 'quote.text', issues);
      checkText(quote['speaker'], 'quote.speaker', issues);
    }
  }
  const source = value['source'];
  if (!isObject(source) || typeof source['url'] !== 'string') {
    issues.push('source: expected { name, url }');
  } else checkText(source['name'], 'source.name', issues);
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: value as unknown as ConferenceSummary };
}
