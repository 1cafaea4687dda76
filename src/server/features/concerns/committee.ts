import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CommitteeMeeting, CreateCommitteeMeetingBody } from '../../../contracts/concern-followup.ts';
import type { ConcernState } from '../../../contracts/concerns.ts';
import type { Db } from '../../db/client.ts';
import { committeeMeetingItems, committeeMeetings, concerns } from '../../db/schema/concerns.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, invalidField, outOfReachField } from '../../platform/errors.ts';
import type { Page } from '../../platform/paging.ts';
import { paged } from '../../platform/paging.ts';
import { pathInScope, underPaths } from '../../platform/scope.ts';
import { commitTransition } from './commit.ts';
import { concernForField, placeOf } from './detail.ts';
import { mayAct, transitionAt } from './policy.ts';
import { departmentAbove } from './routing.ts';
import { dueDate, slaOf } from './sla.ts';
import { standingOf } from './standing.ts';

const notOnAgenda = {
  'zh-CN': '不在党委研究议程上（须为已升级至第三级、待党委研究的事项）',
  'en-US': 'is not on the committee’s agenda (it must be a tier-3 concern awaiting the committee)',
};

/**
 * Records a committee meeting's concern part: for each concern studied, the decision
 * and the department that owns the follow-up. Each decision routes its concern to
 * the owner at tier 3 (the `decide` transition), in the same transaction.
 */
export async function createCommitteeMeeting(
  tx: Db,
  ctx: ServiceContext,
  body: CreateCommitteeMeetingBody,
  reach: readonly string[],
  today: string,
): Promise<number> {
  const { actor, lang } = ctx;
  const [unit] = await tx.select({ path: units.path }).from(units).where(eq(units.id, body.unitId));
  if (!unit || !pathInScope(unit.path, actor.scopePaths)) {
    throw outOfReachField(lang, 'unitId');
  }
  const seen = new Set<number>();
  const checked = [];
  for (const [i, item] of body.items.entries()) {
    const field = `items.${i}.concernId`;
    if (seen.has(item.concernId)) {
      throw invalidField(lang, field, 'duplicate', { 'zh-CN': '重复列入', 'en-US': 'is listed twice' });
    }
    seen.add(item.concernId);
    const row = await concernForField(tx, actor, reach, item.concernId, lang, field);
    const at = { state: row.c.state as ConcernState, tier: row.c.tier };
    const t = transitionAt('decide', at);
    if (!t) throw invalidField(lang, field, 'not_on_agenda', notOnAgenda);
    if (!mayAct(t, standingOf(actor, reach, placeOf(row)))) throw new AppError('FORBIDDEN');
    const owner = await departmentAbove(
      tx,
      lang,
      `items.${i}.ownerDepartmentId`,
      item.ownerDepartmentId,
      row.outletPath,
    );
    checked.push({ item, row, at, owner });
  }
  const [meeting] = await tx
    .insert(committeeMeetings)
    .values({
      unitId: body.unitId,
      heldOn: body.heldOn,
      title: body.title,
      attendees: body.attendees ?? null,
      createdBy: actor.accountId,
    })
    .returning({ id: committeeMeetings.id });
  if (!meeting) throw new AppError('INTERNAL');
  await tx.insert(committeeMeetingItems).values(
    checked.map(({ item }) => ({
      meetingId: meeting.id,
      concernId: item.concernId,
      decision: item.decision,
      ownerDepartmentId: item.ownerDepartmentId,
      ownerNote: item.ownerNote ?? null,
    })),
  );
  for (const { item, row, at, owner } of checked) {
    const dueOn = await dueDate(tx, today, await slaOf(tx, row.c.category));
    await commitTransition(
      tx,
      ctx,
      row.c,
      'decide',
      at,
      { state: 'routed', tier: 3 },
      { departmentUnitId: owner.id, handlerAccountId: null, dueOn },
      { note: item.decision, departmentUnitId: owner.id, reason: item.ownerNote ?? null },
    );
  }
  await writeAudit(tx, ctx.audit, {
    action: 'committee_meeting.create',
    targetType: 'committee_meeting',
    targetId: meeting.id,
    before: null,
    after: { ...body, items: body.items.length },
  });
  return meeting.id;
}

const owner = alias(units, 'owner');

/** Committee meetings held by units in scope (optionally under one unit, or one by id), newest first. */
export async function listCommitteeMeetings(
  db: Db,
  actor: Actor,
  q: { page: number; pageSize: number; unitPath?: string; id?: number },
): Promise<Page<CommitteeMeeting>> {
  const where = and(
    underPaths(units.path, actor.scopePaths),
    q.unitPath ? underPaths(units.path, [q.unitPath]) : undefined,
    q.id === undefined ? undefined : eq(committeeMeetings.id, q.id),
  );
  return paged(
    q,
    (limit, offset) =>
      db
        .select({ m: committeeMeetings, unitName: units.name })
        .from(committeeMeetings)
        .innerJoin(units, eq(units.id, committeeMeetings.unitId))
        .where(where)
        .orderBy(desc(committeeMeetings.heldOn), desc(committeeMeetings.id))
        .limit(limit)
        .offset(offset),
    () =>
      db
        .select({ n: count() })
        .from(committeeMeetings)
        .innerJoin(units, eq(units.id, committeeMeetings.unitId))
        .where(where),
    async (rows) => {
      const ids = rows.map((r) => r.m.id);
      const items = ids.length
        ? await db
            .select({
              i: committeeMeetingItems,
              title: concerns.title,
              state: concerns.state,
              ownerName: owner.name,
            })
            .from(committeeMeetingItems)
            .innerJoin(concerns, eq(concerns.id, committeeMeetingItems.concernId))
            .innerJoin(owner, eq(owner.id, committeeMeetingItems.ownerDepartmentId))
            .where(inArray(committeeMeetingItems.meetingId, ids))
        : [];
      return rows.map((r) => ({
        id: r.m.id,
        unit: { id: r.m.unitId, name: r.unitName },
        heldOn: r.m.heldOn,
        title: r.m.title,
        attendees: r.m.attendees,
        items: items
          .filter((x) => x.i.meetingId === r.m.id)
          .map((x) => ({
            concernId: x.i.concernId,
            concernTitle: x.title,
            decision: x.i.decision,
            owner: { id: x.i.ownerDepartmentId, name: x.ownerName },
            ownerNote: x.i.ownerNote,
            concernState: x.state,
          })),
        createdAt: r.m.createdAt.toISOString(),
      }));
    },
  );
}
