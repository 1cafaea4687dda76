import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { personTransfers } from '../../db/schema/people.ts';
import { dueTalks, personFlags, talks } from '../../db/schema/talks.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { Rng } from '../prng.ts';
import { type Actor, type PlannedTalk, planTalks, type TalkOrg } from './plan.ts';

/**
 * The demo's talks (plan.ts) for Qingzhou's branches, written in a few
 * multi-row statements. The transfers move the people for real (unit, unit
 * path, party org, and the person_transfers rows the due talks point to);
 * summaries and follow-ups are sealed with the server's cipher.
 */
export interface TalkSeedInput {
  accountIds: ReadonlyMap<string, number>;
  cipher: FieldCipher;
  rng: Rng;
  /** Today, YYYY-MM-DD. */
  today: string;
}

export interface TalkSeedSummary {
  talks: number;
  flags: number;
  transfers: number;
  dueTalks: number;
  dueDone: number;
}

const CITY = 'JN01';
const SECRETARY_BRANCH = 'DZB-JN010101';

export async function seedTalks(db: Db, input: TalkSeedInput): Promise<TalkSeedSummary> {
  const account = (a: Actor) => {
    const id = input.accountIds.get(a);
    if (id === undefined) throw new Error(`demo account ${a} missing`);
    return id;
  };
  const orgRows = rowsOf<{ id: number; code: string; unit_id: number; outlet: boolean }>(
    await db.execute(sql`
      select o.id, o.code, o.unit_id, (u.kind = 'outlet') as outlet
      from party_orgs o join units u on u.id = o.unit_id
      where o.kind in ('branch', 'general_branch') and o.dissolved_on is null
        and u.path like (select path from units where code = ${CITY}) || '%'
      order by u.path, o.code`),
  );
  const orgIds = orgRows.map((r) => Number(r.id));
  const seats = rowsOf<{ party_org_id: number; person_id: number; role: string; unit_id: number; org: number | null }>(
    await db.execute(sql`
      select distinct on (c.party_org_id, c.person_id) c.party_org_id, c.person_id, c.role, p.unit_id, p.party_org_id as org
      from party_org_committee c join people p on p.id = c.person_id
      where c.ended_on is null and c.party_org_id = any(${arrayParam(orgIds)})
      order by c.party_org_id, c.person_id,
        case c.role when 'secretary' then 0 when 'deputy_secretary' then 1 else 2 end`),
  );
  const members = rowsOf<{ id: number; unit_id: number; party_org_id: number }>(
    await db.execute(sql`
      select p.id, p.unit_id, p.party_org_id from people p
      where p.party_org_id = any(${arrayParam(orgIds)}) and p.employment_status = 'active'
        and p.party_status in ('full', 'probationary')
      order by p.employee_no`),
  );
  const orgs: TalkOrg[] = orgRows.map((o) => {
    const id = Number(o.id);
    const committee = seats
      .filter((s) => Number(s.party_org_id) === id)
      .map((s) => ({
        personId: Number(s.person_id),
        unitId: Number(s.unit_id),
        partyOrgId: s.org === null ? null : Number(s.org),
        role: s.role as 'secretary' | 'deputy_secretary' | 'member',
      }));
    const inCommittee = new Set(committee.map((c) => c.personId));
    return {
      orgId: id,
      code: o.code,
      unitId: Number(o.unit_id),
      outlet: o.outlet === true || String(o.outlet) === 'true',
      committee,
      members: members
        .filter((m) => Number(m.party_org_id) === id && !inCommittee.has(Number(m.id)))
        .map((m) => ({ personId: Number(m.id), unitId: Number(m.unit_id), partyOrgId: id })),
    };
  });
  const accountOf = new Map(
    rowsOf<{ username: string; person_id: number }>(
      await db.execute(sql`select username, person_id from accounts where person_id is not null`),
    ).map((r) => [Number(r.person_id), r.username as Actor]),
  );
  const plan = planTalks({ rng: input.rng, today: input.today, orgs, secretaryOrg: SECRETARY_BRANCH, accountOf });
  const at = (day: string, time = '16:00:00') => new Date(`${day}T${time}+08:00`);

  // Transfers: move the person (unit, path, party org), then record the unit and the party-org move.
  const transferIds = new Map<string, number>();
  for (const t of plan.transfers) {
    await db.execute(sql`
      update people set unit_id = ${t.toUnitId}, unit_path = (select path from units where id = ${t.toUnitId}),
        party_org_id = ${t.toOrgId}, updated_at = ${at(t.effectiveOn, '10:00:00')}, version = version + 2
      where id = ${t.personId}`);
    const [unitMove] = await db
      .insert(personTransfers)
      .values([
        {
          personId: t.personId,
          kind: 'unit',
          fromId: t.fromUnitId,
          toId: t.toUnitId,
          effectiveOn: t.effectiveOn,
          note: t.note,
          recordedAt: at(t.effectiveOn, '10:00:00'),
          recordedBy: account('admin'),
        },
        {
          personId: t.personId,
          kind: 'party_org',
          fromId: t.fromOrgId,
          toId: t.toOrgId,
          effectiveOn: t.effectiveOn,
          note: t.note,
          recordedAt: at(t.effectiveOn, '10:05:00'),
          recordedBy: account('admin'),
        },
      ])
      .returning({ id: personTransfers.id });
    transferIds.set(t.key, unitMove!.id);
  }
  const flagIds = new Map<string, number>();
  if (plan.flags.length) {
    const rows = await db
      .insert(personFlags)
      .values(
        plan.flags.map((f) => ({
          personId: f.personId,
          kind: f.kind,
          note: f.note,
          raisedOn: f.raisedOn,
          raisedBy: account(f.by),
          createdAt: at(f.raisedOn, '11:00:00'),
        })),
      )
      .returning({ id: personFlags.id });
    for (const [i, f] of plan.flags.entries()) flagIds.set(f.key, rows[i]!.id);
  }
  const sourceId = (s: { type: string; key: string }) => {
    const id = (s.type === 'person_transfer' ? transferIds : flagIds).get(s.key);
    if (id === undefined) throw new Error(`demo talks: no source ${s.key}`);
    return id;
  };
  const dueIds = plan.due.length
    ? await db
        .insert(dueTalks)
        .values(
          plan.due.map((d) => ({
            personId: d.personId,
            unitId: d.unitId,
            reason: d.reason,
            sourceType: d.source.type,
            sourceId: sourceId(d.source),
            partyOrgId: d.partyOrgId,
            responsiblePersonId: d.responsiblePersonId,
            raisedOn: d.raisedOn,
            dueOn: d.dueOn,
            createdAt: at(d.raisedOn, '11:00:00'),
          })),
        )
        .returning({ id: dueTalks.id })
    : [];

  const row = (t: PlannedTalk, dueTalkId: number | null) => ({
    unitId: t.unitId,
    partyOrgId: t.partyOrgId,
    initiatorPersonId: t.initiatorPersonId,
    counterpartPersonId: t.counterpartPersonId,
    occurredOn: t.occurredOn,
    kind: t.kind,
    place: t.place,
    summaryEnc: input.cipher.encrypt(t.summary),
    followUpEnc: t.followUp === null ? null : input.cipher.encrypt(t.followUp),
    dueTalkId,
    recordedBy: account(t.by),
    createdAt: at(t.occurredOn, '17:30:00'),
    updatedAt: at(t.occurredOn, '17:30:00'),
  });
  const done = plan.due.flatMap((d, i) => (d.talk ? [{ talk: d.talk, dueId: dueIds[i]!.id }] : []));
  if (done.length) {
    const ids = await db
      .insert(talks)
      .values(done.map((d) => row(d.talk, d.dueId)))
      .returning({ id: talks.id });
    for (const [i, d] of done.entries()) {
      await db.execute(sql`update due_talks set talk_id = ${ids[i]!.id} where id = ${d.dueId}`);
    }
  }
  if (plan.talks.length) await db.insert(talks).values(plan.talks.map((t) => row(t, null)));

  return {
    talks: plan.talks.length + done.length,
    flags: plan.flags.length,
    transfers: plan.transfers.length,
    dueTalks: plan.due.length,
    dueDone: done.length,
  };
}
