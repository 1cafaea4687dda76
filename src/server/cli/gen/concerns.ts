import { randomBytes } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { PRESET_CATEGORIES } from '../../../contracts/concern-config.ts';
import { todayInChina } from '../../../contracts/person-rules.ts';
import type { Database, Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import { rowsOf } from '../../db/sql.ts';
import { bulkLoad } from '../../demo/activity/write.ts';
import { CATEGORY_WEIGHTS, PROBLEM_SHARE } from '../../demo/concerns/mix.ts';
import { LEDGER_ACCOUNT } from './compliance.ts';
import { Draw, localInstant } from './compliance-sql.ts';
import { insertConcernSteps, insertConcernText, insertRoutes } from './concerns-data.ts';
import { AGE_BUCKETS, FATE_END, FATE_SHARES, FATE_STEPS, GEN_FATES, type GenFate } from './concerns-fates.ts';

/**
 * The national dataset's concerns (issue 5's benchmark): `count` concerns over
 * `years` years across every outlet with a counselor, raised by the outlet's
 * counselor (entered by the generated ledger account), in the demo's mix of
 * categories, kinds, tiers and states; the routing table of every province and
 * city; due dates, resolutions, satisfaction; the events of each concern's
 * timeline for those raised in the last `eventYears` years. All set-based:
 * one working table over generate_series, then one INSERT … SELECT per table.
 */
export interface ConcernGenOptions {
  seed: number;
  today?: string | undefined;
  count?: number;
  years?: number;
  /** Events only for concerns raised within this many years (0: none; default 1). */
  eventYears?: number;
  timeZone?: string;
  log?: (line: string) => void;
}

export interface ConcernGenResult {
  routes: number;
  concerns: number;
  events: number;
  seconds: number;
}

const lit = (s: string) => sql.raw(`'${s.replace(/'/g, "''")}'`);

/** A CASE choosing by cumulative weights on a draw in [0, total). */
function choose(draw: SQL, options: readonly (readonly [string, number])[]): SQL {
  let acc = 0;
  const arms = options
    .filter(([, w]) => w > 0)
    .map(([v, w]) => {
      acc += w;
      return sql`when ${draw} < ${sql.raw(String(acc))} then ${lit(v)}`;
    });
  return sql`(case ${sql.join(arms, sql` `)} end)`;
}

const byFate = (f: (fate: GenFate) => SQL) =>
  sql`(case fate ${sql.join(
    GEN_FATES.map((x) => sql`when ${lit(x)} then ${f(x)}`),
    sql` `,
  )} end)`;

async function ledgerAccount(db: Db): Promise<number> {
  const [row] = rowsOf<{ id: number }>(
    await db.execute(sql`select id from accounts where username = ${LEDGER_ACCOUNT}`),
  );
  if (row) return row.id;
  const [made] = await db
    .insert(accounts)
    .values({
      username: LEDGER_ACCOUNT,
      displayName: '历史台账（生成数据）',
      passwordHash: randomBytes(24).toString('base64'),
      mustChangePassword: true,
      disabled: true,
    })
    .returning({ id: accounts.id });
  return made!.id;
}

export async function generateConcerns(database: Database, opts: ConcernGenOptions): Promise<ConcernGenResult> {
  const log = opts.log ?? (() => {});
  const start = performance.now();
  const today = opts.today ?? todayInChina();
  const count = opts.count ?? 1_000_000;
  const days = Math.round((opts.years ?? 5) * 365);
  const tz = opts.timeZone ?? 'Asia/Shanghai';
  const draw = new Draw(opts.seed + 5);
  const step = async (what: string, fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    log(`  ${what} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  const result = await database.db.transaction(async (tx) => {
    const ledger = await ledgerAccount(tx);
    let routes = 0;
    await bulkLoad(tx, async () => {
      await step('routing table', async () => {
        routes = await insertRoutes(tx);
      });
      await step('working table of concerns', () => planTable(tx, draw, { count, days, today, tz }));
      await step('concerns', () => insertConcerns(tx, ledger));
      const since = `${Number(today.slice(0, 4)) - (opts.eventYears ?? 1)}${today.slice(4)}`;
      await step(`events (concerns raised since ${since})`, () => insertEvents(tx, ledger, since, tz));
    });
    const [n] = rowsOf<{ concerns: number; events: number }>(
      await tx.execute(sql`select (select count(*)::int from concerns) as concerns,
        (select count(*)::int from concern_events) as events`),
    );
    return { routes, ...n! };
  });
  await step('vacuum analyze', () => database.query('vacuum analyze concerns, concern_events, concern_routes'));
  return { ...result, seconds: (performance.now() - start) / 1000 };
}

/**
 * gen_concerns: one row per concern with its outlet, category, kind, fate and the
 * instants of its timeline (hours after raising, squeezed into the time there was).
 */
async function planTable(db: Db, draw: Draw, o: { count: number; days: number; today: string; tz: string }) {
  await db.execute(sql`create temp table gen_c_outlets on commit drop as
    select (row_number() over (order by o.path) - 1)::int as i, o.id, ci.id as city_id, ci.parent_id as province_id,
      (select p.person_id from pairings p join schemes s on s.id = p.scheme_id and s.code = 'counselor'
        where p.target_unit_id = o.id and p.ends_on is null order by p.starts_on desc limit 1) as counselor_id
    from units o join units co on co.id = o.parent_id join units ci on ci.id = co.parent_id
    where o.kind = 'outlet' and o.active and ci.kind = 'city'`);
  await db.execute(sql`analyze gen_c_outlets`);
  // A literal, so the planner sees an equality it can hash (1M concerns × 60k outlets).
  const [outlets] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from gen_c_outlets`));
  await insertConcernText(db);
  const n = sql`n`;
  const category = choose(
    draw.below(n, 1, 100),
    CATEGORY_WEIGHTS.map(([c, w]) => [c, w] as [string, number]),
  );
  const problem = sql`(case ${sql.join(
    PRESET_CATEGORIES.map(
      (c) => sql`when category = ${lit(c.code)} then ${draw.chance(n, 2, PROBLEM_SHARE[c.code] ?? 0.4)}`,
    ),
    sql` `,
  )} end)`;
  const fateAt = (b: number) =>
    choose(
      sql`r`,
      GEN_FATES.map((f) => [f, FATE_SHARES[f][b] ?? 0] as const),
    );
  const hours = (salt: number, from: number, span: number) => sql`(${from} + ${draw.below(n, salt, span)})`;
  const last = byFate((f) => sql.raw(`${FATE_STEPS[f].at(-1)!.at}_h`));
  // Each step materialized: inlined, every reference to fate or an instant would repeat its
  // whole expression (dozens of hash draws) and the statement would run for hours.
  await db.execute(sql`create temp table gen_concerns on commit drop as
    with base as materialized (
      select g.n, o.id as unit_id, o.city_id, o.province_id, o.counselor_id,
        ${o.today}::date - (1 + ${draw.below(n, 3, o.days)}) as raised_day, ${draw.below(n, 4, 1000)} as r,
        ${draw.below(n, 5, 1_048_576)} as x
      from generate_series(1, ${o.count}) as g(n)
      join gen_c_outlets o on o.i = ${draw.below(n, 6, outlets!.n)}
    ),
    f as materialized (
      select b.*, ${category} as category,
        case when ${o.today}::date - raised_day <= ${AGE_BUCKETS[0]} then ${fateAt(0)}
          when ${o.today}::date - raised_day <= ${AGE_BUCKETS[1]} then ${fateAt(1)}
          when ${o.today}::date - raised_day <= ${AGE_BUCKETS[2]} then ${fateAt(2)} else ${fateAt(3)} end as fate,
        ${localInstant(sql`raised_day`, hours(7, 9, 9), o.tz)} + make_interval(mins => ${draw.below(n, 8, 60)}) as raised_at
      from base b
    ),
    h as materialized (
      select f.*, 0 as raised_h, r1.routed_h, r1.routed_h + ${hours(11, 2, 30)} as accepted_h
      from f cross join lateral (select 2 + 24 * ${draw.below(sql`f.n`, 10, 3)} as routed_h) r1
    ),
    h2 as materialized (
      select h.*, accepted_h + 24 * ${hours(12, 2, 6)} as agenda_h
      from h
    ),
    h3 as materialized (
      select h2.*, agenda_h + 24 * ${hours(13, 5, 25)} as decided_h, agenda_h + 24 * ${hours(13, 5, 25)} + ${hours(14, 18, 48)} as reaccepted_h
      from h2
    ),
    h4 as materialized (
      select h3.*,
        case when fate like 't3%' then reaccepted_h else accepted_h end + 24 * ${hours(15, 2, 9)} as progressed_h,
        case when fate like 't1%' then 1 + 24 * ${draw.below(sql`n`, 16, 10)}
          when fate like 't3%' then reaccepted_h + 24 * ${hours(17, 10, 25)}
          when x < 178000 then accepted_h + 24 * ${hours(18, 25, 15)}
          else accepted_h + 24 * ${hours(19, 2, 16)} end as resolved_h
      from h3
    ),
    h5 as materialized (
      select h4.*, resolved_h + 24 * ${hours(20, 2, 8)} as reopened_h,
        case when fate = 't1_rejected' then 3 + 24 * ${draw.below(sql`n`, 21, 5)}
          else resolved_h + 24 * ${hours(22, 1, 7)} end as closed_h
      from h4
    ),
    s as materialized (
      select h5.*, least(1.0, (extract(epoch from (least(now(), (${o.today}::date)::timestamp at time zone ${o.tz}) - raised_at)) / 3600 - 1)
        / greatest(${last}, 1)) as k
      from h5
    )
    select (select coalesce(max(id), 0) from concerns) + row_number() over (order by raised_at, n) as id,
      n, unit_id, city_id, province_id, counselor_id, category, ${problem} as problem, fate, x,
      ${draw.below(n, 30, 10)} as sat, raised_at,
      ${sql.join(
        (
          [
            'routed',
            'accepted',
            'progressed',
            'agenda',
            'decided',
            'reaccepted',
            'resolved',
            'reopened',
            'closed',
          ] as const
        ).map((c) => sql`raised_at + make_interval(secs => ${sql.raw(`${c}_h`)} * 3600 * k) as ${sql.raw(`${c}_at`)}`),
        sql`, `,
      )}
    from s`);
  await db.execute(sql`analyze gen_concerns`);
}

async function insertConcerns(db: Db, ledger: number): Promise<void> {
  const end = (k: 'tier' | 'state') =>
    byFate((f) => (k === 'tier' ? sql.raw(String(FATE_END[f].tier)) : lit(FATE_END[f].state)));
  const local = (t: SQL) => sql`(${t} at time zone 'Asia/Shanghai')::date`;
  await db.execute(sql`insert into concerns (id, kind, category, title, description, unit_id, raised_by_account_id,
      raised_by_person_id, counselor_person_id, tier, state, department_unit_id, handler_account_id, due_on, raised_at,
      resolved_at, resolution, closed_at, satisfaction, created_at, updated_at, version)
    overriding system value
    select c.id, c.kind, c.category, t.title, t.description, c.unit_id, ${ledger}::int, c.counselor_id, c.counselor_id,
      c.tier, c.state,
      case when c.fate in ('t3_in_progress', 't3_closed') then pr.department_unit_id
        when c.tier >= 2 then cr.department_unit_id end,
      case when c.tier >= 2 and c.state not in ('routed', 'on_agenda') then ${ledger}::int end,
      case when c.fate in ('t3_in_progress', 't3_closed') then ${local(sql`c.decided_at`)} + 30
        when c.fate = 't2_reopened' then ${local(sql`c.reopened_at`)} + 30
        when c.tier = 2 then ${local(sql`c.routed_at`)} + 30 end,
      c.raised_at,
      case when c.state in ('resolved', 'closed') then c.resolved_at end,
      case when c.state in ('resolved', 'closed', 'reopened') then t.resolution end,
      case when c.state in ('closed', 'rejected') then c.closed_at end,
      case when c.state = 'closed' then case when c.sat < 6 then 5 when c.sat < 9 then 4 else 3 end end,
      c.raised_at, c.updated_at, c.version
    from (
      select g.*, ${end('tier')} as tier, ${end('state')} as state,
        case when g.problem then 'problem' else 'suggestion' end as kind,
        ${byFate((f) => sql.raw(String(FATE_STEPS[f].length)))} as version,
        ${byFate((f) => sql.raw(`${FATE_STEPS[f].at(-1)!.at}_at`))} as updated_at
      from gen_concerns g
    ) c
    join gen_concern_text t on t.category = c.category and t.kind = c.kind and t.idx = c.x % t.cnt
    left join concern_routes cr on cr.unit_id = c.city_id and cr.category = c.category
    left join concern_routes pr on pr.unit_id = c.province_id and pr.category = c.category
    order by c.id`);
  await db.execute(
    sql`select setval(pg_get_serial_sequence('concerns', 'id'), greatest((select max(id) from concerns), 1))`,
  );
}

async function insertEvents(db: Db, ledger: number, since: string, tz: string): Promise<void> {
  await insertConcernSteps(db);
  await db.execute(sql`insert into concern_events (concern_id, kind, from_state, to_state, from_tier, to_tier,
      actor_account_id, actor_name, reason, note, department_unit_id, handler_account_id, satisfaction, at)
    select c.id, s.kind, s.from_state, s.to_state, s.from_tier, s.to_tier, ${ledger}::int, '历史台账（生成数据）', s.reason,
      case when s.kind = 'resolve' then c.resolution else s.note end,
      case s.department when 'city' then cr.department_unit_id when 'province' then c.department_unit_id end,
      case when s.kind = 'accept' then ${ledger}::int end,
      case when s.kind = 'confirm' then c.satisfaction end,
      case s.at_col when 'raised' then g.raised_at when 'routed' then g.routed_at when 'accepted' then g.accepted_at
        when 'progressed' then g.progressed_at when 'agenda' then g.agenda_at when 'decided' then g.decided_at
        when 'reaccepted' then g.reaccepted_at when 'resolved' then g.resolved_at when 'reopened' then g.reopened_at
        else g.closed_at end as at
    from gen_concerns g
    join concerns c on c.id = g.id
    join gen_concern_steps s on s.fate = g.fate
    left join concern_routes cr on cr.unit_id = g.city_id and cr.category = g.category
    where g.raised_at >= (${since}::date)::timestamp at time zone ${tz}
    order by at`);
}

export function formatConcerns(r: ConcernGenResult): string {
  return `concerns ${r.concerns} with ${r.events} events; routing table ${r.routes} rows`;
}
