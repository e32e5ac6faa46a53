import type { ImportedResponses } from '../../domain/respondents.ts';
import type { Dataset } from '../../domain/types.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { ImportBody } from './ImportBody.tsx';
import { nameOf, shownPart, type ImportSource } from './importDialogModel.ts';
import { useImportDialog } from './useImportDialog.ts';

export type { ImportSource } from './importDialogModel.ts';

export interface ImportDialogProps {
  /** The file, text or URL to import; the dialog is mounted once per source (keyed by the caller). */
  readonly source: ImportSource;
  readonly t: Translate;
  readonly lang: Lang;
  readonly onCancel: () => void;
  /** Called with the confirmed dataset (new, or merged into a target); the caller saves and shows it. */
  readonly onConfirm: (
    dataset: Dataset,
    shown: { year: number | null; unitIds: readonly string[] },
    /** A response-level file's respondents (a new dataset only; a merge does not keep them). */
    respondents?: ImportedResponses,
  ) => void;
  /** Datasets the file may be added to ("add to an existing dataset"). */
  readonly targets: readonly Dataset[];
}

/**
 * The import dialog: reads the file in the worker, shows the preview (ImportPreview), asks for
 * what the file lacks (name, source, group, year, sheet) and saves only on confirmation;
 * cancel changes nothing.
 */
export function ImportDialog({ source, t, lang, onCancel, onConfirm, targets }: ImportDialogProps) {
  const state = useImportDialog(source);
  const { outcome, busy, report } = state;
  const confirm = () => {
    const dataset = state.named();
    if (dataset) onConfirm(dataset, shownPart(dataset), outcome?.responses);
  };

  return (
    <Dialog onClose={onCancel} title={t('import.title')} className="import-dialog">
      {busy || report === null ? (
        <p aria-busy="true" className="loading">
          {t('import.reading', { name: nameOf(source) })}
        </p>
      ) : (
        <ImportBody
          source={source}
          onConfirm={onConfirm}
          targets={targets}
          state={state}
          report={report}
          t={t}
          lang={lang}
        />
      )}
      <div className="dialog-actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('import.cancel')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!outcome?.dataset || busy}
          onClick={confirm}
        >
          {t('import.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
