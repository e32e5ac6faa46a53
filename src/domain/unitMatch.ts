import { compareNames } from './collate.ts';
import { foldKey } from './names.ts';
import type { Group, GroupId, SubIndexDef, SubIndexId, Unit, UnitId } from './types.ts';

/**
 * Matching units, groups and sub-index columns of an incoming file against an existing dataset
 * ("add to an existing dataset", issue 3 point 5). Pure: no React, no storage.
 *
 * Tiers, strongest first, and only the first two are ever accepted without the user:
 * - `exact`: the folded names are equal (`foldKey`: case, diacritics, đ/Đ, punctuation,
 *   whitespace, NBSP, NFC/NFD and invisible characters ignored);
 * - `normalised`: equal after removing administrative and organisational prefixes
 *   ("UBND", "huyện", "H.", "thành phố", "TP.", "thị xã", "sở", "ban", "cục", …; "Sở X" and
 *   "Ban X" are never the same, "Sở X" and "X" are), and exactly
 *   one existing name has that form and no other incoming name claims it ("và", "&" and "and"
 *   are ignored at this tier too);
 * - `suggested`: no match, but existing names above a similarity threshold are offered, best first;
 * - `none`: nothing similar.
 */
export type MatchStatus = 'exact' | 'normalised' | 'suggested' | 'none';

/** An existing unit the incoming name may mean. */
export interface UnitSuggestion {
  readonly unitId: UnitId;
  readonly name: string;
  /** Similarity in [0, 1]; 1 means equal after prefix removal. */
  readonly score: number;
}

/** How one incoming unit name relates to the existing units. */
export interface UnitMatch {
  readonly incomingName: string;
  readonly status: MatchStatus;
  /** The matched existing unit; present only for `exact` and `normalised`. */
  readonly unitId?: UnitId;
  /** Existing units that may be meant, best first (at most `MAX_SUGGESTIONS`); empty for `exact`. */
  readonly suggestions: readonly UnitSuggestion[];
}

/** A unit name read from the incoming file, with its (incoming) group. */
export interface IncomingUnit {
  readonly name: string;
  readonly groupId: GroupId;
}

export interface MatchUnitsOptions {
  /**
   * How incoming group ids translate to existing ones (an imported file without a sidecar has
   * group ids like `so-ban-nganh` where the bundled dataset has `departments`). A group absent
   * from the map keeps its id; a group mapped to `'new'` has no existing units to match.
   */
  readonly groups?: ReadonlyMap<GroupId, GroupId | 'new'>;
}

/** Suggestions scoring below this are not offered. */
export const SUGGESTION_THRESHOLD = 0.4;
/** At most this many suggestions per incoming name. */
export const MAX_SUGGESTIONS = 3;

// Whole-word prefixes removed from the start of a folded name: first the council ("UBND",
// "Ủy ban nhân dân"), then one administrative level (province, district, commune) or organisational kind
// (departments, agencies), longest first so "chi cuc" wins over "cuc". Only one of each, so
// "Ban Quản lý các khu công nghiệp" keeps "quan ly …". The rest of the name is always kept:
// "Sở Tư pháp" → "tu phap" and "Sở Tài chính" → "tai chinh" stay distinct.
const COUNCIL = ['uy ban nhan dan', 'ubnd'];
// Organisational kinds: "Sở X" and "Ban X" are different bodies (a department renamed from one
// to the other is a suggestion, never an automatic match); administrative levels are not
// ("Thị xã Bắc Kạn" became "Thành phố Bắc Kạn", the same unit).
// Longest first, so "chi cuc" wins over "cuc".
const ORG_KINDS = ['chi cuc', 'cuc', 'so', 'ban'];
const KINDS = [
  'tinh',
  'thanh pho',
  'thi xa',
  'thi tran',
  'huyen',
  'xa',
  'phuong',
  'quan',
  'tp',
  'tx',
  'h',
  'q',
  ...ORG_KINDS,
].sort((a, b) => b.length - a.length);

const dropPrefix = (key: string, prefixes: readonly string[]) => {
  const prefix = prefixes.find((p) => key.startsWith(`${p} `));
  return prefix === undefined ? key : key.slice(prefix.length + 1);
};

/**
 * The folded name without its leading council and administrative/organisational prefixes:
 * "UBND huyện Ba Bể" → "ba be", "TP. Bắc Kạn" → "bac kan", "Sở Tư pháp" → "tu phap".
 * Only one prefix of each kind is removed; "" for an empty name.
 */
export function strippedKey(name: string): string {
  return dropPrefix(dropPrefix(foldKey(name), COUNCIL), KINDS);
}

