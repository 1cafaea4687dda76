import { defaultTermEnd, TERM_WARNING_DAYS, TERM_YEARS } from '../../contracts/registry-enums.ts';
import { addYears, dayOf, isoOf, YEAR_DAYS } from './dates.ts';
import type { PlanOrg } from './plan.ts';
import type { Rng } from './prng.ts';

/**
 * Terms of office spread around the seeding day, so the registry shows every
 * term status: most orgs mid-term, a handful within TERM_WARNING_DAYS of their
 * end, a few already overdue for re-election. Counts are exact shares of the
 * orgs with terms (at least one of each when there are any), not chance.
 */
export interface TermShares {
  expiring: number;
  overdue: number;
}

export function assignTerms(rng: Rng, orgs: readonly PlanOrg[], today: number, shares: TermShares): void {
  const withTerms = rng.shuffle(orgs.filter((o) => TERM_YEARS[o.kind] !== null));
  if (withTerms.length === 0) return;
  const overdue = Math.max(1, Math.round(withTerms.length * shares.overdue));
  const expiring = Math.max(1, Math.round(withTerms.length * shares.expiring));
  for (const [i, org] of withTerms.entries()) {
    const years = TERM_YEARS[org.kind]!;
    const termAgo = addYears(today, -years);
    let start: number;
    if (i < overdue) start = termAgo - rng.int(15, 400);
    else if (i < overdue + expiring) start = termAgo + rng.int(2, TERM_WARNING_DAYS - 5);
    else start = today - rng.int(60, years * YEAR_DAYS - TERM_WARNING_DAYS - 15);
    org.termStart = isoOf(start);
    org.termEnd = defaultTermEnd(org.kind, org.termStart);
  }
  for (const org of orgs) {
    const start = org.termStart ? dayOf(org.termStart) : today - rng.int(200, 3000);
    org.foundedOn = isoOf(start - rng.int(0, 15 * YEAR_DAYS));
  }
}
