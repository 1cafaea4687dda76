import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { partyOrgCommittee } from '../../db/schema/party-orgs.ts';
import { trainingPrograms, trainingRequirements, trainingSessions } from '../../db/schema/training.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import { addDays } from '../../features/training/dates.ts';
import type { Rng } from '../prng.ts';
import { type CityInput, type PlannedSession, planTraining, type Replaceable, type SecretarySeat } from './plan.ts';

/**
 * The demo's training (plan.ts), written in a few multi-row statements: the
 * people come from the seeded registry; the three replaced secretaries' seats
 * are ended and their successors' seats added, so each branch keeps one
 * current secretary.
 */
export interface TrainingSeedInput {
  accountIds: ReadonlyMap<string, number>;
  rng: Rng;
  /** Today, YYYY-MM-DD. */
  today: string;
}

export interface TrainingSeedSummary {
  programs: number;
  sessions: number;
  enrolments: number;
  attended: number;
  onlineRows: number;
  newSecretaries: number;
}

const PROVINCE = 'JN';
/** The cities whose committee holds a committee-member tutoring this year. */
const CITIES = ['JN01', 'JN02'];
/** The demo secretary's branch keeps its secretary (赵敏). */
const SECRETARY_BRANCH = 'DZB-JN010101';
const CHUNK = 5000;

