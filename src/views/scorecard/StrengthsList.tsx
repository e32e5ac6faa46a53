import type { ScorecardData } from '../../charts/data/scorecard.ts';
import type { SubIndexGap } from '../../domain/groupYear.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatChange, formatScore } from '../../i18n/format.ts';

function Items({
  gaps,
  empty,
  lang,
  t,
}: {
  gaps: readonly SubIndexGap[];
  empty: string;
  lang: Lang;
  t: Translate;
}) {
  if (gaps.length === 0) return <p>{empty}</p>;
  return (
    <ol>
      {gaps.map((g) => (
        <li key={g.subIndex.id}>
          {t('scorecard.gapItem', {
            name: g.subIndex.name[lang],
            value: formatScore(g.value, lang),
            gap: formatChange(g.gap, lang),
          })}
        </li>
      ))}
    </ol>
  );
}

/** The three strongest and three weakest sub-indices relative to the group mean, as two lists. */
export function StrengthsList({
  data,
  lang,
  t,
}: {
  data: ScorecardData;
  lang: Lang;
  t: Translate;
}) {
  return (
    <div className="scorecard-strengths">
      <section className="scorecard-strengths__column" aria-labelledby="scorecard-strengths">
        <h3 className="scorecard-h3" id="scorecard-strengths">
          {t('scorecard.strengths')}
        </h3>
        <Items gaps={data.strengths} empty={t('scorecard.noneAbove')} lang={lang} t={t} />
      </section>
      <section className="scorecard-strengths__column" aria-labelledby="scorecard-weaknesses">
        <h3 className="scorecard-h3" id="scorecard-weaknesses">
          {t('scorecard.weaknesses')}
        </h3>
        <Items gaps={data.weaknesses} empty={t('scorecard.noneBelow')} lang={lang} t={t} />
      </section>
    </div>
  );
}
