import { sql } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import { insertUnits, type NewUnit } from '../../src/server/features/units/insert.ts';

/** Units made for one test file under a parent of the fixture, returned by code. */
export async function addUnits(db: Db, rows: NewUnit[]): Promise<Map<string, number>> {
  return insertUnits(db, rows);
}

/** A person inserted directly (set-up only), active staff of a unit. */
export async function addPerson(
  db: Db,
  p: {
    employeeNo: string;
    name: string;
    unitId: number;
    partyStatus?: 'full' | 'probationary' | 'none';
    cadreGrade?: string;
  },
): Promise<number> {
  const member = (p.partyStatus ?? 'full') !== 'none';
  const [row] = rowsOf<{ id: number }>(
    await db.execute(sql`insert into people (employee_no, name, gender, unit_id, unit_path, cadre_grade, party_status, party_relation, external_org_name)
      select ${p.employeeNo}, ${p.name}, 'male', u.id, u.path, ${p.cadreGrade ?? 'mid'}, ${p.partyStatus ?? 'full'},
             ${member ? 'outside' : null}, ${member ? '测试社区党委' : null}
      from units u where u.id = ${p.unitId} returning id`),
  );
  return row!.id;
}

/** The id of a preset scheme by code. */
export async function schemeId(db: Db, code: string): Promise<number> {
  const [row] = rowsOf<{ id: number }>(await db.execute(sql`select id from schemes where code = ${code}`));
  return row!.id;
}
