import { and, asc, eq, gte, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Rule } from '../../../contracts/rules.ts';
import type { Db } from '../../db/client.ts';
import { rules } from '../../db/schema/pairings.ts';
import { toRule } from '../rules/queries.ts';
import { dayBefore, subPeriods } from './periods.ts';

/** Which subjects a track's rules judge: a scheme's pairings and holders, or the party orgs. */
export type Track = { schemeId: number } | { partyOrgs: true };

/** Every rule version of a track that is in effect on some day of [start, end). */
export async function rulesOverlapping(db: Db, track: Track, start: string, end: string): Promise<Rule[]> {
  const rows = await db
    .select()
    .from(rules)
    .where(
      and(
        'schemeId' in track ? eq(rules.schemeId, track.schemeId) : isNotNull(rules.partyOrgKind),
        lt(rules.effectiveFrom, end),
        or(isNull(rules.effectiveTo), gte(rules.effectiveTo, start)),
      ),
    )
    .orderBy(asc(rules.code), asc(rules.effectiveFrom));
  return rows.map(toRule);
}

/** One rule to judge over one of its periods. */
export interface Evaluation {
  rule: Rule;
  start: string;
  end: string;
}

/**
 * The rule periods a window is judged by: each rule's own periods overlapping
 * the window, kept only where that version is the one in effect on the
 * period's last day — so a rule revised mid-year judges each period once.
 */
export function evaluationsFor(ruleList: Rule[], start: string, end: string): Evaluation[] {
  const out: Evaluation[] = [];
  for (const rule of ruleList) {
    for (const p of subPeriods(rule.period, start, end)) {
      const last = dayBefore(p.end);
      if (rule.effectiveFrom <= last && (rule.effectiveTo === null || rule.effectiveTo >= last))
        out.push({ rule, ...p });
    }
  }
  return out;
}
