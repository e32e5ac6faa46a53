import type { Lang, LocalizedText } from './types.ts';
import type { MoveFlag } from './uncertainty.ts';
import { formatScore } from '../i18n/format.ts';

/**
 * The facts one scorecard sentence may state. Everything is optional in the sense of nullable:
 * a sentence never claims what a null field would have to support.
 */
export interface ScorecardFacts {
  readonly unitName: string;
  /** The group's name as a plural noun phrase ("Huyện, thành phố" / "Districts and city"). */
  readonly groupName: LocalizedText;
  readonly indexName: string;
  readonly year: number;
  /** Rank shown (published or computed); null when unranked. */
  readonly rank: number | null;
  /** Number of ranked units in the group-year. */
  readonly rankedCount: number;
  /** True when another unit shares the rank. */
  readonly tied: boolean;
  readonly total: number | null;
  /** The previous year in which the group has data; null when `year` is the first. */
  readonly previousYear: number | null;
  /** The unit's rank in `previousYear`; null when it was absent or unranked then. */
  readonly previousRank: number | null;
  /** True when the unit has a row in `previousYear` (even without a total). */
  readonly presentInPreviousYear: boolean;
  /** True when a declared method change or a different group size lies between the two years. */
  readonly comparabilityWarning: boolean;
  readonly illustrative: boolean;
  /** Respondents behind the score (null or absent when the data has no counts). */
  readonly respondents?: number | null;
  /** The 90 % rank interval (absent until computed, null when it cannot be). */
  readonly interval?: { readonly low: number; readonly high: number } | null;
  /** Whether the rank move since `previousYear` is likely real (absent/null: not judged). */
  readonly moveFlag?: MoveFlag | null;
}

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st. */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** The group's name as it reads inside a sentence: first letter lower-cased, the rest as published. */
function inSentence(name: string, lang: Lang): string {
  return name.length === 0 ? name : name.charAt(0).toLocaleLowerCase(lang) + name.slice(1);
}

const MOVE_WORDS: Readonly<Record<Lang, Readonly<Record<MoveFlag, string>>>> = {
  vi: {
    'likely-real': ' (thay đổi nhiều khả năng là thật)',
    'within-noise': ' (thay đổi nằm trong sai số khảo sát)',
  },
  en: {
    'likely-real': ' (a move that is likely real)',
    'within-noise': ' (a move within the survey’s margin of error)',
  },
};

