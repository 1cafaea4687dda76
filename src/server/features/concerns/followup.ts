import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type {
  AdmonitionKind,
  CreateAdmonitionBody,
  CreateExemplarBody,
  FollowUp,
} from '../../../contracts/concern-followup.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import { admonitions, concerns, exemplars } from '../../db/schema/concerns.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, invalidField, outOfReachField } from '../../platform/errors.ts';
import { pathInScope, underPaths } from '../../platform/scope.ts';
import { zonedMidnight } from '../compliance/periods.ts';
import { concernForField } from './detail.ts';

async function concernUnit(db: Db, ctx: ServiceContext, reach: readonly string[], id: number): Promise<number> {
  const row = await concernForField(db, ctx.actor, reach, id, ctx.lang, 'concernId');
  return row.c.unitId;
}

async function personUnit(db: Db, ctx: ServiceContext, id: number): Promise<number> {
  const [p] = await db
    .select({ unitId: people.unitId, path: units.path })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(eq(people.id, id));
  if (!p || !pathInScope(p.path, ctx.actor.scopePaths)) throw outOfReachField(ctx.lang, 'personId');
  return p.unitId;
}

function need(lang: Lang, field: string): never {
  throw invalidField(lang, field, 'required', { 'zh-CN': '不能为空', 'en-US': 'is required' });
}

/** 选树典型: holds a concern's handling or a counselor's case up as an example. */
export async function createExemplar(tx: Db, ctx: ServiceContext, body: CreateExemplarBody, reach: readonly string[]) {
  const concernId = body.subject === 'concern' ? (body.concernId ?? need(ctx.lang, 'concernId')) : null;
  const personId = body.subject === 'counselor' ? (body.personId ?? need(ctx.lang, 'personId')) : null;
  const unitId =
    concernId !== null ? await concernUnit(tx, ctx, reach, concernId) : await personUnit(tx, ctx, personId!);
  const values = { subject: body.subject, concernId, personId, unitId, title: body.title, writeUp: body.writeUp };
  const [row] = await tx
    .insert(exemplars)
    .values({ ...values, markedBy: ctx.actor.accountId })
    .returning({ id: exemplars.id });
  if (!row) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'exemplar.create',
    targetType: 'exemplar',
    targetId: row.id,
    before: null,
    after: values,
  });
  return row.id;
}

/** 提醒 / 约谈 / 诫勉谈话 against a department or a person (exactly one), with its reason. */
export async function createAdmonition(
  tx: Db,
  ctx: ServiceContext,
  body: CreateAdmonitionBody,
  reach: readonly string[],
) {
  const { lang } = ctx;
  const dep = body.departmentId ?? null;
  const person = body.personId ?? null;
  if ((dep === null) === (person === null)) {
    throw invalidField(lang, 'departmentId', 'one_of', {
      'zh-CN': '与「人员」须且只能填写一项',
      'en-US': 'or the person: exactly one of them is required',
    });
  }
  let unitId: number;
  if (dep !== null) {
    const [u] = await tx.select({ path: units.path, kind: units.kind }).from(units).where(eq(units.id, dep));
    if (u?.kind !== 'department' || !pathInScope(u.path, ctx.actor.scopePaths)) {
      throw outOfReachField(lang, 'departmentId');
    }
    unitId = dep;
  } else {
    unitId = await personUnit(tx, ctx, person!);
  }
  const concernId = body.concernId ?? null;
  if (concernId !== null) await concernUnit(tx, ctx, reach, concernId);
  const values = {
    kind: body.kind,
    departmentUnitId: dep,
    personId: person,
    unitId,
    occurredOn: body.occurredOn,
    reason: body.reason,
    concernId,
  };
  const [row] = await tx
    .insert(admonitions)
    .values({ ...values, recordedBy: ctx.actor.accountId })
    .returning({ id: admonitions.id });
  if (!row) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'admonition.create',
    targetType: 'admonition',
    targetId: row.id,
    before: null,
    after: values,
  });
  return row.id;
}

