import { type SQL, sql } from 'drizzle-orm';
import type { TalkDetail, TalkKind, TalkListItem } from '../../../contracts/talks.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { notFound, outOfScope } from '../../platform/errors.ts';
import { underPaths } from '../../platform/scope.ts';
import { yearEnd, yearStart } from '../training/dates.ts';
import { subtreePaths } from '../units/queries.ts';
import { readsConfidentiallyAt, talkVisible } from './visibility.ts';

/** Reading talks: lists carry no content; the detail decrypts it and is audited ('talk.view'). */

const TALK_LIST_LIMIT = 500;

interface TalkRow {
  id: number | string;
  occurred_on: string;
  kind: TalkKind;
  ini_id: number;
  ini_name: string;
  cp_id: number;
  cp_name: string;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  org_id: number | null;
  org_name: string | null;
  due_talk_id: number | string | null;
}

const select = (extra: SQL = sql``) => sql`select t.id, t.occurred_on::text as occurred_on, t.kind,
    t.initiator_person_id as ini_id, ip.name as ini_name, t.counterpart_person_id as cp_id, cp.name as cp_name,
    t.unit_id, u.name as unit_name, u.path as unit_path, t.party_org_id as org_id, o.name as org_name, t.due_talk_id ${extra}
  from talks t
  join units u on u.id = t.unit_id
  join people ip on ip.id = t.initiator_person_id
  join people cp on cp.id = t.counterpart_person_id
  left join party_orgs o on o.id = t.party_org_id`;

function itemOf(r: TalkRow): TalkListItem {
  return {
    id: Number(r.id),
    occurredOn: r.occurred_on,
    kind: r.kind,
    initiator: { id: r.ini_id, name: r.ini_name },
    counterpart: { id: r.cp_id, name: r.cp_name },
    unit: { id: r.unit_id, name: r.unit_name },
    partyOrg: r.org_id === null ? null : { id: r.org_id, name: r.org_name ?? '' },
    dueTalkId: r.due_talk_id === null ? null : Number(r.due_talk_id),
  };
}

export async function listTalks(
  db: Db,
  actor: Actor,
  q: {
    year?: number | undefined;
    unitId?: number | undefined;
    personId?: number | undefined;
    kind?: TalkKind | undefined;
  },
): Promise<TalkListItem[]> {
  const conds: SQL[] = [talkVisible(actor)];
  if (q.year !== undefined) {
    conds.push(sql`t.occurred_on between ${yearStart(q.year)}::date and ${yearEnd(q.year)}::date`);
  }
  // A unit filter narrows what the caller sees anyway; a unit outside the scope answers 404 as everywhere.
  if (q.unitId !== undefined) conds.push(underPaths(sql`u.path`, await subtreePaths(db, actor, q.unitId)));
  if (q.personId !== undefined) {
    conds.push(sql`(t.initiator_person_id = ${q.personId} or t.counterpart_person_id = ${q.personId})`);
  }
  if (q.kind !== undefined) conds.push(sql`t.kind = ${q.kind}`);
  const rows = rowsOf<TalkRow>(
    await db.execute(sql`${select()} where ${sql.join(conds, sql` and `)}
      order by t.occurred_on desc, t.id desc limit ${TALK_LIST_LIMIT}`),
  );
  return rows.map(itemOf);
}

/** A talk the caller may see (locked when asked), else 404 — an existing one out of reach is an audited denial. */
export async function visibleTalk(db: Db, actor: Actor, id: number, lock = false) {
  const [row] = rowsOf<
    TalkRow & {
      place: string | null;
      summary_enc: string;
      follow_up_enc: string | null;
      recorded_by: number;
      recorder_name: string;
      created_at: string | Date;
      version: number;
    }
  >(
    await db.execute(sql`${select(sql`, t.place, t.summary_enc, t.follow_up_enc, t.recorded_by, a.display_name as recorder_name,
        t.created_at, t.version`)}
      join accounts a on a.id = t.recorded_by
      where t.id = ${id} and ${talkVisible(actor)}
      ${lock ? sql`for update of t` : sql``}`),
  );
  if (row) return row;
  const [exists] = rowsOf<{ id: number }>(await db.execute(sql`select id from talks where id = ${id}`));
  throw exists ? outOfScope('talk', id) : notFound();
}

/** The detail with the content decrypted; every reading writes a 'talk.view' audit row. */
export async function readTalk(tx: Db, ctx: ServiceContext, id: number, audit = true): Promise<TalkDetail> {
  const r = await visibleTalk(tx, ctx.actor, id);
  if (audit) await writeAudit(tx, ctx.audit, { action: 'talk.view', targetType: 'talk', targetId: id });
  const createdAt = r.created_at instanceof Date ? r.created_at : new Date(r.created_at);
  return {
    ...itemOf(r),
    place: r.place,
    summary: ctx.cipher.decrypt(r.summary_enc),
    followUp: r.follow_up_enc === null ? null : ctx.cipher.decrypt(r.follow_up_enc),
    recordedBy: { id: r.recorded_by, name: r.recorder_name },
    createdAt: createdAt.toISOString(),
    version: r.version,
    can: { edit: canEditTalk(ctx.actor, r) },
  };
}

/** The recorder edits; so does a confidential reader whose scope covers the talk. */
export const canEditTalk = (actor: Actor, r: { recorded_by: number; unit_path: string }): boolean =>
  r.recorded_by === actor.accountId || readsConfidentiallyAt(actor, r.unit_path);