export async function seedTraining(db: Db, input: TrainingSeedInput): Promise<TrainingSeedSummary> {
  const admin = input.accountIds.get('admin');
  if (admin === undefined) throw new Error('demo account admin missing');
  const year = Number(input.today.slice(0, 4));
  const [province] = rowsOf<{ id: number; path: string }>(
    await db.execute(sql`select id, path from units where code = ${PROVINCE}`),
  );
  if (!province) throw new Error('demo training: no province unit');
  const like = `${province.path}%`;

  const seats: SecretarySeat[] = rowsOf<{
    id: number;
    party_org_id: number;
    person_id: number;
    started_on: string;
    ended_on: string | null;
  }>(
    await db.execute(sql`
      select c.id, c.party_org_id, c.person_id, c.started_on::text, c.ended_on::text
      from party_org_committee c
      join party_orgs o on o.id = c.party_org_id and o.dissolved_on is null
      join units u on u.id = o.unit_id
      where c.role = 'secretary' and u.path like ${like}
      order by c.id`),
  ).map((r) => ({
    seatId: Number(r.id),
    orgId: Number(r.party_org_id),
    personId: Number(r.person_id),
    startedOn: r.started_on,
    endedOn: r.ended_on,
  }));

  const replaceable = new Map<number, Replaceable>();
  for (const r of rowsOf<{ id: number; party_org_id: number; city: string; successor: number }>(
    await db.execute(sql`
      select c.id, c.party_org_id, left(u.code, 4) as city, p.id as successor
      from party_org_committee c
      join party_orgs o on o.id = c.party_org_id and o.dissolved_on is null and o.kind = 'branch'
      join units u on u.id = o.unit_id and u.kind = 'outlet'
      join people p on p.party_org_id = o.id and p.employment_status = 'active' and p.party_status = 'full'
      where c.role = 'secretary' and c.ended_on is null and u.path like ${like}
        and o.code <> ${SECRETARY_BRANCH}
        and c.started_on < ${addDays(input.today, -365)}::date
        and not exists (select 1 from party_org_committee x where x.person_id = p.id and x.ended_on is null)
        and not exists (select 1 from accounts a where a.person_id in (p.id, c.person_id))
      order by city, o.code, p.employee_no`),
  )) {
    const key = Number(r.id);
    const entry = replaceable.get(key) ?? {
      seatId: key,
      orgId: Number(r.party_org_id),
      cityCode: r.city,
      successors: [],
    };
    replaceable.set(key, { ...entry, successors: [...entry.successors, Number(r.successor)] });
  }

  const cities: CityInput[] = [];
  for (const code of CITIES) {
    const [city] = rowsOf<{ name: string; path: string }>(
      await db.execute(sql`select name, path from units where code = ${code}`),
    );
    if (!city) continue;
    const rows = rowsOf<{ id: number; person_id: number; started_on: string; ended_on: string | null }>(
      await db.execute(sql`
        select c.id, c.person_id, c.started_on::text, c.ended_on::text
        from party_org_committee c
        join party_orgs o on o.id = c.party_org_id and o.dissolved_on is null
        join units u on u.id = o.unit_id
        join people p on p.id = c.person_id and p.employment_status = 'active'
        where u.path like ${`${city.path}%`}
        order by c.id`),
    );
    cities.push({
      code,
      name: city.name,
      seats: rows.map((r) => ({
        seatId: Number(r.id),
        personId: Number(r.person_id),
        startedOn: r.started_on,
        endedOn: r.ended_on,
      })),
    });
  }

  const learners = rowsOf<{ id: number; leader: boolean }>(
    await db.execute(sql`
      with leaders as (
        select distinct c.person_id from party_org_committee c
        join party_orgs o on o.id = c.party_org_id and o.dissolved_on is null
        join units u on u.id = o.unit_id
        where u.path like ${like} and c.started_on <= ${`${year}-12-31`}::date
          and (c.ended_on is null or c.ended_on >= ${`${year}-01-01`}::date))
      select p.id, (l.person_id is not null) as leader from people p
      left join leaders l on l.person_id = p.id
      where p.employment_status = 'active'
        and ((p.unit_path like ${like} and p.party_status in ('full', 'probationary')) or l.person_id is not null)
      order by p.id`),
  ).map((r) => ({ personId: Number(r.id), leader: r.leader === true || String(r.leader) === 'true' }));

  const plan = planTraining({
    rng: input.rng,
    today: input.today,
    seats,
    replaceable: [...replaceable.values()],
    cities,
    learners,
    provinceCode: PROVINCE,
  });

  // The replaced secretaries: the old seat ends the day the new one starts.
  for (const r of plan.replacements) {
    await db.execute(sql`update party_org_committee set ended_on = ${r.startedOn}::date where id = ${r.seatId}`);
  }
  if (plan.replacements.length) {
    await db.insert(partyOrgCommittee).values(
      plan.replacements.map((r) => ({
        partyOrgId: r.orgId,
        personId: r.personId,
        role: 'secretary',
        startedOn: r.startedOn,
      })),
    );
  }
  await db.insert(trainingRequirements).values({ ...plan.requirements, updatedBy: admin });

  const unitCodes = [PROVINCE, ...cities.map((c) => c.code)];
  const unitIds = new Map(
    rowsOf<{ code: string; id: number }>(
      await db.execute(sql`select code, id from units where code = any(${arrayParam(unitCodes)})`),
    ).map((r) => [r.code, Number(r.id)]),
  );
  const unitId = (code: string) => {
    const id = unitIds.get(code);
    if (id === undefined) throw new Error(`demo training: no unit ${code}`);
    return id;
  };
  const at = (day: string, time: string) => new Date(`${day}T${time}+08:00`);

  const programIds = await db
    .insert(trainingPrograms)
    .values(
      plan.programs.map((p) => ({
        unitId: unitId(p.unitCode),
        year: p.year,
        title: p.title,
        organizer: p.organizer,
        kind: p.kind,
        description: p.description,
        createdBy: admin,
        createdAt: at(addDays(p.sessions[0]!.startsOn, -30), '10:00:00'),
        updatedAt: at(addDays(p.sessions[0]!.startsOn, -30), '10:00:00'),
      })),
    )
    .returning({ id: trainingPrograms.id });
  const sessions: { s: PlannedSession; programId: number | null }[] = [
    ...plan.programs.flatMap((p, i) => p.sessions.map((s) => ({ s, programId: programIds[i]!.id }))),
    ...plan.citySessions.map((s) => ({ s, programId: null })),
  ];
  const sessionIds = await db
    .insert(trainingSessions)
    .values(
      sessions.map(({ s, programId }) => ({
        programId,
        unitId: unitId(s.unitCode),
        title: s.title,
        method: s.method,
        placeKind: s.placeKind,
        placeName: s.placeName,
        startsOn: s.startsOn,
        endsOn: s.endsOn,
        creditHours: s.creditHours,
        centralized: s.centralized,
        audience: s.audience,
        audienceUnitId: unitId(s.audienceUnitCode),
        description: s.description,
        createdBy: admin,
        createdAt: at(addDays(s.startsOn, -20), '09:30:00'),
        updatedAt: at(s.endsOn < input.today ? s.endsOn : addDays(s.startsOn, -20), '18:00:00'),
      })),
    )
    .returning({ id: trainingSessions.id });

  const enrolments = sessions.flatMap(({ s }, i) =>
    s.enrolments.map((e) => ({
      ...e,
      sessionId: sessionIds[i]!.id,
      updatedAt: `${s.endsOn < input.today ? s.endsOn : addDays(s.startsOn, -15)}T18:00:00+08:00`,
    })),
  );
  for (let i = 0; i < enrolments.length; i += CHUNK) {
    const rows = enrolments.slice(i, i + CHUNK);
    await db.execute(sql`
      insert into training_enrolments (session_id, person_id, status, absence_reason, hours, source, updated_by, updated_at)
      select e.session_id, e.person_id, e.status, e.absence_reason, e.hours, e.source, ${admin}, e.updated_at
      from unnest(
        ${arrayParam(rows.map((r) => r.sessionId))}::int[],
        ${arrayParam(rows.map((r) => r.personId))}::int[],
        ${arrayParam(rows.map((r) => r.status))}::text[],
        ${arrayParam(rows.map((r) => r.absenceReason))}::text[],
        ${arrayParam(rows.map((r) => r.hours))}::numeric[],
        ${arrayParam(rows.map((r) => r.source))}::text[],
        ${arrayParam(rows.map((r) => r.updatedAt))}::timestamptz[]
      ) as e(session_id, person_id, status, absence_reason, hours, source, updated_at)`);
  }
  for (let i = 0; i < plan.online.length; i += CHUNK) {
    const rows = plan.online.slice(i, i + CHUNK);
    await db.execute(sql`
      insert into online_course_hours (person_id, platform, course, completed_on, hours, imported_by, imported_at)
      select o.person_id, o.platform, o.course, o.completed_on, o.hours, ${admin}, o.completed_on + interval '1 day 9 hours'
      from unnest(
        ${arrayParam(rows.map((r) => r.personId))}::int[],
        ${arrayParam(rows.map((r) => r.platform))}::text[],
        ${arrayParam(rows.map((r) => r.course))}::text[],
        ${arrayParam(rows.map((r) => r.completedOn))}::date[],
        ${arrayParam(rows.map((r) => r.hours))}::numeric[]
      ) as o(person_id, platform, course, completed_on, hours)`);
  }

  return {
    programs: plan.programs.length,
    sessions: sessions.length,
    enrolments: enrolments.length,
    attended: enrolments.filter((e) => e.status === 'attended').length,
    onlineRows: plan.online.length,
    newSecretaries: plan.replacements.length,
  };
}
