/**
 * A Word report as plain blocks (no docx objects): the views say what the report contains, in
 * display strings already formatted exactly as on screen; `build.ts` lays the blocks out. Keeping
 * the content as data makes it testable without Word and keeps the docx library in a lazy chunk.
 */

export interface ReportImage {
  /** PNG bytes. */
  readonly data: Uint8Array;
  /** Pixel size of the PNG (used for the aspect ratio only). */
  readonly width: number;
  readonly height: number;
  /** Alternative text for screen readers in Word. */
  readonly alt: string;
  readonly title: string;
}

export type ReportBlock =
  /** Level 1 = the report's title (Word "Title"-like Heading 1); 2 and 3 are Word headings. */
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly emphasis?: 'quote' | 'small' }
  /** Term–value pairs laid out as a two-column table (the key figures). */
  | {
      readonly kind: 'figures';
      readonly items: readonly (readonly [string, string])[];
      /** Two pairs per row (term, value, term, value): half the height, for a page per unit. */
      readonly twoColumns?: boolean;
    }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** Column indices right-aligned (numbers). */
      readonly numeric: readonly number[];
      /** Relative column widths (default equal). */
      readonly widths?: readonly number[];
      /** Set one point smaller (a group report's page per unit). */
      readonly small?: boolean;
    }
  | { readonly kind: 'list'; readonly items: readonly string[]; readonly ordered?: boolean }
  | { readonly kind: 'image'; readonly image: ReportImage; readonly maxHeightMm?: number }
  | { readonly kind: 'pageBreak' };

export interface ReportDocument {
  readonly lang: 'vi' | 'en';
  /** Document title (core properties). */
  readonly title: string;
  /** Illustrative-data watermark, repeated in the header of every page; null for real data. */
  readonly watermark: string | null;
  /** Footer line (source), shown on every page with the page number. */
  readonly footer: string;
  readonly blocks: readonly ReportBlock[];
}
