import type { CompareData } from '../../charts/data/compare.ts';
import { compareColor } from '../../charts/views/CompareChart.tsx';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';

/**
 * The key of the compared units as text: letter, colour swatch, name, total and rank. The letters
 * are printed on every bar, so the chart reads without telling colours apart.
 */
export function CompareLegend({
  data,
  year,
  lang,
  t,
  dashes,
}: {
  data: CompareData;
  year: number;
  lang: Lang;
  t: Translate;
  /** Dash patterns of the radar outlines: when given, each key entry shows its line sample. */
  dashes?: readonly string[];
}) {
  return (
    <ul
      className="compare-legend"
      style={{
        listStyle: 'none',
        margin: '4px 0 8px',
        padding: 0,
        display: 'flex',
        flexWrap: 'wrap',
        gap: '4px 20px',
        fontSize: 14,
      }}
    >
      {data.units.map((u) => (
        <li
          key={u.unitId}
          style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minWidth: 0 }}
        >
          {dashes ? (
            <svg aria-hidden="true" width={28} height={10} style={{ flex: 'none' }}>
              <line
                x1={1}
                x2={27}
                y1={5}
                y2={5}
                stroke={compareColor(u.colorIndex)}
                strokeWidth={2.5}
                strokeDasharray={dashes[u.colorIndex % dashes.length]}
              />
            </svg>
          ) : (
            <span
              aria-hidden="true"
              style={{
                display: 'inline-block',
                width: 14,
                height: 14,
                background: compareColor(u.colorIndex),
                flex: 'none',
              }}
            />
          )}
          <strong>{u.letter}</strong>
          <span>
            {u.name}:{' '}
            {u.present
              ? u.total === null
                ? t('compare.noTotal')
                : t('compare.legendValue', {
                    total: formatScore(u.total, lang),
                    rank: formatInteger(u.rank, lang),
                    count: formatInteger(data.rankedCount, lang),
                  })
              : t('compare.absent', { year })}
          </span>
        </li>
      ))}
    </ul>
  );
}
