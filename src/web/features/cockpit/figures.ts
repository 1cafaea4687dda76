import type { FigureValue } from '../../../contracts/cockpit.ts';
import type { Rate } from '../../../contracts/registry.ts';

/**
 * Pure helpers of the cockpit: how a figure reads, how good it is, how the
 * children rank, and which period and year a page shows.
 */

type Better = 'higher' | 'lower';
type RateParts = Pick<Rate, 'numerator' | 'denominator'>;

/** The share in percent with one decimal, or null when nothing is counted. */
export function ratePercent(rate: RateParts): number | null {
  if (rate.denominator === 0) return null;
  return Math.round((rate.numerator / rate.denominator) * 1000) / 10;
}

/** "12 / 40 (30.0%)": a rate never travels without its numerator and denominator. */
export function rateText(rate: RateParts): string {
  const pct = ratePercent(rate);
  return `${rate.numerator.toLocaleString('en-US')} / ${rate.denominator.toLocaleString('en-US')} (${
    pct === null ? '—' : `${pct.toFixed(1)}%`
  })`;
}

/** A figure as text: the rate with its parts, or the count. */
export function valueText(v: FigureValue): string {
  if (v.rate) return rateText(v.rate);
  if (v.count !== null) return v.count.toLocaleString('en-US');
  return '—';
}

/** The number a chart draws: the rate in percent, or the count; null when there is none. */
export function chartValue(v: FigureValue): number | null {
  if (v.rate) return ratePercent(v.rate);
  return v.count;
}

export type Tone = 'good' | 'fair' | 'poor' | 'plain';

/**
 * How good a figure is, for its colour. Rates where higher is better: 90% and up good,
 * 60% and up fair, below poor. Where lower is better (overdue, blank outlets): none is good,
 * any is poor. A count where higher is better (records) is plain: there is no target.
 */
export function tone(v: FigureValue, better: Better): Tone {
  if (v.rate) {
    const pct = ratePercent(v.rate);
    if (pct === null) return 'plain';
    const share = better === 'higher' ? pct : 100 - pct;
    return share >= 90 ? 'good' : share >= 60 ? 'fair' : 'poor';
  }
  if (v.count === null) return 'plain';
  if (better === 'lower') return v.count === 0 ? 'good' : 'poor';
  return 'plain';
}

/**
 * Rows best first according to `better`; rows without a value (a rate with no
 * denominator) last; ties by the unit's code so the order is stable.
 */
export function rankRows<T extends FigureValue & { unit: { code: string } }>(rows: readonly T[], better: Better): T[] {
  return [...rows].sort((a, b) => {
    const va = chartValue(a);
    const vb = chartValue(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else if (va !== vb) {
      return better === 'higher' ? vb - va : va - vb;
    }
    return a.unit.code.localeCompare(b.unit.code);
  });
}

/** The year whose months the trend shows for a period ("2026-Q3" → 2026). */
export const yearOfPeriod = (period: string): number => Number(period.slice(0, 4));

/** The cockpit's address for a unit and period: a link opens the same view. */
export function cockpitPath(unitId: number | undefined, period: string | undefined, key?: string): string {
  const params = new URLSearchParams();
  if (unitId) params.set('unitId', String(unitId));
  if (period) params.set('period', period);
  if (key) params.set('key', key);
  const qs = params.toString();
  return qs ? `/cockpit?${qs}` : '/cockpit';
}

/** The headline figures' keys in the order the summary shows them; `*` stands for any scheme. */
const HEADLINES = [
  'scheme:*:coverage',
  'scheme:*:completion',
  'branches:completion',
  'records:personTimes',
  'concerns:resolved',
  'concerns:overdue',
  'training:hoursMet',
  'talks:coverage',
] as const;

const matches = (pattern: string, key: string) =>
  pattern.includes('*') ? new RegExp(`^${pattern.replace('*', '[^:]+')}$`).test(key) : pattern === key;

/**
 * Up to `max` headline figures for the home page: the first figure for each headline
 * key (the first scheme's, for scheme figures) in that order, then others to fill.
 */
export function headlineFigures<T extends { key: string }>(figures: readonly T[], max = 8): T[] {
  const out: T[] = [];
  for (const pattern of HEADLINES) {
    const f = figures.find((x) => matches(pattern, x.key));
    if (f) out.push(f);
  }
  for (const f of figures) if (!out.includes(f)) out.push(f);
  return out.slice(0, max);
}

/** Groups figures by section, in the sections' order, leaving out empty sections. */
export function bySection<S extends string, T extends { section: S }>(
  sections: readonly S[],
  figures: readonly T[],
): { section: S; figures: T[] }[] {
  return sections
    .map((section) => ({ section, figures: figures.filter((f) => f.section === section) }))
    .filter((g) => g.figures.length > 0);
}

/**
 * How wide a section's card is on the 24-column grid: a quarter of the row per figure on
 * wide screens, half per figure on medium ones, the whole row on a phone.
 */
export function sectionSpan(figures: number): { xs: number; md: number; xl: number } {
  const n = Math.max(1, figures);
  return { xs: 24, md: Math.min(24, n * 12), xl: Math.min(24, n * 6) };
}

/** The rows a chart draws: those with a value (a rate over nobody says nothing to compare). */
export const chartedRows = <T extends FigureValue>(rows: readonly T[]): T[] =>
  rows.filter((r) => chartValue(r) !== null);