/** " Điểm dựa trên 44 phiếu; tính cả sai số khảo sát, hạng nằm trong khoảng 2–5 (khoảng 90%)." */
function uncertainty(f: ScorecardFacts, lang: Lang): string {
  const n = f.respondents ?? null;
  const iv = f.interval && f.rank !== null && f.interval.low < f.interval.high ? f.interval : null;
  if (lang === 'vi') {
    const parts = [
      n === null ? null : `Điểm dựa trên ${n} phiếu trả lời`,
      iv === null
        ? null
        : `tính cả sai số khảo sát, hạng nằm trong khoảng ${iv.low}–${iv.high} (khoảng tin cậy 90%)`,
    ].filter((p): p is string => p !== null);
    if (parts.length === 0) return '';
    const text = parts.join('; ');
    return ` ${text.charAt(0).toLocaleUpperCase('vi')}${text.slice(1)}.`;
  }
  const parts = [
    n === null ? null : `The score rests on ${n} ${n === 1 ? 'response' : 'responses'}`,
    iv === null
      ? null
      : `allowing for survey error, the rank lies between ${ordinal(iv.low)} and ${ordinal(iv.high)} (90% interval)`,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return '';
  const text = parts.join('; ');
  return ` ${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function change(f: ScorecardFacts, lang: Lang): string {
  const prev = f.previousYear;
  if (prev === null)
    return lang === 'vi'
      ? ' Đây là năm đầu tiên có số liệu của khối.'
      : ' This is the first year with data for the group.';
  if (!f.presentInPreviousYear) {
    return lang === 'vi'
      ? ` Năm ${prev} đơn vị không có trong số liệu, nên không so sánh được thứ hạng.`
      : ` The unit is not in the ${prev} data, so there is no rank to compare with.`;
  }
  if (f.previousRank === null || f.rank === null) {
    return lang === 'vi'
      ? ` Không có thứ hạng năm ${prev} để so sánh.`
      : ` There is no ${prev} rank to compare with.`;
  }
  const places = f.previousRank - f.rank;
  if (places === 0)
    return lang === 'vi'
      ? `, giữ nguyên thứ hạng so với ${prev}.`
      : `, the same rank as in ${prev}.`;
  const n = Math.abs(places);
  const flag = f.moveFlag ? MOVE_WORDS[lang][f.moveFlag] : '';
  if (lang === 'vi') return `, ${places > 0 ? 'tăng' : 'giảm'} ${n} bậc so với ${prev}${flag}.`;
  return `, ${places > 0 ? 'up' : 'down'} ${n} ${n === 1 ? 'place' : 'places'} from ${prev}${flag}.`;
}

/**
 * One plain sentence about a unit's standing, in Vietnamese or English, e.g.
 * "Bạch Thông xếp thứ 3/8 huyện, thành phố về DCCI 2019 với 68,40 điểm, tăng 2 bậc so với 2018."
 * / "Bạch Thông ranks 3rd of 8 districts and city in the DCCI 2019 with 68.40 points, up 2 places from 2018."
 *
 * Rules: a rank change is stated only when both ranks exist; a unit absent in the previous year,
 * a first year and a missing score are said as such; ties say "đồng hạng" / "joint"; a
 * comparability warning and the illustrative flag add a short clause. Pure; no I/O.
 */
export function scorecardSentence(f: ScorecardFacts, lang: Lang): string {
  const group = inSentence(f.groupName[lang], lang);
  const index = `${f.indexName} ${f.year}`;
  let text: string;
  if (f.total === null && f.rank === null) {
    text =
      lang === 'vi'
        ? `${f.unitName} không có điểm ${index} (không có số liệu), nên không được xếp hạng.`
        : `${f.unitName} has no ${index} score (no data), so it is not ranked.`;
  } else {
    const points =
      f.total === null
        ? ''
        : lang === 'vi'
          ? ` với ${formatScore(f.total, lang)} điểm`
          : ` with ${formatScore(f.total, lang)} points`;
    const rankText =
      f.rank === null
        ? lang === 'vi'
          ? `có ${formatScore(f.total as number, lang)} điểm ${index} nhưng không được xếp hạng`
          : `has ${formatScore(f.total as number, lang)} points in the ${index} but is not ranked`
        : lang === 'vi'
          ? `xếp ${f.tied ? 'đồng hạng' : 'thứ'} ${f.rank}/${f.rankedCount} ${group} về ${index}${points}`
          : `ranks ${f.tied ? 'joint ' : ''}${ordinal(f.rank)} of ${f.rankedCount} ${group} in the ${index}${points}`;
    const tail = f.rank === null ? '.' : change(f, lang);
    text = `${f.unitName} ${rankText}${tail.startsWith(',') ? tail : f.rank === null ? tail : `.${tail}`}`;
    text += uncertainty(f, lang);
  }
  if (
    f.comparabilityWarning &&
    f.previousYear !== null &&
    f.previousRank !== null &&
    f.rank !== null
  ) {
    text +=
      lang === 'vi'
        ? ` Lưu ý: phương pháp hoặc số đơn vị đã thay đổi giữa ${f.previousYear} và ${f.year}, so sánh chỉ mang tính tham khảo.`
        : ` Note: the method or the number of units changed between ${f.previousYear} and ${f.year}, so the comparison is indicative only.`;
  }
  if (f.illustrative) text += lang === 'vi' ? ' (Số liệu minh họa.)' : ' (Illustrative data.)';
  return text;
}
