import dayjs from 'dayjs';
import type { RulePeriod } from '../../../contracts/actions.ts';
import { PERIOD_PATTERN, periodContaining } from '../../../contracts/periods.ts';

/** The period of a kind containing today (local date). */
export const currentPeriod = (kind: RulePeriod = 'quarter') => periodContaining(kind, dayjs().format('YYYY-MM-DD'));

/** Splits "2026-Q3" into its kind, year and part ("Q3", "H2", "09" or ""). */
export function splitPeriod(period: string): { kind: RulePeriod; year: number; part: string } {
  const m = PERIOD_PATTERN.exec(period);
  if (!m) return splitPeriod(currentPeriod());
  const year = Number(m[1]);
  if (m[2]) return { kind: 'half_year', year, part: `H${m[2]}` };
  if (m[3]) return { kind: 'quarter', year, part: `Q${m[3]}` };
  if (m[4]) return { kind: 'month', year, part: m[4] };
  return { kind: 'year', year, part: '' };
}

export const joinPeriod = (year: number, part: string) => (part ? `${year}-${part}` : String(year));

/** The parts of a year for a kind: months, quarters, halves, or none. */
export function partsOf(kind: RulePeriod): string[] {
  switch (kind) {
    case 'month':
      return Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
    case 'quarter':
      return ['Q1', 'Q2', 'Q3', 'Q4'];
    case 'half_year':
      return ['H1', 'H2'];
    case 'year':
      return [];
  }
}
