/**
 * The view lives in the URL (CONTRACTS.md, codec version v=1). `decodeView` never throws:
 * unknown or malformed values are dropped with a notice and the defaults apply. Whether a
 * dataset, year, group or unit exists is checked later against the loaded dataset
 * (`resolveSelection`), because that needs the data.
 */

import { VIEWS, type ViewId } from '../domain/views.ts';

export { VIEWS, type ViewId };

export const URL_VERSION = 1;

export type UrlLang = 'vi' | 'en';

/** The selection as the URL carries it: ids and numbers only, nothing derived. */
export interface ViewState {
  readonly lang: UrlLang;
  readonly ds: string | null;
  readonly year: number | null;
  readonly group: string | null;
  readonly view: ViewId;
  readonly unit: string | null;
  readonly units: readonly string[];
  readonly y2: number | null;
  readonly sub: string | null;
  /** Scorecard: open the questions (indicators) behind sub-index `sub` (`ind=1`). */
  readonly ind: boolean;
  readonly sort: string | null;
  readonly embed: boolean;
  /**
   * Sub-index weights of the weight what-if: `equal`, `pci2016`, or `id:weight` pairs joined by
   * commas (non-negative numbers, only ratios matter). Null = the dataset's own weights.
   */
  readonly w: string | null;
  /** Minimum number of respondents below which a unit is marked (default 30). */
  readonly minn: number;
  /** How rank intervals are computed: from standard errors (default) or by the bootstrap over respondents. */
  readonly ci: 'se' | 'boot';
  /** How the ranking is drawn: bars from zero (default) or dots on a zoomed axis. */
  readonly chart: 'bars' | 'dots';
}

export const DEFAULT_VIEW_STATE: ViewState = {
  lang: 'vi',
  ds: null,
  year: null,
  group: null,
  view: 'ranking',
  unit: null,
  units: [],
  y2: null,
  sub: null,
  ind: false,
  sort: null,
  embed: false,
  w: null,
  minn: 30,
  ci: 'se',
  chart: 'bars',
};

/** A value the decoder could not use, reported to the user as "fell back to the default". */
export interface UrlNotice {
  readonly kind: 'invalid' | 'newer-version';
  readonly param: string;
  readonly value: string;
}

const ID = /^[\p{L}\p{N}][\p{L}\p{N}._~-]{0,199}$/u;
const YEAR = /^(19|20|21)\d\d$/;
const SORT = /^-?[\p{L}\p{N}._~-]{1,200}$/u;
const MAX_UNITS = 5;
const WEIGHT_PAIR = /^[\p{L}\p{N}][\p{L}\p{N}._~-]{0,99}:\d{1,4}(\.\d{1,3})?$/u;
const MAX_WEIGHTS = 40;

/** Syntax check of `w` only; whether the ids exist is checked against the dataset later. */
function parseWeightsParam(raw: string): string | undefined {
  if (raw === 'equal' || raw === 'pci2016') return raw;
  const pairs = raw.split(',');
  if (pairs.length > MAX_WEIGHTS || !pairs.every((p) => WEIGHT_PAIR.test(p))) return undefined;
  const ids = pairs.map((p) => p.slice(0, p.lastIndexOf(':')));
  return new Set(ids).size === ids.length ? raw : undefined;
}

type Params = Map<string, string>;

/** Pure migrations, from version `from` to `from + 1`. Version 0 = links without `v` (treated as v1). */
const MIGRATIONS: readonly { from: number; migrate: (p: Params) => Params }[] = [
  { from: 0, migrate: (p) => p },
];

function toParams(search: string): Params {
  const params: Params = new Map();
  for (const [k, v] of new URLSearchParams(search)) if (!params.has(k)) params.set(k, v);
  return params;
}

