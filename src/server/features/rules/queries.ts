import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { ActionKind, RulePeriod, RuleSubject } from '../../../contracts/actions.ts';
import type { PartyOrgKind } from '../../../contracts/registry-enums.ts';
import type { Rule } from '../../../contracts/rules.ts';
import type { Db } from '../../db/client.ts';
import { rules } from '../../db/schema/pairings.ts';
import { notFound } from '../../platform/errors.ts';

export function toRule(r: typeof rules.$inferSelect): Rule {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    schemeId: r.schemeId,
    partyOrgKind: r.partyOrgKind as PartyOrgKind | null,
    subject: r.subject as RuleSubject,
    actionKind: r.actionKind as ActionKind,
    period: r.period as RulePeriod,
    minCount: r.minCount,
    onSiteOnly: r.onSiteOnly,
    requireStandardItems: r.requireStandardItems,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    version: r.version,
  };
}

/** Rules of a scheme (or, without one, the party orgs' rules); in effect on a date, or every version. */
export async function listRules(
  db: Db,
  q: { schemeId?: number | undefined; on?: string | undefined },
): Promise<Rule[]> {
  const rows = await db
    .select()
    .from(rules)
    .where(
      and(
        q.schemeId === undefined ? undefined : eq(rules.schemeId, q.schemeId),
        q.on === undefined ? undefined : lte(rules.effectiveFrom, q.on),
        q.on === undefined ? undefined : or(isNull(rules.effectiveTo), gte(rules.effectiveTo, q.on)),
      ),
    )
    .orderBy(asc(rules.schemeId), asc(rules.partyOrgKind), asc(rules.code), asc(rules.effectiveFrom));
  return rows.map(toRule);
}

export async function lockRule(db: Db, id: number) {
  const [row] = await db.select().from(rules).where(eq(rules.id, id)).for('update');
  if (!row) throw notFound();
  return row;
}
