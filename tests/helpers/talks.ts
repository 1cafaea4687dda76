import { type SQL, sql } from 'drizzle-orm';
import { rowsOf } from '../../src/server/db/sql.ts';
import type { TestEnv } from './app.ts';
import { dayFromToday } from './projects.ts';

/** Set-up helpers for the talks tests: raw rows, a fixture account's person, members of a branch. */

export async function rows<T>(env: TestEnv, q: SQL): Promise<T[]> {
  return rowsOf<T>(await env.database.db.execute(q));
}
export async function one<T>(env: TestEnv, q: SQL): Promise<T> {
  const [row] = await rows<T>(env, q);
  if (!row) throw new Error('no row');
  return row;
}

/** The person behind a fixture account (null for technical accounts). */
export async function personOf(env: TestEnv, username: string): Promise<number | null> {
  const r = await one<{ person_id: number | null }>(
    env,
    sql`select person_id from accounts where username = ${username}`,
  );
  return r.person_id;
}

/** Active full/probationary members of an org who hold no current seat on it, by id. */
export async function plainMembersOf(env: TestEnv, orgCode: string): Promise<number[]> {
  const r = await rows<{ id: number }>(
    env,
    sql`select p.id from people p join party_orgs o on o.id = p.party_org_id
      where o.code = ${orgCode} and p.employment_status = 'active' and p.party_status in ('full', 'probationary')
        and not exists (select 1 from party_org_committee c where c.party_org_id = o.id and c.person_id = p.id
          and c.ended_on is null)
      order by p.id`,
  );
  return r.map((x) => x.id);
}

/** A talk written straight into the table (content encrypted with the app's key); the counterpart gives unit and org. */
export async function insertTalk(
  env: TestEnv,
  v: { initiator: number; counterpart: number; occurredOn?: string; summary?: string; recordedBy?: number },
): Promise<number> {
  const r = await one<{ id: number | string }>(
    env,
    sql`insert into talks (unit_id, party_org_id, initiator_person_id, counterpart_person_id, occurred_on, kind,
        summary_enc, recorded_by)
      select p.unit_id, p.party_org_id, ${v.initiator}, p.id, ${v.occurredOn ?? dayFromToday(-1)}, 'routine',
        ${env.app.cipher.encrypt(v.summary ?? '谈话内容')}, ${v.recordedBy ?? env.fixture.account('admin')}
      from people p where p.id = ${v.counterpart} returning id`,
  );
  return Number(r.id);
}

/** A due talk written straight into the table for a person (org and unit from the person). */
export async function insertDueTalk(
  env: TestEnv,
  v: { personId: number; dueOn: string; responsible?: number | null; reason?: string },
): Promise<number> {
  const r = await one<{ id: number | string }>(
    env,
    sql`insert into due_talks (person_id, unit_id, reason, source_type, source_id, party_org_id, responsible_person_id,
        raised_on, due_on)
      select p.id, p.unit_id, ${v.reason ?? 'hardship'}, 'person_flag', 0, p.party_org_id, ${v.responsible ?? null},
        ${v.dueOn}::date - 15, ${v.dueOn}
      from people p where p.id = ${v.personId} returning id`,
  );
  return Number(r.id);
}

/** A person on the out-of-scope unit XB01 (created when missing), with a second one to talk with. */
export async function outsidePeople(env: TestEnv): Promise<[number, number]> {
  const unit = env.fixture.outsideUnitId;
  const existing = await rows<{ id: number }>(
    env,
    sql`select id from people where unit_id = ${unit} order by id limit 2`,
  );
  if (existing.length === 2) return [existing[0]!.id, existing[1]!.id];
  const path = (await one<{ path: string }>(env, sql`select path from units where id = ${unit}`)).path;
  const made: number[] = [];
  for (const n of [1, 2]) {
    const r = await one<{ id: number }>(
      env,
      sql`insert into people (employee_no, name, gender, unit_id, unit_path)
        values (${`XB-T${n}-${Math.random().toString(36).slice(2, 8)}`}, ${`外省人员${n}`}, 'male', ${unit}, ${path})
        returning id`,
    );
    made.push(r.id);
  }
  return [made[0]!, made[1]!];
}
