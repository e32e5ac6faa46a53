/**
 * The column mapping a user chose, remembered in this browser for files with the same header
 * (localStorage, never sent anywhere). Keyed by the header cells, so a new edition of the same
 * published table gets the same roles back; detection still runs for columns not in it.
 */
import { isMappingRole } from '../import/mapping.ts';
import type { MappingEntry } from '../import/mapping.ts';

const PREFIX = 'dcci.import-mapping.v1:';
const MAX_ENTRIES = 200;

/** The key of a header: its cells, NFC, joined with a separator no header contains. */
export function headerSignature(headers: readonly string[]): string {
  return PREFIX + headers.map((h) => h.normalize('NFC').trim()).join('\u001f');
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Storage disabled (privacy settings): the mapping is simply not remembered.
  }
}

/** The remembered mapping for this header, or null (unreadable entries are ignored). */
export function recallMapping(headers: readonly string[]): MappingEntry[] | null {
  try {
    const text = storage()?.getItem(headerSignature(headers));
    if (text == null) return null;
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return null;
    const entries = (parsed as unknown[]).slice(0, MAX_ENTRIES).flatMap((item): MappingEntry[] => {
      if (typeof item !== 'object' || item === null) return [];
      const { key, role } = item as { key?: unknown; role?: unknown };
      return typeof key === 'string' && typeof role === 'string' && isMappingRole(role)
        ? [{ key, role }]
        : [];
    });
    return entries.length > 0 ? entries : null;
  } catch {
    return null;
  }
}

/** Remembers (or, with an empty list, forgets) the mapping for this header. */
export function rememberMapping(
  headers: readonly string[],
  entries: readonly MappingEntry[],
): void {
  try {
    const store = storage();
    if (store === null) return;
    if (entries.length === 0) store.removeItem(headerSignature(headers));
    else store.setItem(headerSignature(headers), JSON.stringify(entries.slice(0, MAX_ENTRIES)));
  } catch {
    // Quota or disabled storage: remembering is a convenience, the import goes on.
  }
}

export { MAPPING_ROLES } from '../import/mapping.ts';
export type { MappingEntry, MappingRole, ReportColumn } from '../import/mapping.ts';