const marker = alias(accounts, 'marker');
const dep = alias(units, 'dep');

/** The follow-up view: exemplars and admonitions in scope (under a unit, in a year), newest first. */
export async function followUpOf(
  db: Db,
  actor: Actor,
  q: { unitPath?: string; year?: number; exemplarId?: number; admonitionId?: number },
  timeZone: string,
): Promise<FollowUp> {
  const within = (path: SQL | typeof units.path) =>
    and(underPaths(path, actor.scopePaths), q.unitPath ? underPaths(path, [q.unitPath]) : undefined);
  const yearOf = (y: number) => [`${y}-01-01`, `${y + 1}-01-01`] as const;
  const ex = await db
    .select({
      e: exemplars,
      unitName: units.name,
      concernTitle: concerns.title,
      personName: people.name,
      by: marker.displayName,
    })
    .from(exemplars)
    .innerJoin(units, eq(units.id, exemplars.unitId))
    .leftJoin(concerns, eq(concerns.id, exemplars.concernId))
    .leftJoin(people, eq(people.id, exemplars.personId))
    .innerJoin(marker, eq(marker.id, exemplars.markedBy))
    .where(
      and(
        within(units.path),
        q.exemplarId === undefined ? undefined : eq(exemplars.id, q.exemplarId),
        q.year ? gte(exemplars.markedAt, zonedMidnight(yearOf(q.year)[0], timeZone)) : undefined,
        q.year ? lt(exemplars.markedAt, zonedMidnight(yearOf(q.year)[1], timeZone)) : undefined,
      ),
    )
    .orderBy(desc(exemplars.markedAt))
    .limit(200);
  const ad = await db
    .select({
      a: admonitions,
      unitName: units.name,
      depName: dep.name,
      personName: people.name,
      concernTitle: concerns.title,
      by: marker.displayName,
    })
    .from(admonitions)
    .innerJoin(units, eq(units.id, admonitions.unitId))
    .leftJoin(dep, eq(dep.id, admonitions.departmentUnitId))
    .leftJoin(people, eq(people.id, admonitions.personId))
    .leftJoin(concerns, eq(concerns.id, admonitions.concernId))
    .innerJoin(marker, eq(marker.id, admonitions.recordedBy))
    .where(
      and(
        within(units.path),
        q.admonitionId === undefined ? undefined : eq(admonitions.id, q.admonitionId),
        q.year ? gte(admonitions.occurredOn, yearOf(q.year)[0]) : undefined,
        q.year ? lt(admonitions.occurredOn, yearOf(q.year)[1]) : undefined,
      ),
    )
    .orderBy(desc(admonitions.occurredOn), desc(admonitions.id))
    .limit(200);
  return {
    exemplars: ex.map((r) => ({
      id: r.e.id,
      subject: r.e.subject as 'concern' | 'counselor',
      concern: r.e.concernId === null ? null : { id: r.e.concernId, name: r.concernTitle ?? '' },
      person: r.e.personId === null ? null : { id: r.e.personId, name: r.personName ?? '' },
      unit: { id: r.e.unitId, name: r.unitName },
      title: r.e.title,
      writeUp: r.e.writeUp,
      markedBy: r.by,
      markedAt: r.e.markedAt.toISOString(),
    })),
    admonitions: ad.map((r) => ({
      id: r.a.id,
      kind: r.a.kind as AdmonitionKind,
      department: r.a.departmentUnitId === null ? null : { id: r.a.departmentUnitId, name: r.depName ?? '' },
      person: r.a.personId === null ? null : { id: r.a.personId, name: r.personName ?? '' },
      unit: { id: r.a.unitId, name: r.unitName },
      occurredOn: r.a.occurredOn,
      reason: r.a.reason,
      concern: r.a.concernId === null ? null : { id: r.a.concernId, name: r.concernTitle ?? '' },
      recordedBy: r.by,
      createdAt: r.a.createdAt.toISOString(),
    })),
  };
}
