import { useState } from 'react';
import { datasetCsvDownload, type CsvDialect } from '../../export/csv.ts';
import { downloadBlob } from '../../export/download.ts';
import {
  EXPORT_FORMATS,
  NoChartError,
  type ExportFormat,
  type ExportRequest,
} from '../../export/pipeline.ts';
import type { Translate } from '../../i18n/i18n.ts';
import type { ExportMenuProps } from './ExportMenu.tsx';
import { copyText } from './CopyField.tsx';
import { exportFailure, exportName } from './exportRequest.ts';
import type { ShareLink } from './useShareLink.ts';

/** The export dialog's actions (download, copy image, the dataset's CSV) and their status line. */
export function useExportActions(
  props: ExportMenuProps,
  request: ExportRequest,
  dialect: CsvDialect,
  t: Translate,
) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const download = async (format: ExportFormat) => {
    const produce = EXPORT_FORMATS.get(format);
    if (!produce) return;
    setBusy(true);
    setStatus(t('export.working'));
    try {
      const file = await produce(request);
      const name = exportName(props, file.ext);
      downloadBlob(name, file.blob);
      setStatus(t('export.done', { name }));
    } catch (e) {
      setStatus(exportFailure(e, t));
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
          ? exportFailure(e, t)
          : t('export.copyImageUnsupported'),
      );
    } finally {
      setBusy(false);
    }
  };

  const downloadDataset = () => {
    if (!props.info) return;
    const { name, blob } = datasetCsvDownload(props.info.dataset, props.lang, dialect);
    downloadBlob(name, blob);
    setStatus(t('export.done', { name }));
  };

  const copied = (ok: boolean) => setStatus(ok ? t('export.copied') : t('export.copyFailed'));

  const copyLink = (share: ShareLink) =>
    void copyText(share.url).then((ok) =>
      setStatus(
        !ok
          ? t('export.copyFailed')
          : share.withData
            ? t('share.copiedWithData')
            : t('export.copiedLink'),
      ),
    );

  return { busy, status, download, copyImage, downloadDataset, copied, copyLink };
}
