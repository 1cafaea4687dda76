import { z } from 'zod';
import type { RulePeriod } from './actions.ts';

/**
 * Calendar periods as the enterprise names them: "2026" (year), "2026-H2",
 * "2026-Q3", "2026-09" (month). Bounds are local dates [start, end) in the
 * enterprise's time zone; the server turns them into instants.
 */
export const PERIOD_PATTERN = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/;
export const periodParam = z.string().regex(PERIOD_PATTERN);

export interface PeriodBounds {
  kind: RulePeriod;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** First day after the period, YYYY-MM-DD. */
  end: string;
}

const iso = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-01`;
const next = (y: number, m: number, months: number) => {
  const t = y * 12 + (m - 1) + months;
  return iso(Math.floor(t / 12), (t % 12) + 1);
};

export function parsePeriod(period: string): PeriodBounds {
  const m = PERIOD_PATTERN.exec(period);
  if (!m) throw new Error(`not a period: ${period}`);
  const y = Number(m[1]);
  if (m[2]) {
    const first = m[2] === '1' ? 1 : 7;
    return { kind: 'half_year', start: iso(y, first), end: next(y, first, 6) };
  }
  if (m[3]) {
    const first = (Number(m[3]) - 1) * 3 + 1;
    return { kind: 'quarter', start: iso(y, first), end: next(y, first, 3) };
  }
  if (m[4]) return { kind: 'month', start: iso(y, Number(m[4])), end: next(y, Number(m[4]), 1) };
  return { kind: 'year', start: iso(y, 1), end: iso(y + 1, 1) };
}

/** The period of a kind containing a local date. */
export function periodContaining(kind: RulePeriod, date: string): string {
  const y = Number(date.slice(0, 4));
  const mo = Number(date.slice(5, 7));
  switch (kind) {
    case 'year':
      return String(y);
    case 'half_year':
      return `${y}-H${mo <= 6 ? 1 : 2}`;
    case 'quarter':
      return `${y}-Q${Math.ceil(mo / 3)}`;
    case 'month':
      return `${y}-${String(mo).padStart(2, '0')}`;
  }
}
