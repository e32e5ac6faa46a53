import { lazy, Suspense, useState, type ReactNode } from 'react';
import { translate, type Lang } from '../../i18n/i18n.ts';
import type { FrameContent } from '../../charts/ChartFrame.tsx';
import type { ChartTarget, ExportInfo, ExportTable } from '../../export/types.ts';

// The dialog and the whole export pipeline (SVG, PNG, fonts, CSV writer) are a lazy chunk,
// loaded when the menu is opened: none of it weighs on the first paint.
const ExportDialog = lazy(() => import('./ExportDialog.tsx'));

export interface ExportMenuProps {
  readonly frame: FrameContent;
  /** The chart at a given width (ChartFrame's children). */
  readonly renderChart: (width: number, target?: ChartTarget) => ReactNode;
  /** The chart's width on screen ("as shown"). */
  readonly shownWidth: number;
  readonly table?: ExportTable;
  readonly info?: ExportInfo;
  /** The language of the menu and the dialog: the view's, from its props (never the URL). */
  readonly lang: Lang;
}

/**
 * The "Xuất" / "Export" button of a chart frame, opening the export dialog (the CONTRACTS.md
 * menu: Tải PNG · Tải SVG · Tải CSV · Sao chép ảnh · Sao chép liên kết · Nhúng), and "In" / "Print".
 * A view puts it in its frame's tools slot (see ChartFrame).
 */
export function ExportMenu(props: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const lang = props.lang;
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
          <ExportDialog {...props} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
