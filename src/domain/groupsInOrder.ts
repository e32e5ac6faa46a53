/**
 * Items grouped by several keys (a unit, a group, a year…), the groups in the order their first
 * item appears. Looked up through one map per key, so keys the items share (ids, years) are
 * hashed once each — not a key string built and hashed again for every item, which was a visible
 * share of importing 10,000 rows.
 */
export function groupsInOrder<T>(
  items: Iterable<T>,
  keys: readonly [(item: T) => unknown, ...((item: T) => unknown)[]],
): T[][] {
  const groups: T[][] = [];
  const root = new Map<unknown, unknown>();
  const inner = keys.slice(0, -1);
  const lastKey = keys[keys.length - 1] as (item: T) => unknown;
  for (const item of items) {
    let level = root;
    for (const key of inner) {
      const k = key(item);
      let next = level.get(k) as Map<unknown, unknown> | undefined;
      if (next === undefined) level.set(k, (next = new Map()));
      level = next;
    }
    const k = lastKey(item);
    const list = level.get(k) as T[] | undefined;
    if (list === undefined) {
      const created = [item];
      level.set(k, created);
      groups.push(created);
    } else list.push(item);
  }
  return groups;
}
