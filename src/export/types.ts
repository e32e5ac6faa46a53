import type { ReactNode } from 'react';
import type { GroupYearStats } from '../domain/uncertainty.ts';
import type { Dataset } from '../domain/types.ts';
import type { ChartTarget } from '../charts/target.ts';

/**
 * What a view may hand to the export menu it puts in its ChartFrame's tools slot, so the menu can
 * produce files beyond the image (which it can always make from the frame's rendered chart). Both
 * are optional; see the ExportMenu comment for how a view opts in.
 */

// The chart's side of an image export is a charts type (charts import nothing from export/).
export type { ChartTarget };

/** The exact plotted data: the columns shown, one row per plotted mark (numbers stay numbers). */
export interface ExportTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/**
 * Which data the chart shows. The export dialog (a lazy chunk) derives from it the CONTRACTS.md
 * file name, the CSV title line (source, licence, illustrative marker) and the citation.
 */
export interface ExportInfo {
  readonly dataset: Dataset;
  /** A view id of CONTRACTS.md (`ranking`, `scorecard`, …). */
  readonly view: string;
  readonly groupId: string;
  /** The year shown, or a range ("2018–2020") for charts over years. */
  readonly year: number | string;
  /** The unit the caption is about (the selected unit); the leader when absent. */
  readonly unitId?: string | null;
  /** The group-year's uncertainty when the view has computed it (captions then use the flags). */
  readonly stats?: GroupYearStats | null;
  /** A caption to quote and the chart's alt text, when the view writes its own (optional; the
   * ranking's are built from the numbers by export/captions.ts). */
  readonly caption?: string;
  readonly alt?: string;
  /** Units the journalist may highlight (up to 3) before exporting, and how the chart draws them. */
  readonly highlight?: {
    readonly units: readonly { readonly id: string; readonly name: string }[];
    /** The chart at `width` with `ids` highlighted. */
    readonly render: (width: number, ids: readonly string[], target?: ChartTarget) => ReactNode;
  };
}
