import { sql } from 'drizzle-orm';
import ExcelJS, { type CellValue } from 'exceljs';
import type { CreateSessionBody, Enrolment } from '../../src/contracts/training.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import type { TestEnv } from './app.ts';
import type { Client } from './client.ts';
import { dayFromToday } from './projects.ts';

/** Helpers of the training tests: session bodies, people of a unit, workbooks and raw uploads. */

/** The year of the default session (it started yesterday). */
export const thisYear = () => Number(dayFromToday(-1).slice(0, 4));

/** A session of JN010101 (every reader's scope holds it) that started yesterday, 8 credit hours, unless overridden. */
export function sessionBody(env: TestEnv, over: Partial<CreateSessionBody> = {}): CreateSessionBody {
  return {
    unitId: env.fixture.unit('JN010101'),
    programId: null,
    title: `支部书记集中轮训${Math.random().toString(36).slice(2, 7)}`,
    method: 'lecture',
    placeKind: 'party_school',
    placeName: '市委党校',
    startsOn: dayFromToday(-1),
    endsOn: dayFromToday(-1),
    creditHours: 8,
    centralized: true,
    audience: 'custom',
    ...over,
  };
}

export async function createSession(env: TestEnv, client: Client, over: Partial<CreateSessionBody> = {}) {
  const res = await client.post<{ id: number }>('/api/training/sessions', sessionBody(env, over));
  if (res.status !== 201) throw new Error(`session not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** Rows of a raw query. */
export async function query<T>(env: TestEnv, q: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await env.database.db.execute(q));
}

export interface PersonRow {
  id: number;
  employeeNo: string;
  name: string;
}

/** Active people of a unit's subtree (by code), by employee number. */
export async function peopleOf(env: TestEnv, unitCode: string, limit = 10): Promise<PersonRow[]> {
  const rows = await query<{ id: number | string; employee_no: string; name: string }>(
    env,
    sql`select p.id, p.employee_no, p.name from people p join units u on u.code = ${unitCode}
      where p.unit_path like u.path || '%' and p.employment_status = 'active'
      order by p.employee_no limit ${limit}`,
  );
  return rows.map((r) => ({ id: Number(r.id), employeeNo: r.employee_no, name: r.name }));
}

/** A person outside every fixture scope (on XB01), inserted once per file. */
export async function outsidePerson(env: TestEnv): Promise<PersonRow> {
  const no = `XB${Math.random().toString(36).slice(2, 8)}`;
  const [r] = await query<{ id: number | string }>(
    env,
    sql`insert into people (employee_no, name, gender, unit_id, unit_path, party_status)
      select ${no}, '区外人员', 'male', u.id, u.path, 'full' from units u where u.code = 'XB0101' returning id`,
  );
  return { id: Number(r!.id), employeeNo: no, name: '区外人员' };
}

/** A session on XB01 (outside every fixture scope), inserted with SQL. */
export async function outsideSession(env: TestEnv): Promise<number> {
  const [r] = await query<{ id: number | string }>(
    env,
    sql`insert into training_sessions (unit_id, title, method, place_kind, starts_on, ends_on, credit_hours, centralized,
        audience, audience_unit_id, created_by)
      values (${env.fixture.outsideUnitId}, '区外培训', 'lecture', 'in_house', ${dayFromToday(-2)}, ${dayFromToday(-2)}, 4, true,
        'custom', ${env.fixture.outsideUnitId}, ${env.fixture.account('admin')}) returning id`,
  );
  return Number(r!.id);
}

/** A workbook with one sheet (the first row being the header). */
export async function workbook(sheetName: string, rows: CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Posts a raw file body. */
export function postFile<T>(client: Client, path: string, body: Buffer, contentType = XLSX) {
  return client.request<T>('POST', path, { body, headers: { 'content-type': contentType } });
}

export async function enrolmentsOf(client: Client, sessionId: number): Promise<Enrolment[]> {
  const res = await client.get<Enrolment[]>(`/api/training/sessions/${sessionId}/enrolments`);
  if (res.status !== 200) throw new Error(`enrolments: ${res.status}`);
  return res.body;
}

/** Counts rows of a table (md5 of its content too), to show a refused import wrote nothing. */
export async function tableState(env: TestEnv, table: 'training_enrolments' | 'online_course_hours'): Promise<string> {
  const [r] = await query<{ n: number | string; h: string }>(
    env,
    sql`select count(*) as n, md5(coalesce(string_agg(x::text, '|' order by x.id), '')) as h from ${sql.raw(table)} x`,
  );
  return `${Number(r!.n)}:${r!.h}`;
}
