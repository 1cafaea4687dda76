import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/server/db/sql.ts';
import { insertUnits } from '../../src/server/features/units/insert.ts';
import type { TestEnv } from './app.ts';

/**
 * Training set-up written straight into the tables, for the tests of requirements,
 * records and gaps (they are not about creating sessions or taking attendance):
 * a fresh outlet with its own branch so that a subtree's figures are exactly what
 * the test wrote, people, committee seats, sessions, enrolments and online hours.
 */

let serial = 0;
const next = () => `${Date.now().toString(36)}${(serial++).toString(36)}`.toUpperCase();

async function one<T>(env: TestEnv, query: ReturnType<typeof sql>): Promise<T> {
  return rowsOf<T>(await env.database.db.execute(query))[0]!;
}

/** A new outlet under `parentCode` (default JN0101, in the counselor's and supervisor's scope) with a branch. */
export async function freshBranch(
  env: TestEnv,
  parentCode = 'JN0101',
): Promise<{ unitId: number; orgId: number; code: string }> {
  const code = `TR${next()}`;
  const ids = await insertUnits(env.database.db, [{ code, name: `培训测试网点${code}`, kind: 'outlet', parentCode }]);
  const unitId = ids.get(code)!;
  const orgId = await addOrg(env, unitId);
  return { unitId, orgId, code };
}

/** Another branch on a unit. */
export async function addOrg(env: TestEnv, unitId: number): Promise<number> {
  const code = `DZB-TR${next()}`;
  const row = await one<{ id: number }>(
    env,
    sql`insert into party_orgs (code, name, kind, unit_id) values (${code}, ${`${code}支部`}, 'branch', ${unitId}) returning id`,
  );
  return Number(row.id);
}

/** A person on a unit; by default an active full member of `orgId`. */
export async function addPerson(
  env: TestEnv,
  v: { unitId: number; orgId?: number | null; partyStatus?: 'full' | 'probationary' | 'none'; employment?: string },
): Promise<{ id: number; employeeNo: string; name: string }> {
  const no = `T${next()}`;
  const name = `学员${no.slice(-5)}`;
  const partyStatus = v.partyStatus ?? 'full';
  const row = await one<{ id: number }>(
    env,
    sql`insert into people (employee_no, name, gender, unit_id, unit_path, party_status, party_relation, party_org_id,
        employment_status)
      select ${no}, ${name}, 'female', u.id, u.path, ${partyStatus}, ${partyStatus === 'none' ? null : 'inside'},
        ${partyStatus === 'none' ? null : (v.orgId ?? null)}, ${v.employment ?? 'active'}
      from units u where u.id = ${v.unitId} returning id`,
  );
  return { id: Number(row.id), employeeNo: no, name };
}

/** A committee seat. */
export async function addSeat(
  env: TestEnv,
  v: {
    orgId: number;
    personId: number;
    role?: 'secretary' | 'deputy_secretary' | 'member';
    startedOn: string;
    endedOn?: string | null;
  },
): Promise<void> {
  await env.database.db.execute(
    sql`insert into party_org_committee (party_org_id, person_id, role, started_on, ended_on)
      values (${v.orgId}, ${v.personId}, ${v.role ?? 'member'}, ${v.startedOn}, ${v.endedOn ?? null})`,
  );
}

/** A session (organized by `unitId`, the audience 'custom'), by the admin account. */
export async function addSession(
  env: TestEnv,
  v: { unitId: number; startsOn: string; creditHours: number; centralized?: boolean; title?: string },
): Promise<number> {
  const row = await one<{ id: number }>(
    env,
    sql`insert into training_sessions (unit_id, title, method, place_kind, starts_on, ends_on, credit_hours, centralized,
        audience, audience_unit_id, created_by)
      values (${v.unitId}, ${v.title ?? `培训班${next()}`}, 'lecture', 'party_school', ${v.startsOn}, ${v.startsOn},
        ${v.creditHours}, ${v.centralized ?? false}, 'custom', ${v.unitId}, ${env.fixture.account('admin')})
      returning id`,
  );
  return Number(row.id);
}

/** An enrolment: attended (with hours, default none given → the caller passes them), absent or invited. */
export async function enrol(
  env: TestEnv,
  v: { sessionId: number; personId: number; status: 'attended' | 'absent' | 'invited'; hours?: number | null },
): Promise<void> {
  await env.database.db.execute(
    sql`insert into training_enrolments (session_id, person_id, status, absence_reason, hours, source, updated_by)
      values (${v.sessionId}, ${v.personId}, ${v.status}, ${v.status === 'absent' ? '请假' : null},
        ${v.status === 'attended' ? (v.hours ?? null) : null}, 'manual', ${env.fixture.account('admin')})`,
  );
}

/** A session attended by the person with all its hours (the common case). */
export async function attended(
  env: TestEnv,
  v: { unitId: number; personId: number; startsOn: string; hours: number; centralized?: boolean },
): Promise<number> {
  const sessionId = await addSession(env, {
    unitId: v.unitId,
    startsOn: v.startsOn,
    creditHours: v.hours,
    centralized: v.centralized ?? false,
  });
  await enrol(env, { sessionId, personId: v.personId, status: 'attended', hours: v.hours });
  return sessionId;
}

/** Online-course hours. */
export async function addOnline(
  env: TestEnv,
  v: { personId: number; completedOn: string; hours: number; course?: string },
): Promise<void> {
  await env.database.db.execute(
    sql`insert into online_course_hours (person_id, platform, course, completed_on, hours, imported_by)
      values (${v.personId}, '网络学院', ${v.course ?? `课程${next()}`}, ${v.completedOn}, ${v.hours},
        ${env.fixture.account('admin')})`,
  );
}
