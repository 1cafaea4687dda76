import { and, count, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ActionKind, RecordMode } from '../../../contracts/actions.ts';
import type { RecordDetail, RecordItem, RecordListQuery, StandardItems } from '../../../contracts/records.ts';
import type { Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import { pairings, schemes } from '../../db/schema/pairings.ts';
import { partyOrgs } from '../../db/schema/party-orgs.ts';
import { people } from '../../db/schema/people.ts';
import { recordAttachments, recordAttendees, records } from '../../db/schema/records.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { notFound, outOfScope } from '../../platform/errors.ts';
import type { Page } from '../../platform/paging.ts';
import { pathInScope, underPaths } from '../../platform/scope.ts';

const holder = alias(people, 'holder');
const presenter = alias(people, 'presenter');
const target = alias(units, 'target');
const targetOrg = alias(partyOrgs, 'target_org');

export function selectRecords(db: Db) {
  return db
    .select({
      record: records,
      unitName: units.name,
      unitPath: units.path,
      orgName: partyOrgs.name,
      schemeName: schemes.name,
      holderName: holder.name,
      targetName: sql<string | null>`coalesce(${target.name}, ${targetOrg.name})`,
      presenterName: presenter.name,
      authorName: accounts.displayName,
    })
    .from(records)
    .innerJoin(units, eq(units.id, records.unitId))
    .leftJoin(partyOrgs, eq(partyOrgs.id, records.partyOrgId))
    .leftJoin(pairings, eq(pairings.id, records.pairingId))
    .leftJoin(schemes, eq(schemes.id, pairings.schemeId))
    .leftJoin(holder, eq(holder.id, pairings.personId))
    .leftJoin(target, eq(target.id, pairings.targetUnitId))
    .leftJoin(targetOrg, eq(targetOrg.id, pairings.targetPartyOrgId))
    .leftJoin(presenter, eq(presenter.id, records.presenterId))
    .innerJoin(accounts, eq(accounts.id, records.authorAccountId));
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectRecords>['execute']>>[number];

/** When the author's edit window closes. */
export function editableUntil(createdAt: Date, windowDays: number): Date {
  return new Date(createdAt.getTime() + windowDays * 86_400_000);
}

export function toRecord(r: Selected, actor: Actor, windowDays: number, now = new Date()): RecordItem {
  const x = r.record;
  const until = editableUntil(x.createdAt, windowDays);
  return {
    id: x.id,
    kind: x.kind as ActionKind,
    occurredAt: x.occurredAt.toISOString(),
    unit: { id: x.unitId, name: r.unitName },
    partyOrg: x.partyOrgId === null ? null : { id: x.partyOrgId, name: r.orgName ?? '' },
    pairing:
      x.pairingId === null
        ? null
        : {
            id: x.pairingId,
            schemeName: r.schemeName ?? '',
            holderName: r.holderName ?? '',
            targetName: r.targetName ?? '',
          },
    mode: x.mode as RecordMode,
    presenter: x.presenterId === null ? null : { id: x.presenterId, name: r.presenterName ?? '' },
    title: x.title,
    content: x.content,
    outcomes: x.outcomes,
    standardItems: (x.standardItems as StandardItems | null) ?? null,
    personTimes: x.presentCount,
    author: { accountId: x.authorAccountId, name: r.authorName },
    createdAt: x.createdAt.toISOString(),
    editableUntil: until.toISOString(),
    editable: x.authorAccountId === actor.accountId && now < until,
    version: x.version,
  };
}

export interface RecordWindow {
  /** Instants bounding the local-date filter. */
  from?: Date;
  to?: Date;
}

function listWhere(paths: string[], q: RecordListQuery, actor: Actor, w: RecordWindow): SQL | undefined {
  return and(
    underPaths(units.path, paths),
    q.kind ? eq(records.kind, q.kind) : undefined,
    q.pairingId ? eq(records.pairingId, q.pairingId) : undefined,
    q.partyOrgId ? eq(records.partyOrgId, q.partyOrgId) : undefined,
    w.from ? gte(records.occurredAt, w.from) : undefined,
    w.to ? lt(records.occurredAt, w.to) : undefined,
    q.mine === 'true' ? eq(records.authorAccountId, actor.accountId) : undefined,
  );
}

/** Records in the given subtrees, newest first. */
export async function listRecords(
  db: Db,
  actor: Actor,
  paths: string[],
  q: RecordListQuery,
  w: RecordWindow,
  windowDays: number,
): Promise<Page<RecordItem>> {
  const where = listWhere(paths, q, actor, w);
  const [rows, [total]] = await Promise.all([
    selectRecords(db)
      .where(where)
      .orderBy(desc(records.occurredAt), desc(records.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(records).innerJoin(units, eq(units.id, records.unitId)).where(where),
  ]);
  return {
    items: rows.map((r) => toRecord(r, actor, windowDays)),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** A record whose unit lies in the given subtrees, or 404 (the denial audited). */
export async function loadRecordIn(db: Db, paths: string[], id: number): Promise<Selected> {
  const [row] = await selectRecords(db).where(eq(records.id, id));
  if (row && pathInScope(row.unitPath, paths)) return row;
  throw row ? outOfScope('record', id) : notFound();
}

export async function recordDetail(db: Db, actor: Actor, row: Selected, windowDays: number): Promise<RecordDetail> {
  const [attendees, attachments] = await Promise.all([
    db
      .select({
        personId: recordAttendees.personId,
        name: people.name,
        present: recordAttendees.present,
        absenceReason: recordAttendees.absenceReason,
      })
      .from(recordAttendees)
      .innerJoin(people, eq(people.id, recordAttendees.personId))
      .where(eq(recordAttendees.recordId, row.record.id))
      .orderBy(desc(recordAttendees.present), people.name),
    db
      .select()
      .from(recordAttachments)
      .where(eq(recordAttachments.recordId, row.record.id))
      .orderBy(recordAttachments.id),
  ]);
  return {
    ...toRecord(row, actor, windowDays),
    attendees,
    attachments: attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      mimeType: a.mimeType,
      sizeBytes: a.sizeBytes,
      createdAt: a.createdAt.toISOString(),
    })),
  };
}
