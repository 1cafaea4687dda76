import { sql } from 'drizzle-orm';
import type { ApiError } from '../../src/contracts/errors.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import type { TestEnv } from './app.ts';
import { addPerson, addUnits, schemeId } from './pairings.ts';

/** Field errors of a 400 answer. */
export const fieldsOf = (e: ApiError) =>
  (e.details as { fields: { field: string; reason: string; message: string }[] }).fields;

/** How many rows a table holds (to show a refused request changed nothing). */
export async function countRows(env: TestEnv, table: string): Promise<number> {
  return rowsOf<{ n: number }>(
    await env.database.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`),
  )[0]!.n;
}

/** An instant `hours` ago, as the API takes it. */
export const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

/**
 * A counselor's world for record tests: an outlet in the second city (outside the
 * counselor account's scope JN01), a person behind the 'counselor' login paired
 * with it since `startsOn`, and staff at the outlet to attend.
 */
export async function counselorPairedOutside(env: TestEnv, startsOn: string) {
  const db = env.database.db;
  const units = await addUnits(db, [{ code: 'RC-OUT', name: '记录测试网点', kind: 'outlet', parentCode: 'JN02' }]);
  const outletId = units.get('RC-OUT')!;
  const holder = await addPerson(db, {
    employeeNo: 'RC-HOLDER',
    name: '记录测试辅导员',
    unitId: env.fixture.unit('JN01'),
  });
  const staff = [];
  for (const i of [1, 2, 3])
    staff.push(await addPerson(db, { employeeNo: `RC-S${i}`, name: `网点员工${i}`, unitId: outletId }));
  // The login stands for the holder (set before signing in: the session reads it).
  await db.execute(sql`update accounts set person_id = null where person_id = ${holder}`);
  await db.execute(sql`update accounts set person_id = ${holder} where username = 'counselor'`);
  const [p] = rowsOf<{ id: number }>(
    await db.execute(sql`insert into pairings (scheme_id, person_id, target_unit_id, scope_unit_id, starts_on)
      values (${await schemeId(db, 'counselor')}, ${holder}, ${outletId}, ${outletId}, ${startsOn}) returning id`),
  );
  return { outletId, holder, staff, pairingId: p!.id };
}
