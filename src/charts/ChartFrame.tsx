import { useId, useState, type ReactNode } from 'react';
import { useWidth } from '../ui/useWidth.ts';

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
  readonly children: (width: number) => ReactNode;
  /** Width used before measuring (and in jsdom, which cannot measure). */
  readonly fallbackWidth?: number;
}

/**
 * Every chart's frame (DESIGN.md): title, subtitle, the chart (or its table), then a footer with
 * the source line, notes and, for illustrative data, the watermark. Exports reproduce this frame.
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
            role="img"
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
