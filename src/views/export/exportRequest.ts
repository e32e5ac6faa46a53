import type { FrameContent } from '../../charts/ChartFrame.tsx';
import { buildCitation } from '../../export/caption.ts';
import { csvTitle, type CsvDialect } from '../../export/csv.ts';
import { exportFileName } from '../../export/fileName.ts';
import { citationParts, exportFileParts } from '../../export/info.ts';
import { IncompleteMapError } from '../../export/mapCheck.ts';
import { NoChartError, type ExportRequest } from '../../export/pipeline.ts';
import { withYearAndGroup } from '../../export/tableCsv.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { catalogueEntry } from '../../state/catalogue.ts';
import type { ExportMenuProps } from './ExportMenu.tsx';
import { MIN_WIDTH, MAX_WIDTH, SIZES } from './exportOptions.ts';

/** What the user chose in the export dialog before exporting. */
export interface ExportForm {
  readonly title: string;
  readonly subtitle: string;
  readonly note: string;
  readonly sizeId: string;
  readonly customWidth: number;
  readonly dialect: CsvDialect;
  readonly highlight: readonly string[];
}

/** The form as the dialog opens: the frame's own title and subtitle, nothing highlighted. */
export function initialForm(frame: FrameContent): ExportForm {
  return {
    title: frame.title,
    subtitle: frame.subtitle,
    note: '',
    sizeId: 'shown',
    customWidth: 1000,
    dialect: 'plain',
    highlight: [],
  };
}

/** The pipeline's request for the frame as edited: the source line and watermark stay locked. */
export function exportRequest(
  props: ExportMenuProps,
  form: ExportForm,
  context: { readonly link: string; readonly today: string; readonly t: Translate },
): ExportRequest {
  const { frame, info, table, lang } = props;
  const { t } = context;
  const note = form.note.trim();
  const size = SIZES.find((s) => s.id === form.sizeId) ?? SIZES[0]!;
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(form.customWidth) || MIN_WIDTH));
  const hl = info?.highlight;
  return {
    frame: {
      title: form.title.trim() || frame.title,
      subtitle: form.subtitle.trim(),
      // Locked: the source line and the watermark come from the data, never from the form.
      source: frame.source,
      notes: [...frame.notes, ...(note ? [note] : [])],
      // Too long for a fixed-size image: where the full notes are (the view's link, or for an
      // imported dataset, whose link may carry the whole dataset, its name).
      shortNotes: [
        ...(note ? [note] : []),
        info && !catalogueEntry(info.dataset.id)
          ? t('export.fullNotesIn', { name: info.dataset.title[lang] })
          : t('export.fullNotesAt', { link: context.link }),
      ],
      exported: t('export.exported', { date: context.today }),
      watermark: frame.watermark,
    },
    layout: size.layout(Math.max(MIN_WIDTH, Math.round(props.shownWidth)), width),
    renderChart:
      hl && form.highlight.length > 0
        ? (w, target) => hl.render(w, form.highlight, target)
        : props.renderChart,
    // A one-year chart's CSV carries its year and group, so it re-imports to the same ones.
    table: table && info ? withYearAndGroup(table, info, lang) : (table ?? null),
    csvTitle: info
      ? csvTitle(info.dataset, lang, info.view.startsWith('weights'))
      : [frame.watermark, frame.title, frame.source].filter(Boolean).join(' — '),
    dialect: form.dialect,
  };
}

/** The file name of an export (the CONTRACTS.md rule), for a frame without export info too. */
export function exportName(props: ExportMenuProps, ext: string): string {
  return props.info
    ? exportFileName({ ...exportFileParts(props.info), ext })
    : exportFileName({ index: 'bieu-do', year: '', group: '', view: props.frame.title, ext });
}

/** Why an export failed, in words. */
export function exportFailure(e: unknown, t: Translate): string {
  return e instanceof NoChartError
    ? t('export.noChart')
    : e instanceof IncompleteMapError
      ? t('export.incompleteMap')
      : t('export.failed', { reason: e instanceof Error ? e.message : String(e) });
}

/**
 * The caption to quote: the view's, else the frame's text alternative. A caption of illustrative
 * data always says so, whichever view wrote it (the watermark marks illustrative frames); builders
 * that already say it are not repeated.
 */
export function exportCaption(frame: FrameContent, caption: string | undefined, t: Translate) {
  const base = caption || frame.summary || '';
  return base && frame.watermark !== null && !/minh họa|illustrative/i.test(base)
    ? `${base} ${t('export.captionIllustrative')}`
    : base;
}

/** The citation line: dataset, source, licence, the day and the link. */
export function exportCitation(props: ExportMenuProps, today: string, link: string, lang: Lang) {
  const { info, frame } = props;
  return info
    ? buildCitation({ ...citationParts(info, lang), date: today, url: link }, lang)
    : buildCitation(
        { dataset: frame.title, source: frame.source, licence: '', date: today, url: link },
        lang,
      );
}
