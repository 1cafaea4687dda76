import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { RaiseConcernBody } from '../../../contracts/concerns.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import { concernCategories, concernEvents, concerns } from '../../db/schema/concerns.ts';
import { pairings } from '../../db/schema/pairings.ts';
import { records } from '../../db/schema/records.ts';
import { units } from '../../db/schema/units.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, invalidField, outOfReachField } from '../../platform/errors.ts';
import { pathInScope } from '../../platform/scope.ts';
import { dueDate } from './sla.ts';

/** An active category, or the field is refused. */
export async function activeCategory(db: Db, lang: Lang, code: string, field = 'category') {
  const [cat] = await db.select().from(concernCategories).where(eq(concernCategories.code, code));
  if (!cat?.active) {
    throw invalidField(lang, field, 'unknown_category', {
      'zh-CN': '不是在用的问题类别',
      'en-US': 'is not an active category',
    });
  }
  return cat;
}

/**
 * Whom the figures credit with the concern: the raiser when they are paired with
 * the outlet, else the person paired with it (its counselor or party representative).
 */
async function counselorOf(
  db: Db,
  unitId: number,
  raiserPersonId: number | null,
  today: string,
): Promise<number | null> {
  const inForce = and(
    eq(pairings.targetUnitId, unitId),
    lte(pairings.startsOn, today),
    or(isNull(pairings.endsOn), gte(pairings.endsOn, today)),
  );
  const [row] = await db
    .select({ personId: pairings.personId })
    .from(pairings)
    .where(inForce)
    .orderBy(
      ...(raiserPersonId === null
        ? []
        : [asc(sql`case when ${pairings.personId} = ${raiserPersonId} then 0 else 1 end`)]),
      asc(pairings.id),
    )
    .limit(1);
  return row?.personId ?? null;
}

/**
 * Raises a concern at tier 1: the outlet's counselor is the first to act. The SLA
 * clock starts today (routing restarts it for the department).
 */
export async function raiseConcern(
  tx: Db,
  ctx: ServiceContext,
  body: RaiseConcernBody,
  reach: readonly string[],
  today: string,
): Promise<number> {
  const { actor, lang } = ctx;
  const cat = await activeCategory(tx, lang, body.category);
  const [unit] = await tx
    .select({ path: units.path, active: units.active })
    .from(units)
    .where(eq(units.id, body.unitId));
  if (!unit?.active || !pathInScope(unit.path, reach)) {
    throw outOfReachField(lang, 'unitId');
  }
  if (body.recordId) {
    const [rec] = await tx
      .select({ unitId: records.unitId, path: units.path })
      .from(records)
      .innerJoin(units, eq(units.id, records.unitId))
      .where(eq(records.id, body.recordId));
    if (!rec || !pathInScope(rec.path, reach)) {
      throw outOfReachField(lang, 'recordId');
    }
  }
  const counselorPersonId = await counselorOf(tx, body.unitId, actor.personId, today);
  const values = {
    kind: body.kind,
    category: body.category,
    title: body.title,
    description: body.description,
    unitId: body.unitId,
    recordId: body.recordId ?? null,
    raisedByAccountId: actor.accountId,
    raisedByPersonId: actor.personId,
    anonymous: body.anonymous,
    counselorPersonId,
    tier: 1,
    state: 'submitted',
    dueOn: await dueDate(tx, today, cat),
  };
  const [row] = await tx.insert(concerns).values(values).returning({ id: concerns.id, raisedAt: concerns.raisedAt });
  if (!row) throw new AppError('INTERNAL');
  await tx.insert(concernEvents).values({
    concernId: row.id,
    kind: 'raise',
    fromState: null,
    toState: 'submitted',
    fromTier: null,
    toTier: 1,
    actorAccountId: actor.accountId,
    actorName: actor.displayName,
    at: row.raisedAt,
  });
  // The audit log keeps the raiser even when handlers do not see them (anonymous to handlers only).
  await writeAudit(tx, ctx.audit, {
    action: 'concern.raise',
    targetType: 'concern',
    targetId: row.id,
    before: null,
    after: values,
  });
  return row.id;
}
