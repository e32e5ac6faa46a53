import { slug } from '../domain/names.ts';
import { isoDay } from '../i18n/format.ts';

/**
 * File names of everything the app writes (CONTRACTS.md): `{index}-{province}-{year}-{group}-{view}.{ext}`,
 * lower-case ASCII slugs without diacritics, e.g. `dcci-bac-kan-2019-huyen-thanh-pho-xep-hang.png`.
 * Empty parts are left out, so a dataset without a province gives `pci-2016-…`.
 */
export function exportFileName(parts: {
  readonly index: string;
  readonly province?: string | null;
  readonly year: string | number;
  readonly group: string;
  readonly view: string;
  readonly ext: string;
}): string {
  const body = [parts.index, parts.province ?? '', String(parts.year), parts.group, parts.view]
    .map((p) => slug(p))
    .filter((p) => p !== '')
    .join('-');
  return `${body}.${parts.ext}`;
}

/**
 * The backup file's name, `dcci-sao-luu-YYYY-MM-DD.json`, dated on the user's calendar day (local
 * time): a UTC date would name a backup made in Vietnam before 07:00 after the day before.
 */
export function backupFileName(now: Date = new Date()): string {
  return `dcci-sao-luu-${isoDay(now)}.json`;
}
