import type { Dataset } from '../../domain/types.ts';
import type { ImportReport } from '../../import/browser.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { AppendStep } from './AppendStep.tsx';
import { ColumnRoles } from './ColumnRoles.tsx';
import { EraControl } from './EraControl.tsx';
import { ImportForm, ImportModeChoice } from './ImportForm.tsx';
import { IndexScale } from './IndexScale.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import type { ImportDialogProps } from './ImportDialog.tsx';
import { nameOf, shownPart } from './importDialogModel.ts';
import type { ImportDialogState } from './useImportDialog.ts';

export interface ImportBodyProps extends Pick<
  ImportDialogProps,
  'source' | 'onConfirm' | 'targets'
> {
  readonly state: ImportDialogState;
  readonly report: ImportReport;
  readonly t: Translate;
  readonly lang: Lang;
}

/** The column roles, index name and scale the user may correct (not for survey responses). */
function Corrections({ state, report, t }: Pick<ImportBodyProps, 'state' | 'report' | 't'>) {
  const { answers: a, busy, needs } = state;
  if (needs.responses) return null;
  return (
    <>
      <ColumnRoles
        columns={report.columns ?? []}
        t={t}
        onChange={state.changeRole}
        recalled={a.recalled}
        disabled={busy}
      />
      {report.scale === undefined ? null : (
        <IndexScale
          indexName={a.indexName ?? report.index ?? ''}
          scaleMax={report.scale.max}
          choice={a.scaleChoice}
          otherText={a.scaleOther}
          t={t}
          disabled={busy}
          onIndexName={a.setIndexName}
          onChoice={state.chooseScale}
          onOtherText={a.setScaleOther}
          onOtherDone={state.otherDone}
        />
      )}
    </>
  );
}

/** The province-era corrections and the choice of a new dataset or an addition to one. */
function DatasetChoices({
  state,
  dataset,
  t,
}: Pick<ImportBodyProps, 'state' | 't'> & { dataset: Dataset }) {
  return (
    <>
      <EraControl
        dataset={dataset}
        corrections={state.answers.eras}
        t={t}
        onChange={(y, era) =>
          state.answers.setEras((m) => {
            const next = new Map(m);
            if (era === null) next.delete(y);
            else next.set(y, era);
            return next;
          })
        }
      />
      <ImportModeChoice state={state} t={t} />
    </>
  );
}

/** What the dialog shows once the file is read: the preview, the corrections and the form. */
export function ImportBody({
  source,
  onConfirm,
  targets,
  state,
  report,
  t,
  lang,
}: ImportBodyProps) {
  const { outcome } = state;
  const incoming = state.mode === 'append' ? state.named() : null;
  return (
    <>
      <ImportPreview
        report={report}
        fileName={nameOf(source)}
        t={t}
        lang={lang}
        groups={outcome?.dataset?.groups ?? []}
      />
      <Corrections state={state} report={report} t={t} />
      {(outcome?.dataset?.illustrative ?? false) ? (
        <p className="banner banner--warning">{t('import.illustrativeKept')}</p>
      ) : null}
      {outcome?.dataset ? <DatasetChoices state={state} dataset={outcome.dataset} t={t} /> : null}
      {incoming ? (
        <AppendStep
          incoming={incoming}
          targets={targets}
          t={t}
          lang={lang}
          onConfirm={(merged) => onConfirm(merged, shownPart(incoming))}
          onCancel={() => state.setMode('new')}
        />
      ) : null}
      <ImportForm state={state} t={t} />
    </>
  );
}
