import type { LocalizedText } from './types.ts';

/**
 * The sidecar metadata of a dataset (`data/<id>.meta.json`): everything a CSV of scores cannot
 * say. The importer combines it with the CSV rows into a `Dataset`. A user's file imported
 * without metadata gets one built from its headers and the answers in the import dialog.
 */
export interface DatasetMeta {
  /** Stable id used in URLs (`ds=`), e.g. `bac-kan-dcci`, `pci`. */
  readonly id: string;
  readonly title: LocalizedText;
  readonly province: LocalizedText | null;
  /** "DCCI", "DDCI" or "PCI": used in titles and file names. */
  readonly indexName: string;
  /** True when the scores are made up. Also set when the CSV carries the illustrative marker. */
  readonly illustrative: boolean;
  readonly source: {
    readonly name: LocalizedText;
    readonly url?: string;
    readonly licence: LocalizedText;
    readonly note?: LocalizedText;
  };
  /** Groups in display order. `aliases` are the ways the CSV's group column writes the group. */
  readonly groups: readonly {
    readonly id: string;
    readonly name: LocalizedText;
    readonly aliases?: readonly string[];
  }[];
  /**
   * Sub-indices in display order. `columns` are the CSV headers holding the scores (matched
   * without case or diacritics). `weight` only where public or documented as illustrative.
   */
  readonly subIndices: readonly {
    readonly id: string;
    readonly name: LocalizedText;
    readonly shortName?: LocalizedText;
    readonly columns: readonly string[];
    readonly weight?: number;
    readonly groups?: readonly string[];
    readonly years?: readonly number[];
    readonly direction?: 'higher-is-better' | 'lower-is-better';
  }[];
  /** Optional extra facts about units (codes, English names), matched by group id + name. */
  readonly units?: readonly {
    readonly group: string;
    readonly name: string;
    readonly nameEn?: string;
    readonly code?: string;
  }[];
  readonly notes?: readonly LocalizedText[];
  readonly methodChanges?: readonly { readonly year: number; readonly note: LocalizedText }[];
}
