import { sql } from 'drizzle-orm';
import type { CockpitTrend } from '../../../contracts/cockpit.ts';
import { RESOLVED_STATES } from '../../../contracts/concerns.ts';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import { escapeLike } from '../../platform/scope.ts';
import { zonedMidnight } from '../compliance/periods.ts';

type N = number | string | null;

/**
 * Month by month over a year (up to the current month): records held and their
 * person-times (the records list's occurred_at and present_count), concerns raised and,
 * of those, resolved now (concerns/figures.ts: resolved = resolved or closed). One
 * grouped statement per source, months cut at the enterprise's local midnights.
 */
export async function cockpitTrend(
  db: Db,
  unitPath: string,
  year: number,
  today: string,
  timeZone: string,
): Promise<CockpitTrend> {
  const thisYear = Number(today.slice(0, 4));
  const lastMonth = year < thisYear ? 12 : year > thisYear ? 0 : Number(today.slice(5, 7));
  const months = Array.from({ length: lastMonth }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  if (months.length === 0) return { year, months: [] };
  const from = zonedMidnight(`${year}-01-01`, timeZone);
  const end = zonedMidnight(nextMonth(months.at(-1)!), timeZone);
  const subtree = sql`(select x.id from units x where x.path like ${`${escapeLike(unitPath)}%`})`;
  const records = rowsOf<{ m: string; n: N; pt: N }>(
    await db.execute(sql`select to_char(r.occurred_at at time zone ${timeZone}, 'YYYY-MM') as m,
        count(*) as n, sum(r.present_count) as pt
      from records r where r.unit_id = any(array${subtree})
        and r.occurred_at >= ${from} and r.occurred_at < ${end}
      group by 1`),
  );
  const concerns = rowsOf<{ m: string; raised: N; resolved: N }>(
    await db.execute(sql`select to_char(c.raised_at at time zone ${timeZone}, 'YYYY-MM') as m,
        count(*) as raised, count(*) filter (where c.state = any(${arrayParam(RESOLVED_STATES)}::text[])) as resolved
      from concerns c where c.unit_id = any(array${subtree})
        and c.raised_at >= ${from} and c.raised_at < ${end}
      group by 1`),
  );
  const rec = new Map(records.map((r) => [r.m, r]));
  const con = new Map(concerns.map((c) => [c.m, c]));
  return {
    year,
    months: months.map((m) => ({
      month: m,
      records: Number(rec.get(m)?.n ?? 0),
      personTimes: Number(rec.get(m)?.pt ?? 0),
      concernsRaised: Number(con.get(m)?.raised ?? 0),
      concernsResolved: Number(con.get(m)?.resolved ?? 0),
    })),
  };
}

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
