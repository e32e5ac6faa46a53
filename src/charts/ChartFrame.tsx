import { useId, useState, type ReactNode } from 'react';
import { useWidth } from '../ui/useWidth.ts';
import type { ChartTarget } from './target.ts';

/** What the frame shows, as an export starts from it (the journalist may edit some of it). */
export interface FrameContent {
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  readonly notes: readonly string[];
  readonly watermark: string | null;
  /** The frame's visible text alternative: the alt text when the view writes none. */
  readonly summary?: string;
}

/** What the frame hands to its tools slot. */
export interface FrameTools {
  readonly frame: FrameContent;
  /** The chart at a given width (the frame's children). */
  readonly renderChart: (width: number, target?: ChartTarget) => ReactNode;
  /** The chart's width on screen ("as shown"). */
  readonly shownWidth: number;
}

export interface ChartFrameProps {
  readonly title: string;
  readonly subtitle: string;
  /** Visible one-paragraph text alternative of the chart. */
  readonly summary: string;
  readonly source: string;
  readonly notes: readonly string[];
  /** Watermark text for illustrative data (always both languages); null for real data. */
  readonly watermark: string | null;
  readonly labels: {
    readonly showTable: string;
    readonly showChart: string;
    readonly chart: string;
  };
  /** The table alternative, shown instead of the chart when toggled. */
  readonly table: ReactNode;
  /** The chart at a width; exports also pass the height of the image's chart box. */
  readonly children: (width: number, target?: ChartTarget) => ReactNode;
  /** Width used before measuring (and in jsdom, which cannot measure). */
  readonly fallbackWidth?: number;
  /** The header's tools before the table toggle (the view's export menu; none when left out). */
  readonly tools?: (frame: FrameTools) => ReactNode;
  /**
   * The chart box's role: `img` (the default) makes its content one image for screen readers;
   * `group` exposes its content, for a box that also holds text to be read (the map's ranked list,
   * its loading or error line) — the view then marks its drawings `aria-hidden`.
   */
  readonly boxRole?: 'img' | 'group';
}

/**
 * Every chart's frame (DESIGN.md): title, subtitle, the chart (or its table), then a footer with
 * the source line, notes and, for illustrative data, the watermark. Exports reproduce this frame.
 *
 * Export: the view puts its "Xuất" / "Export" button (and "In" / "Print") in the `tools` slot,
 * which gets the frame's content, its chart renderer and its width:
 * `tools={(f) => <ExportMenu {...f} lang={lang} table={…} info={…} />}` (views/export). With only
 * the frame the menu offers PNG and SVG of this frame (the chart re-rendered through
 * `children(width)` at the image's width, with title, subtitle, source, notes, date and the
 * locked watermark), the link and the embed code. The view gets the rest with two optional props:
 * - `table={{ header, rows }}` — the plotted data with the shown columns → "Tải CSV"
 *   (numbers as numbers, null for missing);
 * - `info={{ dataset, view: 'ranking', groupId, year }}` — from which the (lazy) dialog
 *   derives CONTRACTS.md file names, the CSV title line with source, licence and the
 *   illustrative marker, and the citation; add `caption`, `alt` and `highlight` when the view
 *   has them.
 * views/ranking/RankingView.tsx is the worked example.
 */
export function ChartFrame(props: ChartFrameProps) {
  const [ref, width] = useWidth<HTMLDivElement>(props.fallbackWidth ?? 720);
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure className="chart-frame" aria-labelledby={titleId}>
      <header className="chart-frame__header">
        <div>
          <h2 id={titleId} className="chart-frame__title">
            {props.title}
          </h2>
          <p className="chart-frame__subtitle">{props.subtitle}</p>
        </div>
        <div className="chart-frame__tools">
          {props.tools?.({
            frame: {
              title: props.title,
              subtitle: props.subtitle,
              source: props.source,
              notes: props.notes,
              watermark: props.watermark,
              summary: props.summary,
            },
            renderChart: props.children,
            shownWidth: width,
          })}
          <button
            type="button"
            className="button button--secondary"
            aria-pressed={asTable}
            onClick={() => setAsTable((v) => !v)}
          >
            {asTable ? props.labels.showChart : props.labels.showTable}
          </button>
        </div>
      </header>
      <p id={summaryId} className="chart-frame__summary">
        {props.summary}
      </p>
      <div ref={ref} className="chart-frame__body">
        {asTable ? (
          props.table
        ) : (
          <div
            className="chart-frame__chart"
            role={props.boxRole ?? 'img'}
            aria-label={props.labels.chart}
            aria-describedby={summaryId}
          >
            {props.children(width)}
          </div>
        )}
      </div>
      <figcaption className="chart-frame__footer">
        <p className="chart-frame__source">{props.source}</p>
        {props.notes.map((note) => (
          <p key={note} className="chart-frame__note">
            {note}
          </p>
        ))}
        {props.watermark ? <p className="chart-frame__watermark">{props.watermark}</p> : null}
      </figcaption>
    </figure>
  );
}
