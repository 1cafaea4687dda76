/**
 * How a checklist is scored (decision 0015). Pure: the callers gather the inputs
 * (score-inputs), so the board, a unit's year and the ranking read one definition.
 *
 * achievement ∈ [0, 1] of one item for one assigned unit:
 *  1. a quantitative target: min(1, measured / target);
 *  2. else the year's latest inspection finding: done 1, partly partial credit, not_done 0;
 *  3. else from the register: for a cadence, the share of due periods with an entry
 *     (periods that have ended, plus the current one once it has an entry); for a
 *     deadline or a yearly item, 1 once anything is registered.
 */

export type Finding = 'done' | 'partly' | 'not_done';
export type Cadence = 'monthly' | 'quarterly' | 'half_year' | 'yearly';
export type CellState = 'done' | 'partly' | 'overdue' | 'pending';

export interface ScoredItem {
  weight: number;
  deadline: string | null;
  cadence: Cadence | null;
  targetValue: number | null;
}

export interface AchievementInput {
  item: ScoredItem;
  year: number;
  /** Today in the enterprise time zone, YYYY-MM-DD. */
  today: string;
  partialCreditPct: number;
  /** What the platform measured for a quantitative item (null when it has no target). */
  measured: number | null;
  /** The finding of the year's latest inspection of this item, if any. */
  latestFinding: Finding | null;
  /** completed_on of the register's entries in the year. */
  entryDates: readonly string[];
}

const PERIODS_PER_YEAR: Record<Cadence, number> = { monthly: 12, quarterly: 4, half_year: 2, yearly: 1 };

/** 0-based index of the period of `date` (YYYY-MM-DD) within its year. */
function periodIndex(cadence: Cadence, date: string): number {
  const month = Number(date.slice(5, 7)) - 1;
  return Math.floor(month / (12 / PERIODS_PER_YEAR[cadence]));
}

/**
 * The periods that count: those ended by today, and the current one once it has an
 * entry (a period still running is not held against anyone, but work done counts).
 */
function cadenceShare(
  cadence: Cadence,
  year: number,
  today: string,
  entryDates: readonly string[],
): {
  covered: number;
  due: number;
} {
  const n = PERIODS_PER_YEAR[cadence];
  const todayYear = Number(today.slice(0, 4));
  const current = todayYear < year ? -1 : todayYear > year ? n : periodIndex(cadence, today);
  const withEntry = new Set(entryDates.map((d) => periodIndex(cadence, d)));
  const ended = Math.max(0, Math.min(current, n));
  let covered = 0;
  for (const p of withEntry) if (p < ended) covered++;
  const currentCounts = current >= 0 && current < n && withEntry.has(current);
  return { covered: covered + (currentCounts ? 1 : 0), due: ended + (currentCounts ? 1 : 0) };
}

export function achievementOf(input: AchievementInput): number {
  const { item } = input;
  if (item.targetValue !== null && item.targetValue > 0) {
    return Math.min(1, Math.max(0, (input.measured ?? 0) / item.targetValue));
  }
  if (input.latestFinding) {
    if (input.latestFinding === 'done') return 1;
    if (input.latestFinding === 'partly') return input.partialCreditPct / 100;
    return 0;
  }
  if (item.cadence && item.cadence !== 'yearly') {
    const { covered, due } = cadenceShare(item.cadence, input.year, input.today, input.entryDates);
    return due === 0 ? 0 : covered / due;
  }
  return input.entryDates.length > 0 ? 1 : 0;
}

/** The last day by which the item (or, for a cadence, its first period) had to be done. */
function firstDueDay(item: ScoredItem, year: number): string {
  if (item.deadline) return item.deadline;
  if (!item.cadence || item.cadence === 'yearly') return `${year}-12-31`;
  const monthsPerPeriod = 12 / PERIODS_PER_YEAR[item.cadence];
  const lastDay = new Date(Date.UTC(year, monthsPerPeriod, 0)).toISOString().slice(0, 10);
  return lastDay;
}

/** The board's colour: done, partly, overdue (nothing and its time has passed, or found not done), pending. */
export function cellState(input: AchievementInput, achievement: number): CellState {
  if (achievement >= 1) return 'done';
  if (achievement > 0) return 'partly';
  if (input.latestFinding === 'not_done') return 'overdue';
  return input.today > firstDueDay(input.item, input.year) ? 'overdue' : 'pending';
}

/** Σ weight × achievement, out of Σ weights, and as a percentage. */
export function checklistScore(
  items: readonly { weight: number }[],
  achievements: readonly number[],
): { points: number; totalWeight: number; pct: number } {
  let points = 0;
  let totalWeight = 0;
  for (const [i, item] of items.entries()) {
    points += item.weight * (achievements[i] ?? 0);
    totalWeight += item.weight;
  }
  return {
    points: round2(points),
    totalWeight: round2(totalWeight),
    pct: totalWeight ? round2((points / totalWeight) * 100) : 0,
  };
}

/** Members' ballots: 优秀 100, 较好 80, 一般 60, 较差 0; null without ballots. */
export function appraisalScore(t: { excellent: number; good: number; fair: number; poor: number }): number | null {
  const n = t.excellent + t.good + t.fair + t.poor;
  if (n === 0) return null;
  return round2((100 * t.excellent + 80 * t.good + 60 * t.fair) / n);
}

export interface AssessmentWeights {
  checklistWeightPct: number;
  appraisalWeightPct: number;
  dutyReportWeightPct: number;
  projectWeightPct: number;
}

export interface AssessmentParts {
  checklistPct: number;
  appraisalScore: number | null;
  dutyReportScore: number | null;
  /** Mean evaluation score of the unit's led projects of the year (projects/score.ts). */
  projectScore: number | null;
}

/** The annual assessment: the four parts by their weights; a missing part counts 0. */
export function assessmentTotal(parts: AssessmentParts, w: AssessmentWeights): number {
  return round2(
    (parts.checklistPct * w.checklistWeightPct +
      (parts.appraisalScore ?? 0) * w.appraisalWeightPct +
      (parts.dutyReportScore ?? 0) * w.dutyReportWeightPct +
      (parts.projectScore ?? 0) * w.projectWeightPct) /
      100,
  );
}

/** Competition ranking by total, highest first: equal totals share a rank (1, 1, 3). */
export function rankOf(totals: readonly number[]): number[] {
  return totals.map((t) => 1 + totals.filter((o) => round2(o) > round2(t)).length);
}

/** Scores are shown and compared to two decimals, so float noise never splits a tie. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
