import { inArray, type SQL, sql } from 'drizzle-orm';
import type {
  ConcernDimension,
  ConcernFigureRow,
  ConcernFigures,
  ConcernTally,
} from '../../../contracts/concern-figures.ts';
import { OPEN_STATES, RESOLVED_STATES } from '../../../contracts/concerns.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import { concernCategories } from '../../db/schema/concerns.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import { rowsOf } from '../../db/sql.ts';
import { underPaths } from '../../platform/scope.ts';
import { dayAfter, zonedMidnight } from '../compliance/periods.ts';

export interface FiguresInput {
  /** The subtrees counted (the caller's reach, cut to the chosen unit). */
  paths: readonly string[];
  unit: { id: number; name: string } | null;
  /** Concerns raised from `from` to `to` inclusive (local days). */
  from: string;
  to: string;
  /** `city` (the city branch above each outlet) serves the quarterly report only. */
  dimension: ConcernDimension | 'city';
  today: string;
  timeZone: string;
  lang: Lang;
}

/** The grouping key of each dimension; 0 stands for "none" (never routed, no counselor). */
const KEYS: Record<ConcernDimension | 'city', SQL> = {
  city: sql`coalesce(city.id, 0)`,
  tier: sql`c.tier::int`,
  category: sql`c.category`,
  department: sql`coalesce(c.department_unit_id, 0)`,
  counselor: sql`coalesce(c.counselor_person_id, 0)`,
  outlet: sql`c.unit_id`,
};

const list = (xs: readonly string[]) =>
  sql.join(
    xs.map((x) => sql`${x}`),
    sql`, `,
  );

interface TallyRow {
  key: string | number | null;
  whole: number;
  raised: number;
  resolved: number;
  open: number;
  overdue: number;
  rejected: number;
  median_days: number | null;
  suggestions: number;
  problems_solved: number;
  counselors: number;
}

/**
 * 跟踪问效 figures: the concerns raised in a period under a subtree, counted once per
 * dimension value and once in total (one statement, GROUPING SETS). Resolved means
 * resolved or closed (solved, confirmed or not); open is neither resolved nor
 * rejected; overdue is open past its due date; the rate is resolved / raised.
 */
export async function concernFigures(
  db: Db,
  input: FiguresInput & { dimension: ConcernDimension },
): Promise<ConcernFigures> {
  return { unit: input.unit, from: input.from, to: input.to, dimension: input.dimension, ...(await tally(db, input)) };
}

/** The tallies behind the figures, for any grouping (the quarterly report also groups by city). */
export async function tally(
  db: Db,
  input: FiguresInput,
): Promise<Pick<ConcernFigures, 'total' | 'rows' | 'counselorsActive'>> {
  const key = KEYS[input.dimension];
  const resolved = sql`c.state in (${list(RESOLVED_STATES)})`;
  const open = sql`c.state in (${list(OPEN_STATES)})`;
  const where = await subtreeCondition(db, input.paths);
  const from = zonedMidnight(input.from, input.timeZone);
  const to = zonedMidnight(dayAfter(input.to), input.timeZone);
  const rows = rowsOf<TallyRow>(
    await db.execute(sql`
      select ${key} as key, grouping(${key})::int as whole,
        count(*)::int as raised,
        count(*) filter (where ${resolved})::int as resolved,
        count(*) filter (where ${open})::int as open,
        count(*) filter (where ${open} and c.due_on < ${input.today})::int as overdue,
        count(*) filter (where c.state = 'rejected')::int as rejected,
        percentile_cont(0.5) within group (order by extract(epoch from c.resolved_at - c.raised_at) / 86400)
          filter (where ${resolved} and c.resolved_at is not null) as median_days,
        count(*) filter (where c.kind = 'suggestion')::int as suggestions,
        count(*) filter (where c.kind = 'problem' and ${resolved})::int as problems_solved,
        count(distinct c.counselor_person_id)::int as counselors
      from concerns c
      join units u on u.id = c.unit_id
      ${input.dimension === 'city' ? sql`left join units city on city.kind = 'city' and u.path like city.path || '%'` : sql``}
      where ${where}
        and c.raised_at >= ${from} and c.raised_at < ${to}
      group by grouping sets ((${key}), ())
    `),
  );
  const totalRow = rows.find((r) => r.whole === 1);
  const byKey = rows.filter((r) => r.whole === 0);
  const labels = await labelsOf(
    db,
    input.dimension,
    byKey.map((r) => r.key),
    input.lang,
  );
  const out: ConcernFigureRow[] = byKey
    .map((r) => ({ key: r.key ?? 0, label: labels.get(String(r.key)) ?? String(r.key), ...tallyOf(r) }))
    .sort((a, b) =>
      input.dimension === 'tier'
        ? Number(a.key) - Number(b.key)
        : b.raised - a.raised || a.label.localeCompare(b.label),
    );
  return {
    total: totalRow ? tallyOf(totalRow) : tallyOf(null),
    rows: out,
    counselorsActive: totalRow?.counselors ?? 0,
  };
}

