import { rankOf, round2 } from '../checklists/score.ts';

/**
 * Scoring of led projects (decision 0016), pure: a reviewer's sheet totals its
 * criteria by weight; a project's stage score is the mean of its sheets' totals;
 * the campaign ranks projects by evaluation score, ties sharing a rank (1, 1, 3).
 */
export interface WeightedCriterion {
  id: number;
  weightPct: number;
}

/** Σ score × weight / 100 over the stage's criteria (a criterion without a score counts 0), two decimals. */
export function sheetTotal(criteria: readonly WeightedCriterion[], scores: ReadonlyMap<number, number>): number {
  return round2(criteria.reduce((sum, c) => sum + (scores.get(c.id) ?? 0) * c.weightPct, 0) / 100);
}

/** The mean of the sheets' totals, two decimals; null without a sheet. */
export function meanScore(totals: readonly number[]): number | null {
  if (totals.length === 0) return null;
  return round2(totals.reduce((a, b) => a + b, 0) / totals.length);
}

/** Ranks for scores, highest first; unscored entries (null) get no rank. */
export function rankScores(scores: readonly (number | null)[]): (number | null)[] {
  const scored = scores.filter((s): s is number => s !== null);
  const ranks = rankOf(scored);
  const rankOfScore = new Map(scored.map((s, i) => [s, ranks[i]!]));
  return scores.map((s) => (s === null ? null : rankOfScore.get(s)!));
}

export { round2 };
