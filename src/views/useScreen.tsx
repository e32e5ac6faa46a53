import { useMemo, type ReactNode } from 'react';
import type { FrameTools } from '../charts/ChartFrame.tsx';
import { buildGroupYear, type GroupYear } from '../domain/groupYear.ts';
import type { Group } from '../domain/types.ts';
import type { ExportInfo, ExportTable } from '../export/types.ts';
import type { GroupYearStats } from '../stats/tasks.ts';
import { ExportMenu } from './export/ExportMenu.tsx';
import { groupLabel, sourceLine } from './labels.ts';
import type { ScreenProps } from './screenProps.ts';
import { useGroupYearStats, type StatsState } from './useGroupYearStats.ts';

/** What the group-year screens share: the selected group-year, its statistics and frame parts. */
export interface ScreenBasics {
  readonly group: Group | undefined;
  /** The group's name in the UI language ('' if the dataset lacks it). */
  readonly groupName: string;
  readonly groupYear: GroupYear;
  /** `pending` for good when the screen did not ask for statistics. */
  readonly statsState: StatsState;
  readonly stats: GroupYearStats | null;
  /** The frame's source line. */
  readonly source: string;
  /** The frame's `tools` slot: the export menu for this table and export info. */
  readonly tools: (table: ExportTable, info: ExportInfo) => (frame: FrameTools) => ReactNode;
}

/**
 * The boilerplate of a screen about one group in one year: the group-year (memoised), its rank
 * intervals from the stats worker when `stats` is asked for (started only then), the group's
 * name, the source line and the export menu for the chart frame.
 */
export function useScreen(
  { dataset, view, lang, t }: Pick<ScreenProps, 'dataset' | 'view' | 'lang' | 't'>,
  options: { readonly stats: boolean },
): ScreenBasics {
  const { group: groupId, year } = view;
  const groupYear = useMemo(() => buildGroupYear(dataset, groupId, year), [dataset, groupId, year]);
  const statsState = useGroupYearStats(dataset, groupId, year, view.ci, options.stats);
  const group = dataset.groups.find((g) => g.id === groupId);
  return {
    group,
    groupName: group ? groupLabel(group, lang) : '',
    groupYear,
    statsState,
    stats: statsState.status === 'ready' ? statsState.stats : null,
    source: sourceLine(dataset, lang, t),
    tools: (table, info) => (f) => <ExportMenu {...f} lang={lang} table={table} info={info} />,
  };
}