/** The organisational prefix of a name ("so", "ban", "cuc", "chi cuc"), or "" when it has none. */
function orgKind(name: string): string {
  const key = dropPrefix(foldKey(name), COUNCIL);
  return ORG_KINDS.find((p) => key.startsWith(`${p} `)) ?? '';
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Similarity of two names in [0, 1]: the mean of the token Jaccard index and the normalised
 * edit similarity (1 − distance / longer length), both on the prefix-stripped folded forms, so a
 * shared "Sở" does not make two departments look alike. Symmetric; 1 for equal stripped forms;
 * 0 when either is empty.
 */
export function nameSimilarity(a: string, b: string): number {
  const ka = strippedKey(a);
  const kb = strippedKey(b);
  if (ka === '' || kb === '') return 0;
  if (ka === kb) return 1;
  const ta = new Set(ka.split(' '));
  const tb = new Set(kb.split(' '));
  let shared = 0;
  for (const token of ta) if (tb.has(token)) shared++;
  const jaccard = shared / (ta.size + tb.size - shared);
  const edit = 1 - levenshtein(ka, kb) / Math.max(ka.length, kb.length);
  return Math.round(((jaccard + edit) / 2) * 1000) / 1000;
}

interface Candidate<Id> {
  readonly id: Id;
  readonly name: string;
  /** Folded forms counted as the same name (names in both languages, aliases, the id). */
  readonly exactKeys: readonly string[];
  readonly normalisedKeys: readonly string[];
  /** Organisational kind; a normalised match needs the same kind, or none on one side. */
  readonly kind?: string;
}

interface Probe {
  readonly name: string;
  readonly exactKeys: readonly string[];
  readonly normalisedKeys: readonly string[];
  readonly kind?: string;
}

const compatibleKinds = (a = '', b = '') => a === '' || b === '' || a === b;

interface GenericMatch<Id> {
  readonly status: MatchStatus;
  readonly id?: Id;
  readonly suggestions: readonly {
    readonly id: Id;
    readonly name: string;
    readonly score: number;
  }[];
}

function suggest<Id>(probe: Probe, candidates: readonly Candidate<Id>[]) {
  return candidates
    .map((c) => ({ id: c.id, name: c.name, score: nameSimilarity(probe.name, c.name) }))
    .filter((s) => s.score >= SUGGESTION_THRESHOLD)
    .sort((x, y) => y.score - x.score || compareNames(x.name, y.name))
    .slice(0, MAX_SUGGESTIONS);
}

const intersects = (a: readonly string[], b: readonly string[]) =>
  a.some((k) => k !== '' && b.includes(k));

/**
 * The shared matcher. `candidatesFor(i)` gives the existing things probe `i` may match (e.g. the
 * units of its group). An existing thing claimed by an exact match is not given to anyone else;
 * one claimed by several normalised matches is given to none of them (they become suggestions).
 */
function matchAll<Id>(
  probes: readonly Probe[],
  candidatesFor: (index: number) => readonly Candidate<Id>[],
): GenericMatch<Id>[] {
  const first: GenericMatch<Id>[] = probes.map((probe, i) => {
    const candidates = candidatesFor(i);
    const exact = candidates.filter((c) => intersects(probe.exactKeys, c.exactKeys));
    if (exact.length === 1 && exact[0] !== undefined) {
      return { status: 'exact', id: exact[0].id, suggestions: [] };
    }
    const normal = candidates.filter(
      (c) =>
        intersects(probe.normalisedKeys, c.normalisedKeys) && compatibleKinds(probe.kind, c.kind),
    );
    const suggestions = suggest(probe, candidates);
    if (exact.length === 0 && normal.length === 1 && normal[0] !== undefined) {
      return { status: 'normalised', id: normal[0].id, suggestions };
    }
    return { status: suggestions.length > 0 ? 'suggested' : 'none', suggestions };
  });
  const exactClaims = new Set<Id>();
  const normalClaims = new Map<Id, number>();
  for (const m of first) {
    if (m.id === undefined) continue;
    if (m.status === 'exact') exactClaims.add(m.id);
    else normalClaims.set(m.id, (normalClaims.get(m.id) ?? 0) + 1);
  }
  return first.map((m) =>
    m.status === 'normalised' &&
    m.id !== undefined &&
    (exactClaims.has(m.id) || (normalClaims.get(m.id) ?? 0) > 1)
      ? { status: 'suggested', suggestions: m.suggestions }
      : m,
  );
}

// Names and headers differ by "và"/"&"/"and" more often than by words that matter.
const CONNECTIVES = new Set(['va', 'and']);
const withoutConnectives = (key: string) =>
  key
    .split(' ')
    .filter((t) => !CONNECTIVES.has(t))
    .join(' ');

const unitProbe = (name: string): Probe => ({
  name,
  exactKeys: [foldKey(name)],
  normalisedKeys: [withoutConnectives(strippedKey(name))],
  kind: orgKind(name),
});

/**
 * Matches incoming unit names to the existing units of the same group (after `options.groups`).
 * Returns one match per incoming unit, in input order. Exact folded matches first, then
 * prefix-stripped ones; anything else is at most `suggested` (never matched automatically).
 * An empty `existing` gives `none` for everyone.
 */
export function matchUnits(
  incoming: readonly IncomingUnit[],
  existing: readonly Unit[],
  options: MatchUnitsOptions = {},
): UnitMatch[] {
  const byGroup = new Map<GroupId, Candidate<UnitId>[]>();
  for (const unit of existing) {
    const names = [unit.name, ...(unit.nameEn === undefined ? [] : [unit.nameEn])];
    const list = byGroup.get(unit.groupId) ?? [];
    list.push({
      id: unit.id,
      name: unit.name,
      exactKeys: names.map(foldKey),
      normalisedKeys: names.map((n) => withoutConnectives(strippedKey(n))),
      kind: orgKind(unit.name),
    });
    byGroup.set(unit.groupId, list);
  }
  const probes = incoming.map((u) => unitProbe(u.name));
  const matches = matchAll(probes, (i) => {
    const from = incoming[i]?.groupId;
    if (from === undefined) return [];
    const target = options.groups?.get(from) ?? from;
    return target === 'new' ? [] : (byGroup.get(target) ?? []);
  });
  return matches.map((m, i) => ({
    incomingName: incoming[i]?.name ?? '',
    status: m.status,
    ...(m.id === undefined ? {} : { unitId: m.id }),
    suggestions: m.suggestions.map((s) => ({ unitId: s.id, name: s.name, score: s.score })),
  }));
}

/** How one incoming sub-index column relates to the existing sub-indices (as `UnitMatch`). */
export interface SubIndexMatch {
  readonly incomingId: SubIndexId;
  readonly incomingName: string;
  readonly status: MatchStatus;
  /** The matched existing sub-index; present only for `exact` and `normalised`. */
  readonly subIndexId?: SubIndexId;
  readonly suggestions: readonly {
    readonly subIndexId: SubIndexId;
    readonly name: string;
    readonly score: number;
  }[];
}

function subIndexKeys(def: SubIndexDef) {
  const texts = [
    def.name.vi,
    def.name.en,
    ...(def.columns ?? []),
    ...(def.shortName === undefined ? [] : [def.shortName.vi, def.shortName.en]),
  ];
  // The id counts as a name too ("minh-bach-va-tiep-can-thong-tin" is the slug of a header).
  const exactKeys = [...new Set([...texts, def.id].map(foldKey))].filter((k) => k !== '');
  return { exactKeys, normalisedKeys: exactKeys.map(withoutConnectives) };
}

/**
 * Matches incoming sub-index columns to existing sub-indices by id and by folded vi/en names,
 * short names and column headers (`exact`), then the same without "và"/"and" (`normalised`:
 * "Tính năng động, sáng tạo & hiệu quả" = "Tính năng động, sáng tạo và hiệu quả"), then
 * suggestions by name similarity. One match per incoming sub-index, in input order.
 */
export function matchSubIndices(
  incoming: readonly SubIndexDef[],
  existing: readonly SubIndexDef[],
): SubIndexMatch[] {
  const candidates: Candidate<SubIndexId>[] = existing.map((def) => ({
    id: def.id,
    name: def.name.vi,
    ...subIndexKeys(def),
  }));
  const probes: Probe[] = incoming.map((def) => ({ name: def.name.vi, ...subIndexKeys(def) }));
  return matchAll(probes, () => candidates).map((m, i) => ({
    incomingId: incoming[i]?.id ?? ('' as SubIndexId),
    incomingName: incoming[i]?.name.vi ?? '',
    status: m.status,
    ...(m.id === undefined ? {} : { subIndexId: m.id }),
    suggestions: m.suggestions.map((s) => ({ subIndexId: s.id, name: s.name, score: s.score })),
  }));
}

/** How one incoming group relates to the existing groups (as `UnitMatch`; never `normalised`). */
export interface GroupMatch {
  readonly incomingId: GroupId;
  readonly incomingName: string;
  readonly status: MatchStatus;
  readonly groupId?: GroupId;
  readonly suggestions: readonly {
    readonly groupId: GroupId;
    readonly name: string;
    readonly score: number;
  }[];
}

/**
 * Matches incoming groups (khối) to existing ones by id and folded vi/en names; e.g. an imported
 * group `so-ban-nganh` "Sở, ban, ngành" is the bundled `departments`. Never strips prefixes
 * (group names are few and short); otherwise suggestions by similarity.
 */
export function matchGroups(incoming: readonly Group[], existing: readonly Group[]): GroupMatch[] {
  const keys = (g: Group) => [...new Set([g.id, g.name.vi, g.name.en].map(foldKey))];
  const candidates: Candidate<GroupId>[] = existing.map((g) => ({
    id: g.id,
    name: g.name.vi,
    exactKeys: keys(g),
    normalisedKeys: [],
  }));
  const probes: Probe[] = incoming.map((g) => ({
    name: g.name.vi,
    exactKeys: keys(g),
    normalisedKeys: [],
  }));
  return matchAll(probes, () => candidates).map((m, i) => ({
    incomingId: incoming[i]?.id ?? ('' as GroupId),
    incomingName: incoming[i]?.name.vi ?? '',
    status: m.status,
    ...(m.id === undefined ? {} : { groupId: m.id }),
    suggestions: m.suggestions.map((s) => ({ groupId: s.id, name: s.name, score: s.score })),
  }));
}
