import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';
import { CITY_PREFERENCES, PROVINCE_PREFERENCES } from '../../demo/concerns/routes.ts';
import {
  CONCERN_TEXT,
  PROGRESS_NOTES,
  REJECT_REASONS,
  REOPEN_REASONS,
  RETURN_REASONS,
} from '../../demo/concerns/text.ts';
import { FATE_STEPS, GEN_FATES } from './concerns-fates.ts';

/**
 * The fixed data the concern generator's SQL joins to: the routing table of
 * every province and city (the demo's preferences by department name), and
 * temporary tables of the demo's wordings and of each fate's timeline steps.
 */
const values = (rows: readonly (readonly (string | number | null)[])[]): SQL =>
  sql.join(
    rows.map(
      (r) =>
        sql`(${sql.join(
          r.map((v) => sql`${v}`),
          sql`, `,
        )})`,
    ),
    sql`, `,
  );

export async function insertRoutes(db: Db): Promise<number> {
  const prefs = [
    ...Object.entries(PROVINCE_PREFERENCES).flatMap(([c, names]) =>
      names.map((n, i) => ['province', c, i, n] as const),
    ),
    ...Object.entries(CITY_PREFERENCES).flatMap(([c, names]) => names.map((n, i) => ['city', c, i, n] as const)),
  ];
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`insert into concern_routes (unit_id, category, department_unit_id)
      select distinct on (b.id, p.category) b.id, p.category, d.id
      from units b
      join (values ${values(prefs)}) as p(kind, category, ord, name) on p.kind = b.kind
      join units d on d.parent_id = b.id and d.kind = 'department' and d.name = b.name || p.name
      where b.kind in ('province', 'city')
      order by b.id, p.category, p.ord::int
      on conflict do nothing
      returning id`),
  );
  return rows.length;
}

export async function insertConcernText(db: Db): Promise<void> {
  const rows = Object.entries(CONCERN_TEXT).flatMap(([category, kinds]) =>
    Object.entries(kinds).flatMap(([kind, list]) =>
      list.map(([title, description, resolution], i) => [
        category,
        kind,
        i,
        list.length,
        title,
        description,
        resolution,
      ]),
    ),
  );
  await db.execute(sql`create temp table gen_concern_text on commit drop as
    select category, kind, idx::int as idx, cnt::int as cnt, title, description, resolution
    from (values ${values(rows)}) as t(category, kind, idx, cnt, title, description, resolution)`);
}

/** The reason or note each kind of step carries (the service requires them). */
function words(kind: string, to: string): { reason: string | null; note: string | null } {
  if (kind === 'escalate') {
    return { reason: to === 'on_agenda' ? '涉及多个部门职责，需党委统筹研究' : '需上级行部门协调解决', note: null };
  }
  if (kind === 'return') return { reason: RETURN_REASONS[0]!, note: null };
  if (kind === 'reopen') return { reason: REOPEN_REASONS[0]!, note: null };
  if (kind === 'reject') return { reason: REJECT_REASONS[0]!, note: null };
  if (kind === 'progress') return { reason: null, note: PROGRESS_NOTES[1]! };
  if (kind === 'decide') return { reason: null, note: '经党委会研究，由归口部门牵头办理，限期办结' };
  return { reason: null, note: null };
}

export async function insertConcernSteps(db: Db): Promise<void> {
  const rows = GEN_FATES.flatMap((fate) =>
    FATE_STEPS[fate].map((s, i) => {
      const w = words(s.kind, s.to);
      return [fate, i, s.kind, s.from, s.to, s.fromTier, s.toTier, s.at, s.department ?? null, w.reason, w.note];
    }),
  );
  await db.execute(sql`create temp table gen_concern_steps on commit drop as
    select fate, seq::int as seq, kind, from_state, to_state, from_tier::smallint as from_tier,
      to_tier::smallint as to_tier, at_col, department, reason, note
    from (values ${values(rows)}) as s(fate, seq, kind, from_state, to_state, from_tier, to_tier, at_col, department,
      reason, note)`);
}
