import type { DatasetMeta } from '../domain/meta.ts';

export type MetaResult =
  | { readonly ok: true; readonly value: DatasetMeta }
  | { readonly ok: false; readonly error: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): boolean =>
  isObject(v) && typeof v.vi === 'string' && typeof v.en === 'string';

/**
 * Checks the parts of a sidecar (`<name>.meta.json`) the importer relies on: id, title,
 * groups (id, name, optional aliases) and sub-indices (id, name, columns). Returns the first
 * problem found as a short English description (for the CLI's usage error).
 */
export function tryParseMeta(text: string): MetaResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `not JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!isObject(value)) return { ok: false, error: 'not a JSON object' };
  if (typeof value.id !== 'string' || value.id === '') return { ok: false, error: 'missing "id"' };
  if (!isText(value.title)) return { ok: false, error: 'missing "title" {vi, en}' };
  if (!Array.isArray(value.groups)) return { ok: false, error: 'missing "groups"' };
  for (const g of value.groups) {
    if (!isObject(g) || typeof g.id !== 'string' || !isText(g.name))
      return { ok: false, error: 'a group lacks id/name' };
    if (
      g.aliases !== undefined &&
      !(Array.isArray(g.aliases) && g.aliases.every((a) => typeof a === 'string'))
    ) {
      return { ok: false, error: `group "${g.id}": aliases must be strings` };
    }
  }
  if (!Array.isArray(value.subIndices)) return { ok: false, error: 'missing "subIndices"' };
  for (const s of value.subIndices) {
    if (!isObject(s) || typeof s.id !== 'string' || !isText(s.name))
      return { ok: false, error: 'a sub-index lacks id/name' };
    if (!Array.isArray(s.columns) || !s.columns.every((c) => typeof c === 'string')) {
      return { ok: false, error: `sub-index "${s.id}": columns must be strings` };
    }
  }
  if (typeof value.illustrative !== 'boolean')
    return { ok: false, error: 'missing "illustrative"' };
  if (!isObject(value.source) || !isText(value.source.name) || !isText(value.source.licence)) {
    return { ok: false, error: 'missing "source" {name, licence}' };
  }
  // The remaining fields are optional or display-only; the shape above is what import needs.
  return { ok: true, value: value as unknown as DatasetMeta };
}
