/*
 * Usage note for the import dialog's owner (ImportDialog.tsx / ImportFlow.tsx):
 *
 *   When the user turns on "Thêm vào bộ dữ liệu có sẵn / Add to an existing dataset", render
 *     <AppendStep incoming={outcome.dataset} targets={datasets} t={t} lang={lang}
 *                 onConfirm={(merged) => save(merged)} onCancel={close} />
 *   - `incoming`: the dataset just read from the file (after the user's group/year answers).
 *   - `targets`: the datasets it may be added to (bundled and imported, fully loaded); one with
 *     the incoming dataset's id is left out.
 *   - `onConfirm(merged)`: save `merged` through the existing save path and show it. Its id is the
 *     target's id (an update of that imported dataset) except for a bundled target ('bac-kan-dcci',
 *     'pci'), where it is a new id `${target.id}-them-<time>` with a title saying it is an
 *     extended copy: bundled data is never altered.
 *   - Nothing is saved before `onConfirm`; `onCancel` changes nothing.
 *   The confirm button is enabled only when every suggested match is confirmed (or set to "new")
 *   and `tryMergeDatasets` accepts the result (no conflicting unit-year, no unit used twice).
 */
import { useId, useMemo, useState } from 'react';
import { asExtendedCopy, tryMergeDatasets } from '../../domain/merge.ts';
import type { Dataset, DatasetId, GroupId, Lang } from '../../domain/types.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { BUNDLED } from '../../state/catalogue.ts';
import {
  decidedMap,
  groupRows,
  mappingOf,
  subIndexRows,
  undecidedCount,
  unitRows,
  type Decision,
  type PlanChoices,
} from './appendPlan.ts';
import { MatchTable } from './MatchTable.tsx';
import { MergeProblems } from './MergeProblems.tsx';

export interface AppendStepProps {
  readonly incoming: Dataset;
  readonly targets: readonly Dataset[];
  readonly t: Translate;
  readonly lang: Lang;
  readonly onConfirm: (merged: Dataset) => void;
  readonly onCancel: () => void;
}

const isBundled = (id: string) => BUNDLED.some((b) => b.id === id);

/** "Add to an existing dataset": choose the target, check the matches, see conflicts, confirm. */
export function AppendStep({ incoming, targets, t, lang, onConfirm, onCancel }: AppendStepProps) {
  const selectId = useId();
  const choices = targets.filter((d) => d.id !== incoming.id);
  const [targetId, setTargetId] = useState('');
  const target = choices.find((d) => d.id === targetId) ?? null;

  return (
    <section className="append-step" aria-labelledby={`${selectId}-title`}>
      <h3 id={`${selectId}-title`}>{t('append.title')}</h3>
      <p>{t('append.intro')}</p>
      <div className="field">
        <label htmlFor={selectId}>{t('append.target')}</label>
        <select id={selectId} value={targetId} onChange={(e) => setTargetId(e.target.value)}>
          <option value="">{t('append.chooseTarget')}</option>
          {choices.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title[lang]}
            </option>
          ))}
        </select>
      </div>
      {target === null ? (
        <Footer t={t} onCancel={onCancel} onConfirm={null} />
      ) : (
        <AppendPlan
          key={target.id}
          incoming={incoming}
          target={target}
          t={t}
          lang={lang}
          onConfirm={onConfirm}
          onCancel={onCancel}
        />
      )}
    </section>
  );
}

const EMPTY: PlanChoices = { groups: new Map(), subIndices: new Map(), units: new Map() };

interface AppendPlanProps extends Omit<AppendStepProps, 'targets'> {
  readonly target: Dataset;
}

/** The matches for one target; remounted (decisions reset) when the target changes. */
function AppendPlan({ incoming, target, t, lang, onConfirm, onCancel }: AppendPlanProps) {
  const [chosen, setChosen] = useState<PlanChoices>(EMPTY);

  const rows = useMemo(() => {
    const groups = groupRows(incoming, target, lang);
    const groupMap = decidedMap<GroupId>(groups, chosen.groups);
    return {
      groups,
      subIndices: subIndexRows(incoming, target, lang),
      units: unitRows(incoming, target, groupMap, lang),
    };
  }, [incoming, target, lang, chosen.groups]);
  const result = useMemo(
    () => tryMergeDatasets(target, incoming, mappingOf(rows, chosen)),
    [target, incoming, rows, chosen],
  );
  const undecided = undecidedCount(rows, chosen);
  const bundled = isBundled(target.id);

  const set = (kind: keyof PlanChoices) => (key: string, decision: Decision) =>
    setChosen((c) => ({
      ...c,
      [kind]: new Map(c[kind]).set(key, decision),
      // Units are matched within the chosen groups: a group change re-proposes them.
      ...(kind === 'groups' ? { units: new Map<string, Decision>() } : {}),
    }));

  const confirm = () => {
    if (!result.ok || undecided > 0) return;
    onConfirm(
      bundled
        ? asExtendedCopy(result.value, `${target.id}-them-${Date.now().toString(36)}` as DatasetId)
        : result.value,
    );
  };

  const summary = result.ok
    ? t('append.summary', {
        observations: result.value.observations.length - target.observations.length,
        years: incoming.years.join(', '),
        newUnits: result.value.units.length - target.units.length,
        newSubIndices: result.value.subIndices.length - target.subIndices.length,
      })
    : null;

  return (
    <>
      {bundled ? <p className="banner banner--warning">{t('append.bundledCopy')}</p> : null}
      <MatchTable
        caption={t('append.groups')}
        rows={rows.groups}
        chosen={chosen.groups}
        onChange={set('groups')}
        newLabel={t('append.newGroup')}
        t={t}
      />
      <MatchTable
        caption={t('append.subIndices')}
        rows={rows.subIndices}
        chosen={chosen.subIndices}
        onChange={set('subIndices')}
        newLabel={t('append.newSubIndex')}
        t={t}
      />
      <MatchTable
        caption={t('append.units')}
        rows={rows.units}
        chosen={chosen.units}
        onChange={set('units')}
        newLabel={t('append.newUnit')}
        showContext
        t={t}
      />
      {result.ok ? null : (
        <MergeProblems issues={result.issues} target={target} t={t} lang={lang} />
      )}
      <p role="status">
        {undecided > 0 ? t('append.undecided', { count: undecided }) : (summary ?? '')}
      </p>
      <Footer t={t} onCancel={onCancel} onConfirm={result.ok && undecided === 0 ? confirm : null} />
    </>
  );
}

function Footer({
  t,
  onCancel,
  onConfirm,
}: {
  readonly t: Translate;
  readonly onCancel: () => void;
  /** Null disables the confirm button. */
  readonly onConfirm: (() => void) | null;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('append.cancel')}
      </button>
      <button
        type="button"
        className="button"
        disabled={onConfirm === null}
        onClick={onConfirm ?? undefined}
      >
        {t('append.confirm')}
      </button>
    </div>
  );
}
