import { type SQL, sql } from 'drizzle-orm';
import { STANDARD_ITEMS } from '../../../contracts/actions.ts';
import type { Db } from '../../db/client.ts';
import { type Draw, localInstant, monthNo } from './compliance-sql.ts';

/**
 * The national dataset's records, one INSERT … SELECT per family over
 * generate_series, from the temporary tables of compliance-subjects.ts:
 *   outlet monthly meetings (the counselor at one of them a quarter, mostly),
 *   counselor coaching a quarter, field stay / practical deed / organizational life a year,
 *   branch committee, group meetings and theme party days a month, general meeting and
 *   lecture a quarter, organizational life, member appraisal and the secretary's lecture a year.
 * Attendance is kept as present_count only (no attendee rows): compliance reads nothing else.
 */
export interface RecordWindow {
  /** First day of the monthly and quarterly records (a quarter's first day). */
  windowStart: string;
  /** First day of the yearly records (a year's first day). */
  yearlyStart: string;
  /** Nothing happens on or after this day. */
  today: string;
  timeZone: string;
  authorAccountId: number;
}

const items = (skipped: boolean) =>
  JSON.stringify(
    Object.fromEntries(STANDARD_ITEMS.map((k) => [k, { done: !(skipped && k === 'risk_check'), note: null }])),
  );

/** Inserts the rows of `select` (columns kind, at, unit_id, party_org_id, pairing_id, mode, presenter_id, title, items, present). */
async function insertFamily(db: Db, w: RecordWindow, select: SQL): Promise<void> {
  await db.execute(sql`insert into records (kind, occurred_at, unit_id, party_org_id, pairing_id, mode, presenter_id,
      title, standard_items, present_count, author_account_id, created_at, updated_at)
    select r.kind, r.at, r.unit_id, r.party_org_id, r.pairing_id, r.mode, r.presenter_id, r.title, r.items, r.present,
      ${w.authorAccountId}, least(r.at + interval '3 hours', now()), least(r.at + interval '3 hours', now())
    from (${select}) r`);
}

/** The first days of the periods from `from` up to `to`, as a FROM item with one date column `name`. */
const series = (from: string, to: string, step: string, name: 'm' | 'q' | 'y') =>
  sql`(select generate_series(${from}::date, ${to}::date - 1, ${step}::interval)::date as ${sql.raw(name)}) as ${sql.raw(`${name}_series`)}`;

export async function insertOutletMeetings(db: Db, draw: Draw, w: RecordWindow): Promise<void> {
  const key = sql`(o.id::bigint * 100000 + n.mn)`;
  await insertFamily(
    db,
    w,
    sql`select 'monthly_meeting' as kind, ${localInstant(sql`d.day`, sql`case when e.early then 8 else 17 end`, w.timeZone)} as at,
      o.id as unit_id, null::int as party_org_id, case when a.attends then gp.id end as pairing_id,
      case when ${draw.chance(key, 13, 0.06)} then 'video' else 'on_site' end as mode, null::int as presenter_id,
      '每月一会' as title,
      case when ${draw.chance(key, 14, 0.05)} then ${items(true)}::jsonb else ${items(false)}::jsonb end as items,
      greatest(1, o.staff * (85 + ${draw.below(key, 15, 15)}) / 100)::int + a.attends::int as present
    from gen_outlets o left join gen_pairings gp on gp.unit_id = o.id
    cross join ${series(w.windowStart, w.today, '1 month', 'm')}
    cross join lateral (select ${monthNo(sql`m`)} as mn) n
    cross join lateral (select ${draw.below(sql`o.id`, 16, 10)} < 4 as early) e
    cross join lateral (select m + case when e.early then 2 + ${draw.below(key, 17, 6)}
      else 22 + ${draw.below(key, 18, 5)} end as day) d
    cross join lateral (select coalesce(d.day >= gp.starts_on
      and (n.mn - 1) % 3 = ${draw.below(sql`gp.id::bigint * 100000 + (n.mn - 1) / 3`, 11, 3)}
      and ${draw.chance(sql`gp.id::bigint * 100000 + n.mn`, 12, 0.88)}, false) as attends) a
    where d.day < ${w.today}::date and ${draw.chance(key, 19, 0.93)}`,
  );
}

