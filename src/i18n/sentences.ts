/**
 * The words of the auto-written sentences (scorecard sentence, the ranking caption's unit
 * sentence, year-break notes): the domain decides what there is to say (domain/sentence.ts
 * `scorecardStatement`, domain/era.ts `YearBreak`), the catalogues hold whole sentences
 * (`scorecard.sentence.*`, `scorecard.note.break*`), and this module only picks the key and
 * fills its placeholders. English singulars have their own `…One` keys.
 */
import type { YearBreak } from '../domain/era.ts';
import {
  scorecardStatement,
  type RankChangeFact,
  type ScorecardFacts,
  type ScorecardStatement,
} from '../domain/sentence.ts';
import type { GroupId, Lang, LocalizedText } from '../domain/types.ts';
import { formatInteger, formatScore } from './format.ts';
import { translate, type MessageKey, type Params, type Translate } from './i18n.ts';

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st. */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** A rank as a sentence says it: "3" in Vietnamese ("thứ 3/8"), "3rd" in English. */
function rankWord(rank: number, lang: Lang): string {
  return lang === 'en' ? ordinal(rank) : formatInteger(rank, lang);
}

/**
 * The group as counted in a sentence or title ("8 district-level units", not "8 districts and
 * city"): the bundled district group has its own counted noun (`group.countedDistricts`); any
 * other group its name with the first letter lower-cased, the rest as published.
 */
export function countedGroupName(
  groupId: GroupId,
  name: LocalizedText,
  lang: Lang,
  t: Translate,
): string {
  if (groupId === 'districts') return t('group.countedDistricts');
  const text = name[lang];
  return text.length === 0 ? text : text.charAt(0).toLocaleLowerCase(lang) + text.slice(1);
}

/**
 * One short note saying why a year is not compared with an earlier one: "Không so sánh với
 * 2024: …" (the province merger) or "No comparison with 2016: 2017–2019 are missing."
 */
export function yearBreakNote(brk: YearBreak, t: Translate): string {
  if (brk.kind === 'era') return t('scorecard.note.breakEra', { previous: brk.previous });
  const from = brk.previous + 1;
  const to = brk.year - 1;
  return from === to
    ? t('scorecard.note.breakGapOne', { previous: brk.previous, from })
    : t('scorecard.note.breakGap', { previous: brk.previous, from, to });
}

type ChangeKeys = Readonly<
  Record<'none' | 'same' | 'up' | 'upOne' | 'down' | 'downOne', MessageKey>
>;

const WITH_SCORE: ChangeKeys = {
  none: 'scorecard.sentence.ranked',
  same: 'scorecard.sentence.rankedSame',
  up: 'scorecard.sentence.rankedUp',
  upOne: 'scorecard.sentence.rankedUpOne',
  down: 'scorecard.sentence.rankedDown',
  downOne: 'scorecard.sentence.rankedDownOne',
};
const WITHOUT_SCORE: ChangeKeys = {
  none: 'scorecard.sentence.rankedNoScore',
  same: 'scorecard.sentence.rankedNoScoreSame',
  up: 'scorecard.sentence.rankedNoScoreUp',
  upOne: 'scorecard.sentence.rankedNoScoreUpOne',
  down: 'scorecard.sentence.rankedNoScoreDown',
  downOne: 'scorecard.sentence.rankedNoScoreDownOne',
};

function changeKey(change: RankChangeFact): keyof ChangeKeys {
  if (change.kind !== 'moved') return 'none';
  const n = Math.abs(change.places);
  if (change.places === 0) return 'same';
  if (change.places > 0) return n === 1 ? 'upOne' : 'up';
  return n === 1 ? 'downOne' : 'down';
}

