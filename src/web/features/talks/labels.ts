import type { DueState } from '../../../contracts/talks.ts';
import type { Rate } from '../../../contracts/training.ts';

/** What a due talk's state tag says: overdue by N days, N days left (or due today), done. */
export function dueStateText(
  state: DueState,
  days: number | null,
): {
  key: 'talk.state.overdueDays' | 'talk.state.daysLeft' | 'talk.state.dueToday' | `talk.state.${DueState}`;
  days?: number;
} {
  if (state === 'done' || days === null) return { key: `talk.state.${state}` };
  if (state === 'overdue') return { key: 'talk.state.overdueDays', days };
  return days === 0 ? { key: 'talk.state.dueToday' } : { key: 'talk.state.daysLeft', days };
}

/** The tag colour of a due talk: red overdue, orange within a week, blue later, green done. */
export function dueStateColor(state: DueState, days: number | null): string {
  if (state === 'done') return 'success';
  if (state === 'overdue') return 'error';
  return days !== null && days <= 7 ? 'warning' : 'processing';
}

/** A coverage figure as "covered / required (xx.x%)"; "(—)" when nothing is required. */
export function formatCoverage(rate: Rate): string {
  const pct = rate.denominator > 0 ? `${((rate.numerator / rate.denominator) * 100).toFixed(1)}%` : '—';
  return `${rate.numerator} / ${rate.denominator} (${pct})`;
}

/** The share of a rate, or null when its denominator is 0. */
export function rateShare(rate: Rate): number | null {
  return rate.denominator > 0 ? rate.numerator / rate.denominator : null;
}

/** Years to choose from: this year and the `back` years before it, newest first. */
export function yearChoices(current: number, back = 5): number[] {
  return Array.from({ length: back + 1 }, (_, i) => current - i);
}
