import { useMemo, useState } from 'react';
import { embedSnippet } from '../../export/caption.ts';
import { chartWords } from '../../export/captions.ts';
import { translator } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/format.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import {
  ExportActions,
  ExportEdits,
  ExportOptions,
  QuoteFields,
  ShareFields,
} from './ExportDialogParts.tsx';
import type { ExportMenuProps } from './ExportMenu.tsx';
import { ExportPreview, previewSignature } from './ExportPreview.tsx';
import { currentLinks } from './exportOptions.ts';
import {
  exportCaption,
  exportCitation,
  exportFailure,
  exportRequest,
  initialForm,
  type ExportForm,
} from './exportRequest.ts';
import { useExportActions } from './useExportActions.ts';
import { useShareLink } from './useShareLink.ts';

/**
 * The export dialog of a chart frame (lazy chunk): "before exporting" edits (title, subtitle, a
 * note, up to three highlighted units — the source line and the watermark are locked), the image
 * size and CSV dialect, the six CONTRACTS.md actions, then the caption, alt text, citation, link
 * and embed code with copy buttons. Every file goes through the one pipeline (export/pipeline.ts).
 */
export default function ExportDialog(props: ExportMenuProps & { onClose: () => void }) {
  const { frame, info, table, lang, onClose } = props;
  const t = useMemo(() => translator(lang), [lang]);
  const [form, setForm] = useState<ExportForm>(() => initialForm(frame));
  const set = (change: Partial<ExportForm>) => setForm((f) => ({ ...f, ...change }));
  const [showEmbed, setShowEmbed] = useState(false);
  const today = useMemo(() => formatDate(new Date(), lang), [lang]);
  const links = useMemo(() => currentLinks(), []);
  const words = useMemo(() => (info ? chartWords(info, lang) : null), [info, lang]);
  // The frame's own text alternative stands in for the alt text when the view writes none, and
  // (with the illustrative note) for the caption: every chart offers a sentence to quote.
  const alt = words?.alt || frame.summary || '';
  const caption = exportCaption(frame, words?.caption, t);
  const request = exportRequest(props, form, { link: links.link, today, t });
  const actions = useExportActions(props, request, form.dialect, t);
  const share = useShareLink(links.link, info?.dataset ?? null, links.embed);
  const snippet =
    share.embed === null
      ? null
      : embedSnippet(share.embed, request.frame.title, new URL(links.embed).origin);
  return (
    // Closing unmounts the dialog (ExportMenu); Dialog gives focus back to the "Xuất" button.
    <Dialog
      onClose={onClose}
      title={t('export.dialogTitle')}
      className="export-dialog"
      headClassName="export-dialog__head"
      closeLabel={t('export.close')}
    >
      <ExportEdits form={form} set={set} highlightable={info?.highlight} t={t} />
      <ExportOptions form={form} set={set} hasTable={Boolean(table)} t={t} />
      <ExportPreview
        request={request}
        signature={previewSignature(request, form.highlight)}
        lang={lang}
        describe={(e) => exportFailure(e, t)}
      />
      <ExportActions
        busy={actions.busy}
        hasTable={Boolean(table)}
        showEmbed={showEmbed}
        onDownload={(format) => void actions.download(format)}
        onCopyImage={() => void actions.copyImage()}
        onCopyLink={() => actions.copyLink(share)}
        onEmbed={() => setShowEmbed(true)}
        t={t}
      />
      <p className="export-dialog__status" role="status">
        {actions.status}
      </p>
      <ShareFields
        share={share}
        snippet={snippet}
        showEmbed={showEmbed}
        onCopied={actions.copied}
        t={t}
      />
      {info ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={actions.downloadDataset}
        >
          {t('export.downloadDataset')}
        </button>
      ) : null}
      <QuoteFields
        caption={caption}
        alt={alt}
        citation={exportCitation(props, today, links.link, lang)}
        onCopied={actions.copied}
        t={t}
      />
    </Dialog>
  );
}