/**
 * Units a subtree holds beyond which its concerns are better found by time than by
 * unit: a province (≈5k units) looks each unit's concerns up in the unit index; the
 * nation (≈100k) scans the period and joins. The planner cannot tell the two apart
 * from a LIKE on the path (it hash-joined the nation's year for one province: 137 ms
 * against 28 ms), so the statement is chosen here.
 */
const BY_UNIT_BELOW = 20_000;

async function subtreeCondition(db: Db, paths: readonly string[]): Promise<SQL> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from units u where ${underPaths(sql`u.path`, paths)}`),
  );
  return (row?.n ?? 0) < BY_UNIT_BELOW
    ? sql`c.unit_id = any(array(select u2.id from units u2 where ${underPaths(sql`u2.path`, paths)}))`
    : underPaths(sql`u.path`, paths);
}

function tallyOf(r: TallyRow | null): ConcernTally {
  const raised = r?.raised ?? 0;
  const resolved = r?.resolved ?? 0;
  const median = r?.median_days === null || r?.median_days === undefined ? null : Number(r.median_days);
  return {
    raised,
    resolved,
    open: r?.open ?? 0,
    overdue: r?.overdue ?? 0,
    rejected: r?.rejected ?? 0,
    resolutionRate: raised === 0 ? null : resolved / raised,
    medianDaysToResolve: median === null ? null : Math.round(median * 10) / 10,
    suggestionsRaised: r?.suggestions ?? 0,
    problemsSolved: r?.problems_solved ?? 0,
  };
}

const TIER_NAMES: Record<Lang, string[]> = {
  'zh-CN': ['', '第一级 辅导员直接解决', '第二级 归口部门办理', '第三级 党委研究'],
  'en-US': ['', 'Tier 1 · counselor', 'Tier 2 · department', 'Tier 3 · committee'],
};
const NONE: Record<ConcernDimension | 'city', Record<Lang, string>> = {
  city: { 'zh-CN': '（省级直属）', 'en-US': '(under the province)' },
  tier: { 'zh-CN': '', 'en-US': '' },
  category: { 'zh-CN': '', 'en-US': '' },
  department: { 'zh-CN': '未转部门', 'en-US': 'Not routed' },
  counselor: { 'zh-CN': '无结对辅导员', 'en-US': 'No counselor' },
  outlet: { 'zh-CN': '', 'en-US': '' },
};

/** Display names of the keys, read for the keys present only. */
async function labelsOf(
  db: Db,
  dimension: ConcernDimension | 'city',
  keys: (string | number | null)[],
  lang: Lang,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (dimension === 'tier') {
    for (const k of keys) out.set(String(k), TIER_NAMES[lang][Number(k)] ?? String(k));
    return out;
  }
  if (dimension === 'category') {
    const cats = await db.select().from(concernCategories);
    for (const c of cats) out.set(c.code, lang === 'zh-CN' ? c.nameZh : c.nameEn);
    return out;
  }
  const ids = keys.map(Number).filter((k) => k > 0);
  out.set('0', NONE[dimension][lang]);
  if (ids.length === 0) return out;
  const named =
    dimension === 'counselor'
      ? await db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, ids))
      : await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids));
  for (const n of named) out.set(String(n.id), n.name);
  return out;
}
