import { IncompleteMapError } from '../../export/mapCheck.ts';
import { useMemo, useState } from 'react';
import { buildCitation, embedSnippet } from '../../export/caption.ts';
import { chartWords } from '../../export/captions.ts';
import { csvTitle, datasetCsvDownload, type CsvDialect } from '../../export/csv.ts';
import { downloadBlob } from '../../export/download.ts';
import { withYearAndGroup } from '../../export/tableCsv.ts';
import { exportFileName } from '../../export/fileName.ts';
import { citationParts, exportFileParts } from '../../export/info.ts';
import {
  EXPORT_FORMATS,
  NoChartError,
  type ExportFormat,
  type ExportRequest,
} from '../../export/pipeline.ts';
import { ExportPreview, previewSignature } from './ExportPreview.tsx';
import { translate, type MessageKey, type Params } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/format.ts';
import { DEFAULT_MAX_URL_CHARS } from '../../storage/shareLink.ts';
import { catalogueEntry } from '../../state/catalogue.ts';
import { copyText, CopyField } from './CopyField.tsx';
import { currentLinks, MAX_HIGHLIGHT, MAX_WIDTH, MIN_WIDTH, SIZES } from './exportOptions.ts';
import { useShareLink } from './useShareLink.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import type { ExportMenuProps } from './ExportMenu.tsx';

/**
 * The export dialog of a chart frame (lazy chunk): "before exporting" edits (title, subtitle, a
 * note, up to three highlighted units — the source line and the watermark are locked), the image
 * size and CSV dialect, the six CONTRACTS.md actions, then the caption, alt text, citation, link
 * and embed code with copy buttons. Every file goes through the one pipeline (export/pipeline.ts).
 */
