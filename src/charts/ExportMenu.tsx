import { lazy, Suspense, useState, type ReactNode } from 'react';
import { translate, type Lang } from '../i18n/i18n.ts';
import { decodeView } from '../state/urlState.ts';
import type { ChartTarget, ExportInfo, ExportTable } from './exportTypes.ts';

// The dialog and the whole export pipeline (SVG, PNG, fonts, CSV writer) are a lazy chunk,
// loaded when the menu is opened: none of it weighs on the first paint.
const ExportDialog = lazy(() => import('./ExportDialog.tsx'));

/** What the frame shows, as the export starts from it (the journalist may edit some of it). */
export interface FrameContent {
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  readonly notes: readonly string[];
  readonly watermark: string | null;
  /** The frame's visible text alternative: the alt text when the view writes none. */
  readonly summary?: string;
}

export interface ExportMenuProps {
  readonly frame: FrameContent;
  /** The chart at a given width (ChartFrame's children). */
  readonly renderChart: (width: number, target?: ChartTarget) => ReactNode;
  /** The chart's width on screen ("as shown"). */
  readonly shownWidth: number;
  readonly table?: ExportTable;
  readonly info?: ExportInfo;
}

/** The language of the page (the URL is the source of truth for the selection). */
export function currentLang(): Lang {
  return typeof window === 'undefined' ? 'vi' : decodeView(window.location.search).state.lang;
}

/**
 * The "Xuất" / "Export" button of a chart frame, opening the export dialog (the CONTRACTS.md
 * menu: Tải PNG · Tải SVG · Tải CSV · Sao chép ảnh · Sao chép liên kết · Nhúng), and "In" / "Print".
 */
export function ExportMenu(props: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const lang = currentLang();
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {translate(lang, 'export.open')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {translate(lang, 'export.print')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ExportDialog {...props} lang={lang} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
