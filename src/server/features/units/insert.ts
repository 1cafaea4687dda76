import { sql } from 'drizzle-orm';
import type { UnitKind } from '../../../contracts/units.ts';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';

export interface NewUnit {
  code: string;
  name: string;
  kind: UnitKind;
  /** Code of the parent: one of the new units, or a unit already stored; null for a root. */
  parentCode: string | null;
  sortOrder?: number;
}

/** Orders new units into generations: each generation's parents are stored or in earlier ones. */
function generations(rows: readonly NewUnit[]): NewUnit[][] {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const depth = new Map<string, number>();
  const depthOf = (r: NewUnit, seen: Set<string>): number => {
    const known = depth.get(r.code);
    if (known !== undefined) return known;
    if (seen.has(r.code)) throw new Error(`cycle in unit parents at ${r.code}`);
    seen.add(r.code);
    const parent = r.parentCode ? byCode.get(r.parentCode) : undefined;
    const d = parent ? depthOf(parent, seen) + 1 : 0;
    depth.set(r.code, d);
    return d;
  };
  const out: NewUnit[][] = [];
  for (const r of rows) {
    const d = depthOf(r, new Set());
    out[d] ??= [];
    out[d].push(r);
  }
  return out;
}

/**
 * Inserts units in bulk: one INSERT … SELECT FROM unnest(…) per tree generation,
 * then one UPDATE that fills the materialized paths. Returns code → id.
 */
export async function insertUnits(db: Db, rows: readonly NewUnit[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const gen of generations(rows)) {
    const inserted = rowsOf<{ id: number; code: string }>(
      await db.execute(sql`
        with input as (
          select * from unnest(
            ${arrayParam(gen.map((r) => r.code))}::text[],
            ${arrayParam(gen.map((r) => r.name))}::text[],
            ${arrayParam(gen.map((r) => r.kind))}::text[],
            ${arrayParam(gen.map((r) => r.parentCode))}::text[],
            ${arrayParam(gen.map((r, i) => r.sortOrder ?? i))}::int[]
          ) with ordinality as t(code, name, kind, parent_code, sort_order, ord)
        )
        insert into units (code, name, kind, level, parent_id, path, sort_order)
        select i.code, i.name, i.kind, coalesce(p.level + 1, 1), p.id, 'pending:' || i.code, i.sort_order
        from input i left join units p on p.code = i.parent_code
        where i.parent_code is null or p.id is not null
        order by i.ord
        returning id, code`),
    );
    if (inserted.length !== gen.length) throw new Error('a new unit names a parent code that does not exist');
    await db.execute(sql`
      update units u
      set path = coalesce((select p.path from units p where p.id = u.parent_id), '/') || u.id::text || '/'
      where u.path like 'pending:%'`);
    for (const r of inserted) ids.set(r.code, Number(r.id));
  }
  return ids;
}