/** The sentence that follows a ranked unit's main sentence when no change is stated. */
function noChangeSentence(change: RankChangeFact, t: Translate): string | null {
  switch (change.kind) {
    case 'firstYear':
      return t('scorecard.sentence.firstYear');
    case 'break':
      return yearBreakNote(change.break, t);
    case 'absent':
      return t('scorecard.sentence.absent', { previous: change.previous });
    case 'noPreviousRank':
      return t('scorecard.sentence.noPreviousRank', { previous: change.previous });
    case 'moved':
      return null;
  }
}

function standingSentences(
  f: ScorecardFacts,
  s: ScorecardStatement,
  lang: Lang,
  t: Translate,
): string[] {
  const base: Params = { unit: f.unitName, index: f.indexName, year: f.year };
  const st = s.standing;
  if (st.kind === 'noData') return [t('scorecard.sentence.noData', base)];
  if (st.kind === 'unranked')
    return [t('scorecard.sentence.unranked', { ...base, score: formatScore(st.total, lang) })];
  const change = st.change;
  const keys = st.total === null ? WITHOUT_SCORE : WITH_SCORE;
  const moved = change.kind === 'moved' ? change : null;
  const params: Params = {
    ...base,
    position: t(st.tied ? 'scorecard.sentence.positionTied' : 'scorecard.sentence.position', {
      rank: rankWord(st.rank, lang),
      count: formatInteger(st.rankedCount, lang),
    }),
    group: countedGroupName(f.groupId, f.groupName, lang, t),
    score: formatScore(st.total, lang),
    previous: moved?.previous ?? '',
    places: formatInteger(Math.abs(moved?.places ?? 0), lang),
    flag:
      moved?.flag === 'likely-real'
        ? t('scorecard.sentence.flagLikelyReal')
        : moved?.flag === 'within-noise'
          ? t('scorecard.sentence.flagWithinNoise')
          : '',
  };
  const main = t(keys[changeKey(change)], params);
  const after = noChangeSentence(change, t);
  return after === null ? [main] : [main, after];
}

function uncertaintySentence(s: ScorecardStatement, lang: Lang, t: Translate): string | null {
  const n = s.respondents;
  const iv = s.interval;
  const params: Params = {
    n: formatInteger(n, lang),
    low: iv ? rankWord(iv.low, lang) : '',
    high: iv ? rankWord(iv.high, lang) : '',
  };
  if (n !== null && iv !== null)
    return t(
      n === 1
        ? 'scorecard.sentence.respondentsIntervalOne'
        : 'scorecard.sentence.respondentsInterval',
      params,
    );
  if (n !== null)
    return t(
      n === 1 ? 'scorecard.sentence.respondentsOne' : 'scorecard.sentence.respondents',
      params,
    );
  return iv === null ? null : t('scorecard.sentence.interval', params);
}

/**
 * One plain paragraph about a unit's standing, in Vietnamese or English, e.g.
 * "Bạch Thông xếp thứ 3/8 huyện, thành phố về DCCI 2019 với 68,40 điểm, tăng 2 bậc so với 2018."
 * / "Bạch Thông ranks 3rd of 8 district-level units in the DCCI 2019 with 68.40 points, up 2
 * places from 2018." followed, when they apply, by why no change is stated, the respondents and
 * rank interval, a comparability caution and the illustrative mark (see `scorecardStatement`).
 */
export function scorecardSentence(f: ScorecardFacts, lang: Lang): string {
  const t: Translate = (key, params) => translate(lang, key, params);
  const s = scorecardStatement(f);
  const sentences = standingSentences(f, s, lang, t);
  const uncertainty = uncertaintySentence(s, lang, t);
  if (uncertainty !== null) sentences.push(uncertainty);
  if (s.caution) sentences.push(t('scorecard.sentence.caution', s.caution));
  if (s.reorganised)
    sentences.push(t('scorecard.sentence.reorganised', { previous: f.previousYear ?? '' }));
  if (s.illustrative) sentences.push(t('scorecard.sentence.illustrative'));
  return sentences.join(' ');
}
