import type { DatasetMeta } from '../domain/meta.ts';
import { canonicalName, foldKey, slug } from '../domain/names.ts';
import type { Group, GroupId, LocalizedText } from '../domain/types.ts';

/**
 * Maps a group cell or option to a group: with a sidecar, by id, vi/en name or alias (without
 * case or diacritics), null when none matches; without one, a new group whose id is the slug.
 */
export function groupResolver(meta: DatasetMeta | undefined): (text: string) => Group | null {
  return remembered(resolverOf(meta));
}

/**
 * The resolver's answer per distinct text: a file repeats a handful of group cells on thousands
 * of rows. Groups are never mutated, so one object per text is shared.
 */
function remembered(resolve: (text: string) => Group | null): (text: string) => Group | null {
  const known = new Map<string, Group | null>();
  return (text) => {
    let group = known.get(text);
    if (group === undefined) {
      group = resolve(text);
      if (known.size < 10_000) known.set(text, group);
    }
    return group;
  };
}

function resolverOf(meta: DatasetMeta | undefined): (text: string) => Group | null {
  if (meta === undefined) {
    return (text) => {
      const name = canonicalName(text);
      const id = (slug(name) || 'group') as GroupId;
      const label: LocalizedText = { vi: name, en: name };
      return { id, name: label };
    };
  }
  const byKey = new Map<string, Group>();
  for (const g of meta.groups) {
    const group: Group = { id: g.id as GroupId, name: g.name };
    for (const key of [g.id, g.name.vi, g.name.en, ...(g.aliases ?? [])]) {
      const k = foldKey(key);
      if (k !== '' && !byKey.has(k)) byKey.set(k, group);
    }
  }
  return (text) => byKey.get(foldKey(text)) ?? null;
}
