import { eq, type SQL, sql } from 'drizzle-orm';
import type { DueReason, DueState, DueTalk } from '../../../contracts/talks.ts';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import { dueTalks } from '../../db/schema/talks.ts';
import { rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import { escapeLike } from '../../platform/scope.ts';
import { addDays, daysBetween } from '../training/dates.ts';
import { responsibleFor } from './responsible.ts';
import { readTalkSettings } from './settings.ts';
import { dueMine, dueVisible, isConfidentialReader } from './visibility.ts';

export type DueSource = 'person_transfer' | 'person_update' | 'person_flag';

/**
 * Raises the talk a registry change or a flag calls for, in the caller's
 * transaction (so it commits with its cause): due `dueDays[reason]` days after
 * the cause date, for the responsible org's current secretary, placed at the
 * person's (current) unit. Only active employees get one. Returns its id, or null.
 */
export async function raiseDueTalk(
  tx: Db,
  input: { personId: number; reason: DueReason; sourceType: DueSource; sourceId: number; causeDate: string },
): Promise<number | null> {
  const [person] = await tx
    .select({
      unitId: people.unitId,
      unitPath: people.unitPath,
      partyOrgId: people.partyOrgId,
      employmentStatus: people.employmentStatus,
    })
    .from(people)
    .where(eq(people.id, input.personId));
  if (person?.employmentStatus !== 'active') return null;
  const responsible = await responsibleFor(tx, person);
  const { value } = await readTalkSettings(tx);
  const [row] = await tx
    .insert(dueTalks)
    .values({
      personId: input.personId,
      unitId: person.unitId,
      reason: input.reason,
      sourceType: input.sourceType,
      sourceId: input.sourceId,
      partyOrgId: responsible.partyOrgId,
      responsiblePersonId: responsible.personId,
      raisedOn: input.causeDate,
      dueOn: addDays(input.causeDate, value.dueDays[input.reason]),
    })
    .returning({ id: dueTalks.id });
  return Number(row!.id);
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
  if (q.unitId !== undefined) {
    const [u] = rowsOf<{ path: string }>(await db.execute(sql`select path from units where id = ${q.unitId}`));
    conds.push(u ? sql`u.path like ${`${escapeLike(u.path)}%`}` : sql`false`);
  }
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
