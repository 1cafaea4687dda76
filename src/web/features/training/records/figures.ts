import type { Rate } from '../../../../contracts/training.ts';

/** A rate's share in percent (one decimal), or null when nobody is counted. */
export function ratePercent(rate: Rate): number | null {
  if (rate.denominator <= 0) return null;
  return Math.round((rate.numerator / rate.denominator) * 1000) / 10;
}

/** "12 / 40 (30.0%)": a rate never travels without its numerator and denominator; "0 / 0 (—)" when nobody is counted. */
export function rateText(rate: Rate): string {
  const pct = ratePercent(rate);
  return `${rate.numerator} / ${rate.denominator} (${pct === null ? '—' : `${pct.toFixed(1)}%`})`;
}

/** Credit hours as people read them: at most one decimal, no trailing ".0". */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}

export interface HoursProgress {
  /** 0–100, for a progress bar (capped at 100). */
  percent: number;
  met: boolean;
  /** Hours still missing (0 when met). */
  short: number;
}

/** How far a person's hours are towards the year's requirement. */
export function hoursProgress(total: number, required: number): HoursProgress {
  const met = total >= required;
  const short = met ? 0 : Math.round((required - total) * 10) / 10;
  const percent = required <= 0 ? 100 : Math.min(100, Math.floor((total / required) * 1000) / 10);
  return { percent, met, short };
}
