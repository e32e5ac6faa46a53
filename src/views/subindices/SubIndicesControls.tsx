import type { HeatmapData } from '../../charts/data/heatmap.ts';
import type { UnitStanding } from '../../domain/groupYear.ts';
import { Select } from '../../ui/Select.tsx';
import type { ScreenProps } from '../screenProps.ts';

export interface SubIndicesControlsProps {
  readonly data: HeatmapData;
  readonly standings: readonly UnitStanding[];
  readonly view: ScreenProps['view'];
  readonly lang: ScreenProps['lang'];
  readonly t: ScreenProps['t'];
  readonly onSelect: ScreenProps['onSelect'];
}

/** The heatmap's selects: sort column, order, highlighted sub-index (`sub=`) and unit. */
export function SubIndicesControls({
  data,
  standings,
  view,
  lang,
  t,
  onSelect,
}: SubIndicesControlsProps) {
  const sortOptions = [
    { value: 'rank', label: t('subindices.sortRank') },
    { value: 'unit', label: t('subindices.sortUnit') },
    { value: 'total', label: t('subindices.sortTotal') },
    ...data.columns.map((c) => ({ value: c.id as string, label: c.name[lang] })),
  ];
  const setSort = (key: string, descending: boolean) => {
    const value = descending ? `-${key}` : key;
    onSelect({ sort: value === 'rank' ? null : value });
  };
  return (
    <div className="view-controls">
      <Select
        label={t('subindices.sortBy')}
        value={data.sort.key}
        options={sortOptions}
        onChange={(key) => setSort(key, key === 'rank' || key === 'unit' ? false : true)}
      />
      <Select
        label={t('subindices.order')}
        value={data.sort.descending ? 'desc' : 'asc'}
        options={[
          { value: 'desc', label: t('subindices.descending') },
          { value: 'asc', label: t('subindices.ascending') },
        ]}
        onChange={(v) => setSort(data.sort.key, v === 'desc')}
      />
      <Select
        label={t('subindices.highlight')}
        value={view.sub && !data.subNotApplicable ? view.sub : ''}
        options={[
          { value: '', label: t('subindices.highlightNone') },
          ...data.columns.map((c) => ({ value: c.id as string, label: c.name[lang] })),
        ]}
        onChange={(v) => onSelect({ sub: v === '' ? null : v })}
      />
      <Select
        label={t('subindices.unitSelect')}
        value={view.unit ?? ''}
        options={[
          { value: '', label: t('subindices.highlightNone') },
          ...standings.map((s) => ({ value: s.unit.id as string, label: s.unit.name })),
        ]}
        onChange={(v) => onSelect({ unit: v === '' ? null : v })}
      />
    </div>
  );
}
