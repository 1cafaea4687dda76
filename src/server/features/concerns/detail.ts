import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ConcernDetail, ConcernEventKind, ConcernState } from '../../../contracts/concerns.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import {
  committeeMeetingItems,
  committeeMeetings,
  concernAttachments,
  concernEvents,
  concerns,
} from '../../db/schema/concerns.ts';
import { records } from '../../db/schema/records.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, notFound, outOfReachField, outOfScope } from '../../platform/errors.ts';
import { allowedActions } from './policy.ts';
import { type ConcernRow, selectConcerns, toConcern, trailsOf } from './queries.ts';
import { mayRead, standingOf } from './standing.ts';

/**
 * A concern the caller may read, else 404 (an existing one out of reach is audited as
 * a denial). `justActed`: the caller has just moved it, possibly out of their reach
 * (a department returning it); they get the outcome of their own action once.
 */
export async function loadConcernIn(
  db: Db,
  actor: Actor,
  reach: readonly string[],
  id: number,
  opts: { justActed?: boolean } = {},
): Promise<ConcernRow> {
  const [row] = await selectConcerns(db).where(eq(concerns.id, id));
  if (!row) throw notFound();
  if (!opts.justActed && !mayRead(actor, reach, placeOf(row))) throw outOfScope('concern', id);
  return row;
}

/** A concern named in a body field: out of reach or missing, the field is refused (400), not the request (404). */
export async function concernForField(
  db: Db,
  actor: Actor,
  reach: readonly string[],
  id: number,
  lang: Lang,
  field: string,
): Promise<ConcernRow> {
  try {
    return await loadConcernIn(db, actor, reach, id);
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') throw outOfReachField(lang, field);
    throw e;
  }
}

export function placeOf(row: ConcernRow) {
  return { outletPath: row.outletPath, departmentPath: row.departmentPath, raisedByAccountId: row.c.raisedByAccountId };
}

const eventDepartment = alias(units, 'event_department');
const eventHandler = alias(accounts, 'event_handler');
const owner = alias(units, 'owner');

/** Everything the detail page shows, with the actions open to the caller. */
export async function concernDetail(
  db: Db,
  actor: Actor,
  reach: readonly string[],
  row: ConcernRow,
  lang: Lang,
  today: string,
): Promise<ConcernDetail> {
  const c = row.c;
  const [events, files, decisions, record, trails] = await Promise.all([
    db
      .select({ e: concernEvents, departmentName: eventDepartment.name, handlerName: eventHandler.displayName })
      .from(concernEvents)
      .leftJoin(eventDepartment, eq(eventDepartment.id, concernEvents.departmentUnitId))
      .leftJoin(eventHandler, eq(eventHandler.id, concernEvents.handlerAccountId))
      .where(eq(concernEvents.concernId, c.id))
      .orderBy(asc(concernEvents.at), asc(concernEvents.id)),
    db
      .select()
      .from(concernAttachments)
      .where(eq(concernAttachments.concernId, c.id))
      .orderBy(asc(concernAttachments.id)),
    db
      .select({ i: committeeMeetingItems, m: committeeMeetings, ownerName: owner.name })
      .from(committeeMeetingItems)
      .innerJoin(committeeMeetings, eq(committeeMeetings.id, committeeMeetingItems.meetingId))
      .innerJoin(owner, eq(owner.id, committeeMeetingItems.ownerDepartmentId))
      .where(eq(committeeMeetingItems.concernId, c.id))
      .orderBy(asc(committeeMeetings.heldOn)),
    c.recordId === null
      ? Promise.resolve([])
      : db
          .select({ id: records.id, title: records.title, occurredAt: records.occurredAt })
          .from(records)
          .where(eq(records.id, c.recordId)),
    trailsOf(db, [{ id: c.unitId, path: row.outletPath }]),
  ]);
  // An anonymous raiser stays anonymous in the timeline too (their raise, confirm or reopen).
  const hidden = c.anonymous && c.raisedByAccountId !== actor.accountId ? c.raisedByAccountId : null;
  const linked = record[0];
  return {
    ...toConcern(row, actor, trails, lang, today),
    description: c.description,
    record: linked ? { id: linked.id, title: linked.title, occurredAt: linked.occurredAt.toISOString() } : null,
    routeOverrideReason: c.routeOverrideReason,
    resolution: c.resolution,
    satisfaction: c.satisfaction,
    satisfactionComment: c.satisfactionComment,
    decisions: decisions.map((d) => ({
      meetingId: d.m.id,
      heldOn: d.m.heldOn,
      meetingTitle: d.m.title,
      decision: d.i.decision,
      owner: { id: d.i.ownerDepartmentId, name: d.ownerName },
      ownerNote: d.i.ownerNote,
    })),
    events: events.map(({ e, departmentName, handlerName }) => ({
      id: e.id,
      kind: e.kind as ConcernEventKind,
      fromState: (e.fromState as ConcernState | null) ?? null,
      toState: e.toState as ConcernState,
      fromTier: e.fromTier,
      toTier: e.toTier,
      actorName: e.actorAccountId === hidden ? null : e.actorName,
      reason: e.reason,
      note: e.note,
      department: e.departmentUnitId === null ? null : { id: e.departmentUnitId, name: departmentName ?? '' },
      handler: e.handlerAccountId === null ? null : { id: e.handlerAccountId, name: handlerName ?? '' },
      satisfaction: e.satisfaction,
      at: e.at.toISOString(),
    })),
    attachments: files.map((f) => ({
      id: f.id,
      fileName: f.fileName,
      mimeType: f.mimeType,
      sizeBytes: f.sizeBytes,
      createdAt: f.createdAt.toISOString(),
    })),
    allowedActions: allowedActions(
      { state: c.state as ConcernState, tier: c.tier },
      standingOf(actor, reach, placeOf(row)),
    ),
    mine: c.raisedByAccountId === actor.accountId,
  };
}
