import type { ReactNode } from 'react';
import type { GroupYearStats } from '../domain/uncertainty.ts';
import type { Dataset } from '../domain/types.ts';

/**
 * What a view may hand to its ChartFrame so the frame's export menu can produce files beyond the
 * image (which the frame can always make from its rendered chart). Both are optional; see the
 * ChartFrame comment for how a view opts in.
 */

/**
 * What an image export asks of a chart besides its width: the height of the frame's chart box
 * (null: the chart's natural height). On screen the chart gets no target; most charts ignore it,
 * the map uses it to fill a fixed-size image.
 */
export interface ChartTarget {
  readonly height: number | null;
}

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
    readonly render: (width: number, ids: readonly string[]) => ReactNode;
  };
}