export async function insertCounselorVisits(db: Db, draw: Draw, w: RecordWindow): Promise<void> {
  const qkey = sql`(gp.id::bigint * 100000 + ${monthNo(sql`q`)})`;
  await insertFamily(
    db,
    w,
    sql`select 'coaching' as kind, ${localInstant(sql`d.day`, sql`10 + ${draw.below(qkey, 21, 6)}`, w.timeZone)} as at,
      gp.unit_id, null::int as party_org_id, gp.id as pairing_id,
      case when ${draw.chance(qkey, 22, 0.08)} then 'video' else 'on_site' end as mode, null::int as presenter_id,
      '党建与业务辅导' as title, null::jsonb as items, 2 + ${draw.below(qkey, 23, 4)} as present
    from gen_pairings gp cross join ${series(w.windowStart, w.today, '3 months', 'q')}
    cross join lateral (select q + ${draw.below(qkey, 24, sql`(q + interval '3 months')::date - q`)} as day) d
    where d.day < ${w.today}::date and d.day >= gp.starts_on and ${draw.chance(qkey, 25, 0.88)}`,
  );
  const ykey = sql`((gp.id::bigint * 10000 + extract(year from y)::int) * 64 + v.salt)`;
  await insertFamily(
    db,
    w,
    sql`select v.kind, ${localInstant(sql`d.day`, sql`9 + v.salt % 5`, w.timeZone)} as at,
      gp.unit_id, null::int as party_org_id, gp.id as pairing_id,
      case when v.kind = 'field_stay' and ${draw.chance(ykey, 31, 0.03)} then 'video' else 'on_site' end as mode,
      null::int as presenter_id, v.title, null::jsonb as items, v.present as present
    from gen_pairings gp cross join ${series(w.yearlyStart, w.today, '1 year', 'y')}
    cross join (values ('field_stay', 1, '到结对网点蹲点', 2), ('practical_deed', 2, '为结对网点办实事', 1),
      ('organizational_life', 3, '现场参加网点组织生活会', 1)) as v(kind, salt, title, present)
    cross join lateral (select y + ${draw.below(ykey, 32, 365)} as day) d
    where d.day < ${w.today}::date and d.day >= gp.starts_on and ${draw.chance(ykey, 33, 0.85)}`,
  );
}

export async function insertBranchMeetings(db: Db, draw: Draw, w: RecordWindow): Promise<void> {
  const mkey = sql`((b.id::bigint * 100000 + ${monthNo(sql`m`)}) * 64 + v.salt)`;
  await insertFamily(
    db,
    w,
    sql`select v.kind, ${localInstant(sql`d.day`, sql`15 + v.salt % 3`, w.timeZone)} as at,
      b.unit_id, b.id as party_org_id, null::int as pairing_id,
      case when ${draw.chance(mkey, 41, 0.06)} then 'video' else 'on_site' end as mode, null::int as presenter_id,
      v.title, null::jsonb as items,
      case v.kind when 'committee_meeting' then least(b.members, 3 + ${draw.below(mkey, 42, 3)})
        when 'group_meeting' then greatest(1, b.members * (45 + ${draw.below(mkey, 43, 15)}) / 100)
        else greatest(1, b.members * (85 + ${draw.below(mkey, 44, 15)}) / 100) end as present
    from gen_branches b cross join ${series(w.windowStart, w.today, '1 month', 'm')}
    cross join (values ('committee_meeting', 1, '支委会', 1, 9), ('group_meeting', 2, '党小组会', 10, 12),
      ('theme_party_day', 3, '主题党日', -1, 0)) as v(kind, salt, title, first, span)
    cross join lateral (select m + case when v.first < 0 then 8 + ${draw.below(sql`b.id`, 45, 12)}
      else v.first + ${draw.below(mkey, 46, sql`v.span`)} end as day) d
    where d.day < ${w.today}::date and ${draw.chance(mkey, 47, 0.93)}`,
  );
  const qkey = sql`((b.id::bigint * 100000 + ${monthNo(sql`q`)}) * 64 + v.salt)`;
  await insertFamily(
    db,
    w,
    sql`select v.kind, ${localInstant(sql`d.day`, 16, w.timeZone)} as at,
      b.unit_id, b.id as party_org_id, null::int as pairing_id, 'on_site' as mode, null::int as presenter_id,
      v.title, null::jsonb as items, greatest(1, b.members * (85 + ${draw.below(qkey, 51, 15)}) / 100) as present
    from gen_branches b cross join ${series(w.windowStart, w.today, '3 months', 'q')}
    cross join (values ('general_meeting', 1, '支部党员大会'), ('party_lecture', 2, '专题党课')) as v(kind, salt, title)
    cross join lateral (select q + 10 + ${draw.below(qkey, 52, 75)} as day) d
    where d.day < ${w.today}::date and ${draw.chance(qkey, 53, 0.9)}`,
  );
  const ykey = sql`((b.id::bigint * 10000 + extract(year from y)::int) * 64 + v.salt)`;
  await insertFamily(
    db,
    w,
    sql`select v.kind, ${localInstant(sql`d.day`, sql`9 + v.salt`, w.timeZone)} as at,
      b.unit_id, b.id as party_org_id, null::int as pairing_id, 'on_site' as mode,
      case when v.kind = 'party_lecture' then b.secretary_id end as presenter_id,
      v.title, null::jsonb as items, greatest(1, b.members * (88 + ${draw.below(ykey, 61, 12)}) / 100) as present
    from gen_branches b cross join ${series(w.yearlyStart, w.today, '1 year', 'y')}
    cross join (values ('organizational_life', 1, '年度组织生活会'), ('member_appraisal', 2, '年度民主评议党员'),
      ('party_lecture', 3, '书记讲党课')) as v(kind, salt, title)
    cross join lateral (select y + ${draw.below(ykey, 62, 364)} as day) d
    where d.day < ${w.today}::date and ${draw.chance(ykey, 63, 0.88)}
      and (v.kind <> 'party_lecture' or b.secretary_id is not null)`,
  );
}
