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

/** One stored dataset: open, download as CSV (plain or for Vietnamese Excel), delete (confirmed). */
function DatasetRow({
  d,
  t,
  lang,
  onOpen,
}: {
  d: Dataset;
  t: Translate;
  lang: Lang;
  onOpen: () => void;
}) {
  const downloadCsv = (dialect: CsvDialect) => {
    const { name, blob } = datasetCsvDownload(d, lang, dialect);
    downloadBlob(name, blob);
  };
  return (
    <li>
      <span>
        <strong>{d.title[lang]}</strong> ·{' '}
        {t('data.rows', { count: formatInteger(d.observations.length, lang) })}
        {d.illustrative ? ` · ${t('import.illustrativeTag')}` : ''}
      </span>
      <span className="dataset-list__actions">
        <button type="button" className="button button--secondary" onClick={onOpen}>
          {t('data.open')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadCsv('plain')}
        >
          {t('data.downloadCsv')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadCsv('excel-vi')}
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
  );
}

/** Records that could not be read: quarantined or read-only, each with why. */
function StoredProblems({ problems, t }: { problems: readonly StoredProblem[]; t: Translate }) {
  if (problems.length === 0) return null;
  return (
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
  );
}

/** "Back up all" and "Restore", with what the restore did (every refusal says why). */
function BackupRestore({ t, empty }: { t: Translate; empty: boolean }) {
  const restoreRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
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
    <>
      <div className="dialog-actions dialog-actions--start">
        <button type="button" className="button" onClick={() => void backup()} disabled={empty}>
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
    </>
  );
}

/** A box to paste a table copied from Excel or a web page; "Use" hands it to the importer. */
function PasteBox({ t, onPaste }: { t: Translate; onPaste: (text: string) => void }) {
  const [pasted, setPasted] = useState('');
  const pasteId = useId();
  return (
    <>
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
    </>
  );
}

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
            <DatasetRow key={d.id} d={d} t={t} lang={lang} onOpen={() => onOpenDataset(d.id)} />
          ))}
        </ul>
      )}
      <StoredProblems problems={problems} t={t} />
      <BackupRestore t={t} empty={datasets.length === 0} />
      <PasteBox t={t} onPaste={onPaste} />
    </Dialog>
  );
}
