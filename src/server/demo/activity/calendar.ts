/**
 * Calendar periods on day numbers (days since 1970-01-01) for the record
 * planners: the months, quarters and years a window touches, each as
 * [start, end) days, clipped to nothing (callers clip to what they need).
 */
const DAY_MS = 86_400_000;

export interface Span {
  start: number;
  end: number;
}

function firstOfMonth(y: number, m: number): number {
  return Math.round(Date.UTC(y, m, 1) / DAY_MS);
}

/** Periods of `months` months (1, 3 or 12) aligned to the calendar, overlapping [from, to). */
export function periods(from: number, to: number, months: 1 | 3 | 12): Span[] {
  const d = new Date(from * DAY_MS);
  let y = d.getUTCFullYear();
  let m = Math.floor(d.getUTCMonth() / months) * months;
  const out: Span[] = [];
  for (;;) {
    const start = firstOfMonth(y, m);
    if (start >= to) return out;
    m += months;
    if (m >= 12) {
      y += Math.floor(m / 12);
      m %= 12;
    }
    out.push({ start, end: firstOfMonth(y, m) });
  }
}

/** The first day of the quarter containing `day`. */
export function quarterStart(day: number): number {
  const d = new Date(day * DAY_MS);
  return firstOfMonth(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3);
}

/** [a, b) ∩ [c, d), or null when empty. */
export function clip(span: Span, from: number, to: number): Span | null {
  const start = Math.max(span.start, from);
  const end = Math.min(span.end, to);
  return start < end ? { start, end } : null;
}

/** 1-based month of a day number. */
export function monthOf(day: number): number {
  return new Date(day * DAY_MS).getUTCMonth() + 1;
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}
