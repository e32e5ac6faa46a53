import { useId, useRef, useState } from 'react';
import type { Dataset } from '../domain/types.ts';
import { formatInteger } from '../i18n/format.ts';
import type { Lang, MessageKey, Translate } from '../i18n/i18n.ts';
import { backupAll, deleteImported, restoreBackup } from '../state/persistence.ts';
import type { RestoreSkipReason } from '../storage/storage.ts';
import type { StoredProblem } from '../state/store.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { downloadBlob, downloadText } from '../export/download.ts';
import { backupFileName } from '../export/fileName.ts';
import { datasetCsvDownload, type CsvDialect } from '../export/csv.ts';

export interface MyDataDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly t: Translate;
  readonly lang: Lang;
  readonly datasets: readonly Dataset[];
  readonly onOpenDataset: (id: string) => void;
  readonly onPaste: (text: string) => void;
  readonly problems: readonly StoredProblem[];
}

/** Why a backup's record was not restored, in words (every refusal says why). */
const SKIP_REASON: Readonly<Record<RestoreSkipReason, MessageKey>> = {
  identical: 'data.skip.identical',
  'newer-in-storage': 'data.skip.newerInStorage',
  conflict: 'data.skip.conflict',
  'read-only-in-storage': 'data.skip.readOnlyInStorage',
  corrupt: 'data.skip.corrupt',
  duplicate: 'data.skip.duplicate',
  'reserved-id': 'data.skip.reservedId',
  'illustrative-dropped': 'data.skip.illustrativeDropped',
};

/**
 * "My data": the imported datasets kept in this browser, with delete (confirmed), "Back up all",
 * "Restore", and a box to paste a table copied from Excel or a web page.
 */
export function MyDataDialog({
  open,
  onClose,
  t,
  lang,
  datasets,
  onOpenDataset,
  onPaste,
  problems,
}: MyDataDialogProps) {
  const restoreRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
  const [pasted, setPasted] = useState('');
  const pasteId = useId();

  const downloadCsv = (d: Dataset, dialect: CsvDialect) => {
    const { name, blob } = datasetCsvDownload(d, lang, dialect);
    downloadBlob(name, blob);
  };
  const backup = async () => {
    const json = await backupAll();
    if (json !== null) downloadText(backupFileName(), json, 'application/json');
  };
  const restore = async (file: File) => {
    const result = await restoreBackup(await file.text());
    if (!result.ok) return setMessage(t('data.restoreFailed', { code: result.code }));
    const { restored, skipped } = result.report;
    const summary = t('data.restored', { restored: restored.length, skipped: skipped.length });
    const reasons = skipped.map((s) => `${s.id}: ${t(SKIP_REASON[s.reason])}`).join('; ');
    setMessage(skipped.length === 0 ? summary : `${summary} ${t('data.skipped', { reasons })}`);
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('data.title')}
      className="about"
      closeLabel={t('about.close')}
    >
      <p>{t('data.intro')}</p>
      {datasets.length === 0 ? (
        <p>{t('data.empty')}</p>
      ) : (
        <ul className="dataset-list">
          {datasets.map((d) => (
            <li key={d.id}>
              <span>
                <strong>{d.title[lang]}</strong> ·{' '}
                {t('data.rows', { count: formatInteger(d.observations.length, lang) })}
                {d.illustrative ? ` · ${t('import.illustrativeTag')}` : ''}
              </span>
              <span className="dataset-list__actions">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onOpenDataset(d.id)}
                >
                  {t('data.open')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => downloadCsv(d, 'plain')}
                >
                  {t('data.downloadCsv')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => downloadCsv(d, 'excel-vi')}
                >
                  {t('data.downloadCsvExcel')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    if (window.confirm(t('data.deleteConfirm', { name: d.title[lang] })))
                      void deleteImported(d.id);
                  }}
                >
                  {t('data.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {problems.length > 0 ? (
        <>
          <h3>{t('data.problems')}</h3>
          <ul>
            {problems.map((p) => (
              <li key={p.id}>
                {t(p.status === 'quarantined' ? 'data.quarantined' : 'data.readOnly', {
                  name: p.title ?? p.id,
                  detail: p.detail,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="dialog-actions dialog-actions--start">
        <button
          type="button"
          className="button"
          onClick={() => void backup()}
          disabled={datasets.length === 0}
        >
          {t('data.backup')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => restoreRef.current?.click()}
        >
          {t('data.restore')}
        </button>
        <input
          ref={restoreRef}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void restore(file);
            e.target.value = '';
          }}
        />
      </div>
      {message ? <p role="status">{message}</p> : null}
      <h3>{t('import.paste')}</h3>
      <div className="field">
        <label htmlFor={pasteId}>{t('import.pasteLabel')}</label>
        <textarea
          id={pasteId}
          rows={5}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
        />
      </div>
      <div className="dialog-actions dialog-actions--start">
        <button
          type="button"
          className="button"
          disabled={pasted.trim() === ''}
          onClick={() => onPaste(pasted)}
        >
          {t('import.pasteUse')}
        </button>
      </div>
    </Dialog>
  );
}
