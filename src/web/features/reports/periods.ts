import type { ReportColumn, ReportStatus } from '../../../contracts/reports.ts';

/** The report periods to offer on a date: this year and last, each year then its quarters (up to now), newest first. */
export function reportPeriods(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
  const out: string[] = [];
  for (let q = quarter; q >= 1; q--) out.push(`${year}-Q${q}`);
  out.push(String(year));
  for (let q = 4; q >= 1; q--) out.push(`${year - 1}-Q${q}`);
  out.push(String(year - 1));
  return out;
}

/** The current quarter of a date ("2026-Q4"). */
export const currentQuarter = (today: string) => `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;

/** Whether a job is still being worked (the page polls while it is). */
export const inProgress = (status: ReportStatus) => status === 'queued' || status === 'running';

/** Sheets written as a percentage (0 before the job has counted them). */
export const progressPercent = (done: number, total: number) => (total > 0 ? Math.round((done / total) * 100) : 0);

/** A table cell as printed: percentages with "%", decimals with one digit, empty as "—". */
export function cellText(kind: ReportColumn['kind'], value: string | number | null): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (kind === 'pct') return `${value.toFixed(1)}%`;
  if (kind === 'num') return String(Math.round(value * 10) / 10);
  return String(value);
}
