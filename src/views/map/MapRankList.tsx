import type { ReactNode } from 'react';
import type { MeasuredUnit } from '../../charts/data/map.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';

export interface MapRankListProps {
  readonly units: readonly MeasuredUnit[];
  /** The outlined unit (Bắc Kạn), listed even when outside the top and bottom. */
  readonly highlighted: MeasuredUnit | null;
  readonly lang: Lang;
  readonly t: Translate;
  readonly count?: number;
  /** What follows a unit's value (its respondents, n= and †). */
  readonly note?: ((unitId: string) => ReactNode) | undefined;
}

/** Beside the choropleth on wide screens: the first and last `count` units with values, and the outlined one. */
export function MapRankList({ units, highlighted, lang, t, count = 5, note }: MapRankListProps) {
  const ranked = units.filter((u) => u.rank !== null && u.value !== null);
  if (ranked.length === 0) return null;
  const top = ranked.slice(0, count);
  const bottom = ranked.length > 2 * count ? ranked.slice(-count) : ranked.slice(count);
  const shown = new Set([...top, ...bottom].map((u) => u.unitId));
  const item = (u: MeasuredUnit) => (
    <li key={u.unitId} className={u.unitId === highlighted?.unitId ? 'is-highlighted' : undefined}>
      <span className="map-ranks__rank">{formatInteger(u.rank, lang)}</span>
      <span className="map-ranks__name">{u.name}</span>
      <span className="map-ranks__value">
        {formatScore(u.value, lang)}
        {note?.(u.unitId)}
      </span>
    </li>
  );
  return (
    <div className="map-ranks">
      <p className="map-ranks__heading">{t('map.top', { count: top.length })}</p>
      <ol className="map-ranks__list">{top.map(item)}</ol>
      {highlighted && highlighted.value !== null && !shown.has(highlighted.unitId) ? (
        <ol className="map-ranks__list map-ranks__list--gap">{item(highlighted)}</ol>
      ) : null}
      {bottom.length > 0 ? (
        <>
          <p className="map-ranks__heading">{t('map.bottom', { count: bottom.length })}</p>
          <ol className="map-ranks__list">{bottom.map(item)}</ol>
        </>
      ) : null}
    </div>
  );
}
