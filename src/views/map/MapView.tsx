import { useMemo, type ReactNode } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { type MeasuredUnit } from '../../charts/data/map.ts';
import type { Lang } from '../../domain/types.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { Select } from '../../ui/Select.tsx';
import type { ScreenProps } from '../screenProps.ts';
import { useScreen } from '../useScreen.tsx';
import { buildMapScreen, mapKind } from './model.ts';
import { RespondentsN, respondentsOf } from '../RespondentsN.tsx';
import { MapFigure } from './MapFigure.tsx';
import { useProvinceShapes } from './useProvinceShapes.ts';
import { frameLabels } from '../labels.ts';

function ValueTable({
  units,
  caption,
  valueLabel,
  lang,
  t,
  note,
}: {
  units: readonly MeasuredUnit[];
  caption: string;
  valueLabel: string;
  lang: Lang;
  t: Translate;
  note?: ((unitId: string) => ReactNode) | undefined;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table table--compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.rank')}</th>
            <th scope="col">{t('table.unit')}</th>
            <th scope="col" className="num">
              {valueLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.unitId} data-unit={u.unitId}>
              <td>{formatInteger(u.rank, lang)}</td>
              <th scope="row">{u.name}</th>
              <td className="num">
                {formatScore(u.value, lang)}
                {note?.(u.unitId)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A group without geography: the model's message and a way to the ranking. */
function NoMap({
  message,
  t,
  onRanking,
}: {
  message: string;
  t: Translate;
  onRanking: () => void;
}) {
  return (
    <div className="view view--map">
      <div className="map-empty" role="note">
        <p>{message}</p>
        <p>{t('map.noGeoHint')}</p>
        <button type="button" className="button" onClick={onRanking}>
          {t('map.openRanking')}
        </button>
      </div>
    </div>
  );
}

/**
 * Map: draws the model of `buildMapScreen` (model.ts) — a province choropleth, the district tile
 * grid, or for groups without geography a message and a way to the ranking.
 */
export function MapView(props: ScreenProps) {
  const { dataset, view, lang, t, onSelect } = props;
  const { groupYear, source, tools } = useScreen(props, { stats: false });
  const kind = useMemo(() => mapKind(dataset, view.group), [dataset, view.group]);
  const shapes = useProvinceShapes(kind === 'provinces');
  const model = useMemo(
    () => buildMapScreen(dataset, view, t, shapes, groupYear),
    [dataset, view, t, shapes, groupYear],
  );

  if (model.kind === 'none') {
    return <NoMap message={model.message} t={t} onRanking={() => onSelect({ view: 'ranking' })} />;
  }
  const { title, measure, measured, legendTitle } = model;
  // n= and † after each score, as the ranking shows them (nothing when the data has no counts).
  const nOf = respondentsOf(dataset);
  const respondentsNote = nOf
    ? (unitId: string) => (
        <RespondentsN n={nOf(unitId, view.year)} min={view.minn} t={t} lang={lang} />
      )
    : undefined;

  return (
    <div className="view view--map">
      <div className="view-controls">
        <Select
          label={t('map.colourBy')}
          value={measure.subIndexId ?? ''}
          options={[
            { value: '', label: t('map.total') },
            ...groupYear.subIndices.map((s) => ({ value: s.id as string, label: s.name[lang] })),
          ]}
          onChange={(v) => onSelect({ sub: v === '' ? null : v })}
        />
      </div>
      <ChartFrame
        title={title}
        subtitle={model.subtitle}
        tools={tools(model.exportTable, model.exportInfo)}
        summary={model.summary}
        source={source}
        notes={model.notes}
        watermark={dataset.illustrative ? t('chart.watermark') : null}
        labels={frameLabels(
          t,
          t(model.kind === 'provinces' ? 'map.chartLabel' : 'map.tileLabel', { title }),
        )}
        boxRole={model.kind === 'provinces' ? 'group' : 'img'}
        table={
          <ValueTable
            units={measured}
            caption={t('map.tableCaption', { title })}
            valueLabel={legendTitle}
            lang={lang}
            t={t}
            note={respondentsNote}
          />
        }
      >
        {(width, target) => (
          <MapFigure
            model={model}
            width={width}
            target={target}
            selected={view.unit}
            shapes={shapes}
            note={respondentsNote}
            lang={lang}
            t={t}
          />
        )}
      </ChartFrame>
    </div>
  );
}
