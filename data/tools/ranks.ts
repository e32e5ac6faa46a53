/**
 * Competition ranks (1, 2, 2, 4) of totals: higher is better, ties share the best rank,
 * null totals stay unranked (null). Same rule as the app's ranking (ARCHITECTURE.md).
 */
export function competitionRanks(totals: readonly (number | null)[]): (number | null)[] {
  return totals.map((t) =>
    t === null ? null : 1 + totals.filter((o) => o !== null && o > t).length,
  );
}
