import type { YearBreak } from './era.ts';
import type { GroupId, LocalizedText } from './types.ts';
import type { MoveFlag } from './uncertainty.ts';

/**
 * The facts one scorecard sentence may state. Everything is optional in the sense of nullable:
 * a sentence never claims what a null field would have to support. The words are in the i18n
 * catalogues (i18n/sentences.ts); this module only decides what there is to say.
 */
export interface ScorecardFacts {
  readonly unitName: string;
  /** The group's id: bundled groups are counted with their own noun ("district-level units"). */
  readonly groupId: GroupId;
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
  /** The comparable previous year (era.ts `comparablePreviousYear`); null when there is none. */
  readonly previousYear: number | null;
  /** The unit's rank in `previousYear`; null when it was absent or unranked then. */
  readonly previousRank: number | null;
  /** True when the unit has a row in `previousYear` (even without a total). */
  readonly presentInPreviousYear: boolean;
  /** True when a declared method change or a different group size lies between the two years. */
  readonly comparabilityWarning: boolean;
  readonly illustrative: boolean;
  /**
   * Why earlier data is not compared (a gap in the years, the province merger of 2025); only
   * read when `previousYear` is null. Absent or null: no break (the first year of the group).
   */
  readonly previousBreak?: YearBreak | null;
  /** Departments or districts compared across 1 July 2025 (era.ts `dcciSpansMerger`). */
  readonly unitsReorganised?: boolean;
  /** Respondents behind the score (null or absent when the data has no counts). */
  readonly respondents?: number | null;
  /** The 90 % rank interval (absent until computed, null when it cannot be). */
  readonly interval?: { readonly low: number; readonly high: number } | null;
  /** Whether the rank move since `previousYear` is likely real (absent/null: not judged). */
  readonly moveFlag?: MoveFlag | null;
}

/** What a ranked unit's sentence says about the previous year. */
export type RankChangeFact =
  | { readonly kind: 'firstYear' }
  | { readonly kind: 'break'; readonly break: YearBreak }
  | { readonly kind: 'absent'; readonly previous: number }
  | { readonly kind: 'noPreviousRank'; readonly previous: number }
  /** `places` > 0: up (a better rank), < 0: down, 0: the same rank. */
  | {
      readonly kind: 'moved';
      readonly previous: number;
      readonly places: number;
      readonly flag: MoveFlag | null;
    };

/** The unit's standing: no data, a score without a rank, or a rank (with or without a score). */
export type StandingFact =
  | { readonly kind: 'noData' }
  | { readonly kind: 'unranked'; readonly total: number }
  | {
      readonly kind: 'ranked';
      readonly rank: number;
      readonly rankedCount: number;
      readonly tied: boolean;
      readonly total: number | null;
      readonly change: RankChangeFact;
    };

/** Everything one scorecard sentence states, in the order it is said; no words. */
export interface ScorecardStatement {
  readonly standing: StandingFact;
  /** Respondents behind the score; null when not known. */
  readonly respondents: number | null;
  /** The rank interval, only when the unit is ranked and the interval is not a single rank. */
  readonly interval: { readonly low: number; readonly high: number } | null;
  /** The two years a rank comparison needs care between (method or group size changed). */
  readonly caution: { readonly from: number; readonly to: number } | null;
  /** Departments/districts changed on 1 July 2025 between the two compared years. */
  readonly reorganised: boolean;
  readonly illustrative: boolean;
}

function rankChange(f: ScorecardFacts, rank: number): RankChangeFact {
  const prev = f.previousYear;
  if (prev === null)
    return f.previousBreak ? { kind: 'break', break: f.previousBreak } : { kind: 'firstYear' };
  if (!f.presentInPreviousYear) return { kind: 'absent', previous: prev };
  if (f.previousRank === null) return { kind: 'noPreviousRank', previous: prev };
  return {
    kind: 'moved',
    previous: prev,
    places: f.previousRank - rank,
    flag: f.previousRank === rank ? null : (f.moveFlag ?? null),
  };
}

/**
 * What the scorecard sentence says, decided from the facts. Rules: a rank change is stated only
 * when both ranks exist; a unit absent in the previous year, a first year, a break (gap or
 * merger) and a missing score are said as such; a comparability caution only accompanies a
 * stated change; the rank interval only a rank. Pure; no words, no I/O.
 */
export function scorecardStatement(f: ScorecardFacts): ScorecardStatement {
  let standing: StandingFact;
  if (f.rank !== null) {
    standing = {
      kind: 'ranked',
      rank: f.rank,
      rankedCount: f.rankedCount,
      tied: f.tied,
      total: f.total,
      change: rankChange(f, f.rank),
    };
  } else if (f.total !== null) {
    standing = { kind: 'unranked', total: f.total };
  } else {
    standing = { kind: 'noData' };
  }
  const hasData = standing.kind !== 'noData';
  const iv = f.interval;
  const compared =
    standing.kind === 'ranked' && standing.change.kind === 'moved' && f.previousYear !== null;
  return {
    standing,
    respondents: hasData ? (f.respondents ?? null) : null,
    interval: standing.kind === 'ranked' && iv && iv.low < iv.high ? iv : null,
    caution:
      compared && f.comparabilityWarning && f.previousYear !== null
        ? { from: f.previousYear, to: f.year }
        : null,
    reorganised: compared && f.unitsReorganised === true,
    illustrative: f.illustrative,
  };
}

/** A unit at one end of the ranking, for the caption and the alt text. */
export interface RankedUnit {
  readonly name: string;
  readonly total: number;
}

/**
 * The facts a ranking chart's caption and alt text may state. `focus` is the sentence facts of the
 * unit the caption is about (the selected unit, else the leader); every other field is nullable
 * so nothing is claimed that the data does not show.
 */
export interface RankingCaptionFacts {
  readonly focus: ScorecardFacts | null;
  readonly groupId: GroupId;
  readonly groupName: LocalizedText;
  readonly indexName: string;
  readonly year: number;
  /** Units with a total (the ones drawn as bars with a rank). */
  readonly rankedCount: number;
  /** Units in the group-year without a total (drawn as "—"). */
  readonly missingCount: number;
  readonly first: RankedUnit | null;
  readonly last: RankedUnit | null;
  readonly mean: number | null;
  readonly illustrative: boolean;
}