/** Decodes a query string (with or without `?`) into a full ViewState plus notices. */
export function decodeView(search: string): { state: ViewState; notices: UrlNotice[] } {
  let params = toParams(search);
  const notices: UrlNotice[] = [];
  const rawVersion = params.get('v');
  let version =
    rawVersion === undefined ? 0 : /^\d{1,3}$/.test(rawVersion) ? Number(rawVersion) : NaN;
  if (Number.isNaN(version)) {
    notices.push({ kind: 'invalid', param: 'v', value: rawVersion ?? '' });
    version = URL_VERSION;
  }
  if (version > URL_VERSION)
    notices.push({ kind: 'newer-version', param: 'v', value: String(version) });
  for (const m of MIGRATIONS) {
    if (version !== m.from) continue;
    params = m.migrate(params);
    version = m.from + 1;
  }

  const take = <T>(name: string, parse: (raw: string) => T | undefined, fallback: T): T => {
    const raw = params.get(name);
    if (raw === undefined || raw === '') return fallback;
    const value = parse(raw);
    if (value === undefined) {
      notices.push({ kind: 'invalid', param: name, value: raw.slice(0, 80) });
      return fallback;
    }
    return value;
  };
  const id = (raw: string) => (ID.test(raw) ? raw : undefined);
  const year = (raw: string) => (YEAR.test(raw) ? Number(raw) : undefined);

  const state: ViewState = {
    lang: take('lang', (r) => (r === 'vi' || r === 'en' ? r : undefined), DEFAULT_VIEW_STATE.lang),
    ds: take('ds', id, null),
    year: take('year', year, null),
    group: take('group', id, null),
    view: take(
      'view',
      (r) => ((VIEWS as readonly string[]).includes(r) ? (r as ViewId) : undefined),
      'ranking',
    ),
    unit: take('unit', id, null),
    units: take(
      'units',
      (r) => {
        const list = [...new Set(r.split(','))];
        return list.length <= MAX_UNITS && list.every((u) => ID.test(u)) ? list : undefined;
      },
      [] as string[],
    ),
    y2: take('y2', year, null),
    sub: take('sub', id, null),
    ind: take('ind', (r) => (r === '1' ? true : r === '0' ? false : undefined), false),
    sort: take('sort', (r) => (SORT.test(r) ? r : undefined), null),
    embed: take('embed', (r) => (r === '1' ? true : r === '0' ? false : undefined), false),
    w: take('w', parseWeightsParam, null),
    minn: take(
      'minn',
      (r) => (/^\d{1,4}$/.test(r) && Number(r) <= 5000 ? Number(r) : undefined),
      DEFAULT_VIEW_STATE.minn,
    ),
    ci: take('ci', (r) => (r === 'se' || r === 'boot' ? r : undefined), DEFAULT_VIEW_STATE.ci),
    chart: take(
      'chart',
      (r) => (r === 'bars' || r === 'dots' ? r : undefined),
      DEFAULT_VIEW_STATE.chart,
    ),
  };
  return { state, notices };
}

/**
 * Encodes a ViewState as a query string starting with `?v=1`, in a fixed parameter order,
 * leaving out values equal to the defaults so links stay short.
 */
export function encodeView(state: ViewState): string {
  const p = new URLSearchParams();
  p.set('v', String(URL_VERSION));
  if (state.lang !== DEFAULT_VIEW_STATE.lang) p.set('lang', state.lang);
  if (state.ds) p.set('ds', state.ds);
  if (state.year !== null) p.set('year', String(state.year));
  if (state.group) p.set('group', state.group);
  if (state.view !== 'ranking') p.set('view', state.view);
  if (state.unit) p.set('unit', state.unit);
  if (state.units.length > 0) p.set('units', state.units.join(','));
  if (state.y2 !== null) p.set('y2', String(state.y2));
  if (state.sub) p.set('sub', state.sub);
  if (state.ind) p.set('ind', '1');
  if (state.sort) p.set('sort', state.sort);
  if (state.embed) p.set('embed', '1');
  if (state.w) p.set('w', state.w);
  if (state.minn !== DEFAULT_VIEW_STATE.minn) p.set('minn', String(state.minn));
  if (state.ci !== DEFAULT_VIEW_STATE.ci) p.set('ci', state.ci);
  if (state.chart !== DEFAULT_VIEW_STATE.chart) p.set('chart', state.chart);
  // `,` and `:` are safe in a query value; unescaped they keep `units=` and `w=` readable.
  return `?${p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')}`;
}

/** What the link builders need of `window.location`. */
export interface LocationLike {
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
}

/**
 * The one builder of links to a view: the dashboard page (`link`) and its chart-only page (`embed`,
 * embed.html beside it, `embed=1`), both absolute, from the page's location (its hash is dropped).
 */
export function viewLinks(location: LocationLike): { link: string; embed: string } {
  const { state } = decodeView(location.search);
  const page = `${location.origin}${location.pathname}`;
  return {
    link: `${page}${encodeView({ ...state, embed: false })}`,
    embed: new URL(`embed.html${encodeView({ ...state, embed: true })}`, page).href,
  };
}