export default function ExportDialog(props: ExportMenuProps & { onClose: () => void }) {
  const { frame, info, table, lang, onClose } = props;
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const [title, setTitle] = useState(frame.title);
  const [subtitle, setSubtitle] = useState(frame.subtitle);
  const [note, setNote] = useState('');
  const [sizeId, setSizeId] = useState('shown');
  const [customWidth, setCustomWidth] = useState(1000);
  const [dialect, setDialect] = useState<CsvDialect>('plain');
  const [highlight, setHighlight] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [showEmbed, setShowEmbed] = useState(false);
  const today = useMemo(() => formatDate(new Date(), lang), [lang]);
  const links = useMemo(() => currentLinks(), []);
  const words = useMemo(() => (info ? chartWords(info, lang) : null), [info, lang]);
  // The frame's own text alternative stands in for the alt text when the view writes none, and
  // (with the illustrative note) for the caption: every chart offers a sentence to quote.
  const alt = words?.alt || frame.summary || '';
  const baseCaption = words?.caption || frame.summary || '';
  // A caption of illustrative data always says so, whichever view wrote it (the watermark marks
  // illustrative frames); builders that already say it are not repeated.
  const caption =
    baseCaption && frame.watermark !== null && !/minh họa|illustrative/i.test(baseCaption)
      ? `${baseCaption} ${t('export.captionIllustrative')}`
      : baseCaption;

  const size = SIZES.find((s) => s.id === sizeId) ?? SIZES[0]!;
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(customWidth) || MIN_WIDTH));
  const hl = info?.highlight;
  const request: ExportRequest = {
    frame: {
      title: title.trim() || frame.title,
      subtitle: subtitle.trim(),
      // Locked: the source line and the watermark come from the data, never from the form.
      source: frame.source,
      notes: [...frame.notes, ...(note.trim() ? [note.trim()] : [])],
      // Too long for a fixed-size image: where the full notes are (the view's link, or for an
      // imported dataset, whose link may carry the whole dataset, its name).
      shortNotes: [
        ...(note.trim() ? [note.trim()] : []),
        info && !catalogueEntry(info.dataset.id)
          ? t('export.fullNotesIn', { name: info.dataset.title[lang] })
          : t('export.fullNotesAt', { link: links.link }),
      ],
      exported: t('export.exported', { date: today }),
      watermark: frame.watermark,
    },
    layout: size.layout(Math.max(MIN_WIDTH, Math.round(props.shownWidth)), width),
    renderChart:
      hl && highlight.length > 0
        ? (w, target) => hl.render(w, highlight, target)
        : props.renderChart,
    // A one-year chart's CSV carries its year and group, so it re-imports to the same ones.
    table: table && info ? withYearAndGroup(table, info, lang) : (table ?? null),
    csvTitle: info
      ? csvTitle(info.dataset, lang, info.view.startsWith('weights'))
      : [frame.watermark, frame.title, frame.source].filter(Boolean).join(' — '),
    dialect,
  };

  const fileName = (ext: string) =>
    info
      ? exportFileName({ ...exportFileParts(info), ext })
      : exportFileName({ index: 'bieu-do', year: '', group: '', view: frame.title, ext });

  const failure = (e: unknown) =>
    e instanceof NoChartError
      ? t('export.noChart')
      : e instanceof IncompleteMapError
        ? t('export.incompleteMap')
        : t('export.failed', { reason: e instanceof Error ? e.message : String(e) });

  const download = async (format: ExportFormat) => {
    const produce = EXPORT_FORMATS.get(format);
    if (!produce) return;
    setBusy(true);
    setStatus(t('export.working'));
    try {
      const file = await produce(request);
      const name = fileName(file.ext);
      downloadBlob(name, file.blob);
      setStatus(t('export.done', { name }));
    } catch (e) {
      setStatus(failure(e));
    } finally {
      setBusy(false);
    }
  };

  const copyImage = async () => {
    const produce = EXPORT_FORMATS.get('png');
    if (!produce || typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
      setStatus(t('export.copyImageUnsupported'));
      return;
    }
    setBusy(true);
    setStatus(t('export.working'));
    try {
      // A promise inside the ClipboardItem keeps the user's click as the activation (Safari).
      const blob = produce(request).then((f) => f.blob);
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
      setStatus(t('export.copiedImage'));
    } catch (e) {
      setStatus(
        e instanceof NoChartError || (e instanceof Error && e.name !== 'NotAllowedError')
          ? failure(e)
          : t('export.copyImageUnsupported'),
      );
    } finally {
      setBusy(false);
    }
  };

  const downloadDataset = () => {
    if (!info) return;
    const { name, blob } = datasetCsvDownload(info.dataset, lang, dialect);
    downloadBlob(name, blob);
    setStatus(t('export.done', { name }));
  };
  const share = useShareLink(links.link, info?.dataset ?? null, links.embed);

  const copied = (ok: boolean) => setStatus(ok ? t('export.copied') : t('export.copyFailed'));
  const snippet =
    share.embed === null
      ? null
      : embedSnippet(share.embed, request.frame.title, new URL(links.embed).origin);
  const citation = info
    ? buildCitation({ ...citationParts(info, lang), date: today, url: links.link }, lang)
    : buildCitation(
        { dataset: frame.title, source: frame.source, licence: '', date: today, url: links.link },
        lang,
      );

  const toggleHighlight = (id: string, on: boolean) =>
    setHighlight((list) =>
      on ? (list.length < MAX_HIGHLIGHT ? [...list, id] : list) : list.filter((x) => x !== id),
    );

  return (
    // Closing unmounts the dialog (ExportMenu); Dialog gives focus back to the "Xuất" button.
    <Dialog
      onClose={onClose}
      title={t('export.dialogTitle')}
      className="export-dialog"
      headClassName="export-dialog__head"
      closeLabel={t('export.close')}
    >
      <fieldset className="export-dialog__edits">
        <legend>{t('export.editHeading')}</legend>
        <label>
          {t('export.titleField')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        </label>
        <label>
          {t('export.subtitleField')}
          <input value={subtitle} onChange={(e) => setSubtitle(e.target.value)} maxLength={200} />
        </label>
        <label>
          {t('export.noteField')}
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={300} />
        </label>
        <p className="export-dialog__locked">{t('export.locked')}</p>
        {hl && hl.units.length > 0 ? (
          <fieldset className="export-dialog__highlight">
            <legend>{t('export.highlight')}</legend>
            {hl.units.map((u) => (
              <label key={u.id}>
                <input
                  type="checkbox"
                  checked={highlight.includes(u.id)}
                  disabled={!highlight.includes(u.id) && highlight.length >= MAX_HIGHLIGHT}
                  onChange={(e) => toggleHighlight(u.id, e.target.checked)}
                />
                {u.name}
              </label>
            ))}
          </fieldset>
        ) : null}
      </fieldset>

      <div className="export-dialog__options">
        <label>
          {t('export.size')}
          <select value={sizeId} onChange={(e) => setSizeId(e.target.value)}>
            {SIZES.map((s) => (
              <option key={s.id} value={s.id}>
                {t(s.label)}
              </option>
            ))}
          </select>
        </label>
        {sizeId === 'custom' ? (
          <label>
            {t('export.customWidth')}
            <input
              type="number"
              min={MIN_WIDTH}
              max={MAX_WIDTH}
              step={10}
              value={customWidth}
              onChange={(e) => setCustomWidth(Number(e.target.value))}
            />
          </label>
        ) : null}
        {table ? (
          <label>
            {t('export.dialect')}
            <select value={dialect} onChange={(e) => setDialect(e.target.value as CsvDialect)}>
              <option value="plain">{t('export.dialectPlain')}</option>
              <option value="excel-vi">{t('export.dialectExcel')}</option>
            </select>
          </label>
        ) : null}
      </div>

      <ExportPreview
        request={request}
        signature={previewSignature(request, highlight)}
        lang={lang}
        describe={failure}
      />

      <div className="export-dialog__actions" role="group" aria-label={t('export.dialogTitle')}>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void download('png')}
        >
          {t('export.png')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void download('svg')}
        >
          {t('export.svg')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || !table}
          title={table ? undefined : t('export.noTable')}
          onClick={() => void download('csv')}
        >
          {t('export.csv')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void copyImage()}
        >
          {t('export.copyImage')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void copyText(share.url).then((ok) =>
              setStatus(
                !ok
                  ? t('export.copyFailed')
                  : share.withData
                    ? t('share.copiedWithData')
                    : t('export.copiedLink'),
              ),
            )
          }
        >
          {t('export.copyLink')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={showEmbed}
          onClick={() => setShowEmbed(true)}
        >
          {t('export.embed')}
        </button>
      </div>
      <p className="export-dialog__status" role="status">
        {status}
      </p>

      {showEmbed && snippet !== null ? (
        <CopyField
          label={t('export.embedCode')}
          value={snippet}
          copyLabel={t('export.copy')}
          multiline
          onCopied={copied}
        />
      ) : showEmbed && share.embedBlocked ? (
        <p className="export-dialog__locked" role="note">
          {t('export.embedTooLarge', { max: DEFAULT_MAX_URL_CHARS })}
        </p>
      ) : null}
      <CopyField
        label={t('export.link')}
        value={share.url}
        copyLabel={t('export.copy')}
        onCopied={copied}
      />
      {share.tooLargeChars !== null ? (
        <p className="export-dialog__locked" role="note">
          {t('share.tooLarge', { chars: share.tooLargeChars, max: DEFAULT_MAX_URL_CHARS })}
        </p>
      ) : null}
      {info ? (
        <button type="button" className="button button--secondary" onClick={downloadDataset}>
          {t('export.downloadDataset')}
        </button>
      ) : null}
      {caption ? (
        <CopyField
          label={t('export.caption')}
          value={caption}
          copyLabel={t('export.copy')}
          multiline
          onCopied={copied}
        />
      ) : null}
      {alt ? (
        <CopyField
          label={t('export.alt')}
          value={alt}
          copyLabel={t('export.copy')}
          multiline
          onCopied={copied}
        />
      ) : null}
      <CopyField
        label={t('export.citation')}
        value={citation}
        copyLabel={t('export.copy')}
        multiline
        onCopied={copied}
      />
    </Dialog>
  );
}
