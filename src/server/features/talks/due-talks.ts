import { type SQL, sql } from 'drizzle-orm';
import type { DueReason, DueState, DueTalk } from '../../../contracts/talks.ts';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import { underPaths } from '../../platform/scope.ts';
import { daysBetween } from '../training/dates.ts';
import { subtreePaths } from '../units/queries.ts';
import { readTalkSettings } from './settings.ts';
import { dueMine, dueVisible, isConfidentialReader } from './visibility.ts';

export type DueSource = 'person_transfer' | 'person_update' | 'person_flag';

export interface DueCause {
  personId: number;
  reason: DueReason;
  sourceType: DueSource;
  sourceId: number;
  causeDate: string;
}

/**
 * Raises the talks registry changes or flags call for, in the caller's
 * transaction (so they commit with their cause), in one statement however many
 * (a people import may move thousands): each due `dueDays[reason]` days after
 * its cause date, for the responsible org (the person's party org, else the
 * nearest live org of their unit or its ancestors — responsible.ts says the
 * same for one person) and its current secretary, placed at the person's
 * current unit. Only active employees get one. Returns the new ids.
 */
export async function raiseDueTalks(tx: Db, causes: readonly DueCause[]): Promise<number[]> {
  if (causes.length === 0) return [];
  const { value } = await readTalkSettings(tx);
  const rows = rowsOf<{ id: number | string }>(
    await tx.execute(sql`
      insert into due_talks (person_id, unit_id, reason, source_type, source_id, party_org_id,
        responsible_person_id, raised_on, due_on)
      select p.id, p.unit_id, i.reason, i.source_type, i.source_id, r.org_id,
        (select c.person_id from party_org_committee c
          where c.party_org_id = r.org_id and c.role = 'secretary' and c.ended_on is null
          order by c.started_on desc, c.id desc limit 1),
        i.cause, i.cause + i.days
      from unnest(
        ${arrayParam(causes.map((c) => c.personId))}::int[],
        ${arrayParam(causes.map((c) => c.reason))}::text[],
        ${arrayParam(causes.map((c) => c.sourceType))}::text[],
        ${arrayParam(causes.map((c) => c.sourceId))}::int[],
        ${arrayParam(causes.map((c) => c.causeDate))}::date[],
        ${arrayParam(causes.map((c) => value.dueDays[c.reason]))}::int[]
      ) with ordinality as i(person_id, reason, source_type, source_id, cause, days, n)
      join people p on p.id = i.person_id and p.employment_status = 'active'
      cross join lateral (
        select coalesce(p.party_org_id, (
          select o.id from party_orgs o join units u on u.id = o.unit_id
          where o.dissolved_on is null and starts_with(p.unit_path, u.path)
          order by length(u.path) desc, o.id limit 1)) as org_id
      ) r
      order by i.n
      returning id`),
  );
  return rows.map((r) => Number(r.id));
}

/** One cause's due talk (a transfer, a position change, a flag); null when the person is not active. */
export async function raiseDueTalk(tx: Db, cause: DueCause): Promise<number | null> {
  return (await raiseDueTalks(tx, [cause]))[0] ?? null;
}

/** done when a talk fulfils it; overdue when due_on < today; else open. */
export function dueStateOf(
  dueOn: string,
  talkId: number | null,
  today: string,
): { state: DueState; days: number | null } {
  if (talkId !== null) return { state: 'done', days: null };
  if (dueOn < today) return { state: 'overdue', days: daysBetween(dueOn, today) };
  return { state: 'open', days: daysBetween(today, dueOn) };
}

/** The SQL form of the same states (alias d), for filters and counts. */
export const dueStateIs = (state: DueState, today: string): SQL =>
  state === 'done'
    ? sql`d.talk_id is not null`
    : state === 'overdue'
      ? sql`(d.talk_id is null and d.due_on < ${today}::date)`
      : sql`(d.talk_id is null and d.due_on >= ${today}::date)`;

const DUE_LIST_LIMIT = 500;

interface DueRow {
  id: number | string;
  person_id: number;
  person_name: string;
  unit_id: number;
  unit_name: string;
  org_id: number | null;
  org_name: string | null;
  resp_id: number | null;
  resp_name: string | null;
  reason: DueReason;
  raised_on: string;
  due_on: string;
  talk_id: number | string | null;
}

/** The due talks the caller sees: 'mine' (responsible or the org's secretary) or 'all' (confidential readers). */
export async function listDueTalks(
  db: Db,
  actor: Actor,
  q: { view: 'mine' | 'all'; state?: DueState | undefined; unitId?: number | undefined },
  today: string,
): Promise<{ today: string; items: DueTalk[] }> {
  const conds: SQL[] = [q.view === 'all' && isConfidentialReader(actor) ? dueVisible(actor) : dueMine(actor)];
  conds.push(q.state ? dueStateIs(q.state, today) : sql`d.talk_id is null`);
  // A unit filter narrows what the caller sees anyway; a unit outside the scope answers 404 as everywhere.
  if (q.unitId !== undefined) conds.push(underPaths(sql`u.path`, await subtreePaths(db, actor, q.unitId)));
  const rows = rowsOf<DueRow>(
    await db.execute(sql`select d.id, d.person_id, p.name as person_name, d.unit_id, u.name as unit_name,
        d.party_org_id as org_id, o.name as org_name, d.responsible_person_id as resp_id, r.name as resp_name,
        d.reason, d.raised_on::text as raised_on, d.due_on::text as due_on, d.talk_id
      from due_talks d
      join people p on p.id = d.person_id
      join units u on u.id = d.unit_id
      left join party_orgs o on o.id = d.party_org_id
      left join people r on r.id = d.responsible_person_id
      where ${sql.join(conds, sql` and `)}
      order by d.due_on, d.id
      limit ${DUE_LIST_LIMIT}`),
  );
  return {
    today,
    items: rows.map((r) => {
      const talkId = r.talk_id === null ? null : Number(r.talk_id);
      return {
        id: Number(r.id),
        person: { id: r.person_id, name: r.person_name },
        unit: { id: r.unit_id, name: r.unit_name },
        partyOrg: r.org_id === null ? null : { id: r.org_id, name: r.org_name ?? '' },
        responsible: r.resp_id === null ? null : { id: r.resp_id, name: r.resp_name ?? '' },
        reason: r.reason,
        raisedOn: r.raised_on,
        dueOn: r.due_on,
        talkId,
        ...dueStateOf(r.due_on, talkId, today),
      };
    }),
  };
}
