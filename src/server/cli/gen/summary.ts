import { sql } from 'drizzle-orm';
import { todayInChina } from '../../../contracts/person-rules.ts';
import { TERM_WARNING_DAYS } from '../../../contracts/registry-enums.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';

/**
 * What a generated (or demo) registry holds, counted from the stored rows: the
 * figures the generators report and the brief's targets are checked against.
 */
export interface RegistrySummary {
  units: number;
  outlets: number;
  blankOutlets: number;
  staff: number;
  former: number;
  midOrAbove: number;
  membersFull: number;
  membersProbationary: number;
  membersExternal: number;
  partyOrgs: Record<string, number>;
  seats: number;
  seatsEnded: number;
  termsExpiring: number;
  termsOverdue: number;
  transfers: number;
}

export async function registrySummary(db: Db, today = todayInChina()): Promise<RegistrySummary> {
  const one = async <T>(q: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(q))[0]!;
  const u = await one<{ units: number; outlets: number; blank: number }>(sql`
    select count(*)::int as units, count(*) filter (where u.kind = 'outlet')::int as outlets,
      count(*) filter (where u.kind = 'outlet'
        and coalesce(s.members_full, 0) + coalesce(s.members_probationary, 0) = 0)::int as blank
    from units u left join unit_people_stats s on s.unit_id = u.id where u.active`);
  const p = await one<Record<string, number>>(sql`
    select count(*) filter (where employment_status = 'active')::int as staff,
      count(*) filter (where employment_status <> 'active')::int as former,
      count(*) filter (where employment_status = 'active' and cadre_grade in ('senior', 'mid'))::int as mid,
      count(*) filter (where employment_status = 'active' and party_status = 'full')::int as full,
      count(*) filter (where employment_status = 'active' and party_status = 'probationary')::int as prob,
      count(*) filter (where employment_status = 'active' and party_status <> 'none'
        and party_relation = 'outside')::int as ext
    from people`);
  const kinds = rowsOf<{ kind: string; n: number }>(
    await db.execute(sql`select kind, count(*)::int as n from party_orgs group by kind order by kind`),
  );
  const t = await one<{ expiring: number; overdue: number }>(sql`
    select count(*) filter (where term_end < ${today}::date)::int as overdue,
      count(*) filter (where term_end >= ${today}::date
        and term_end - ${TERM_WARNING_DAYS}::int <= ${today}::date)::int as expiring
    from party_orgs`);
  const c = await one<{ seats: number; ended: number; transfers: number }>(sql`
    select count(*)::int as seats, count(ended_on)::int as ended,
      (select count(*)::int from person_transfers) as transfers
    from party_org_committee`);
  return {
    units: u.units,
    outlets: u.outlets,
    blankOutlets: u.blank,
    staff: p.staff!,
    former: p.former!,
    midOrAbove: p.mid!,
    membersFull: p.full!,
    membersProbationary: p.prob!,
    membersExternal: p.ext!,
    partyOrgs: Object.fromEntries(kinds.map((k) => [k.kind, k.n])),
    seats: c.seats,
    seatsEnded: c.ended,
    termsExpiring: t.expiring,
    termsOverdue: t.overdue,
    transfers: c.transfers,
  };
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

export function formatSummary(s: RegistrySummary): string {
  const members = s.membersFull + s.membersProbationary;
  const orgs = Object.values(s.partyOrgs).reduce((a, b) => a + b, 0);
  return [
    `units ${s.units} (outlets ${s.outlets}; blank outlets ${s.blankOutlets} = ${pct(s.blankOutlets, s.outlets)})`,
    `active staff ${s.staff} (+${s.former} left or retired); mid-level or above ${s.midOrAbove} = ${pct(s.midOrAbove, s.staff)}`,
    `members ${members} = ${pct(members, s.staff)} of staff: full ${s.membersFull}, probationary ${s.membersProbationary} = ${pct(s.membersProbationary, members)}; relation outside ${s.membersExternal} = ${pct(s.membersExternal, members)}`,
    `party orgs ${orgs} (${Object.entries(s.partyOrgs)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}); terms expiring ${s.termsExpiring}, overdue ${s.termsOverdue}`,
    `committee seats ${s.seats} (${s.seatsEnded} ended); transfers ${s.transfers}`,
  ].join('\n');
}
