import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { act, inputOf, OUTLET, raise } from '../../../../tests/helpers/concerns.ts';
import { countRows, fieldsOf, hoursAgo } from '../../../../tests/helpers/records.ts';
import type { Cockpit } from '../../../contracts/cockpit.ts';
import type { ComplianceSummary } from '../../../contracts/compliance.ts';
import type { ConcernFigures, ConcernTally } from '../../../contracts/concern-figures.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { parsePeriod } from '../../../contracts/periods.ts';
import type { ReportData, ReportJob } from '../../../contracts/reports.ts';
import type { Scheme } from '../../../contracts/schemes.ts';
import { rowsOf } from '../../db/sql.ts';

/**
 * REPORT EQUALS SCREEN: the workbook of JN and of JN01, for the current quarter and
 * year, written by the 'reports.generate' job after the test wrote a record and two
 * concerns; every figure of 概览 equals GET /api/cockpit, 单位完成情况 equals GET
 * /api/compliance/summary, 问题办理 equals GET /api/concerns/figures and 活动记录 the
 * records list, and the print page's data carries the same tables.
 */
const env = fileTestEnv();
let admin: Client;
let leader: Client;
const today = new Date().toISOString().slice(0, 10);
const YEAR = today.slice(0, 4);
const QUARTER = `${YEAR}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;

beforeAll(async () => {
  admin = await env.as('admin');
  leader = await env.as('leader');
  const counselor = await env.as('counselor');
  const db = env.database.db;
  // A record at the counselor's outlet, with two attendees present.
  const [pairing] = rowsOf<{ id: number }>(
    await db.execute(sql`select p.id from pairings p join accounts a on a.person_id = p.person_id
      where a.username = 'counselor' and p.target_unit_id = ${env.fixture.unit(OUTLET)} and p.ends_on is null limit 1`),
  );
  const staff = rowsOf<{ id: number }>(
    await db.execute(sql`select id from people where unit_id = ${env.fixture.unit(OUTLET)} order by id limit 2`),
  );
  const rec = await counselor.post('/api/records', {
    kind: 'field_stay',
    occurredAt: hoursAgo(2),
    pairingId: pairing!.id,
    mode: 'on_site',
    title: '报表测试蹲点',
    content: '晨会、大堂值守',
    attendees: staff.map((s) => ({ personId: s.id, present: true })),
  });
  expect(rec.status).toBe(201);
  const first = await raise(env, counselor);
  await raise(env, counselor, { title: '报表测试：第二条意见', category: 'staffing' });
  expect((await act(counselor, first.id, 'resolve', inputOf(env).resolve!)).status).toBe(200);
});

async function generate(c: Client, unitId: number, period: string): Promise<ReportJob> {
  const res = await c.post<{ id: number }>('/api/reports', { unitId, period });
  expect(res.status).toBe(201);
  await env.app.jobs.idle();
  const job = await c.get<ReportJob>(`/api/reports/${res.body.id}`);
  expect(job.status).toBe(200);
  return job.body;
}

async function workbookOf(c: Client, id: number): Promise<ExcelJS.Workbook> {
  const file = await c.get<Buffer>(`/api/reports/${id}/file`);
  expect(file.status).toBe(200);
  expect(file.headers.get('content-type')).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.body as unknown as ArrayBuffer);
  return wb;
}

type Cell = string | number | null;
/** A sheet's rows below the header, `width` cells each (empty cells as null). */
function sheetRows(wb: ExcelJS.Workbook, name: string, width: number): Cell[][] {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const out: Cell[][] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const v = row.values as unknown[];
    out.push(
      Array.from({ length: width }, (_, i) => (v[i + 1] === undefined || v[i + 1] === '' ? null : (v[i + 1] as Cell))),
    );
  });
  return out;
}

const tally = (t: ConcernTally) => [t.raised, t.resolved, t.open, t.overdue, t.rejected];

async function check(unitCode: string, period: string) {
  const unitId = env.fixture.unit(unitCode);
  const job = await generate(admin, unitId, period);
  expect(job.error).toBeNull();
  expect([job.status, job.done, job.total]).toEqual(['done', 9, 9]);
  expect(job.fileSize).toBeGreaterThan(0);
  const wb = await workbookOf(admin, job.id);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    '概览',
    '结对覆盖',
    '结对完成情况',
    '单位完成情况',
    '活动记录',
    '问题办理',
    '清单得分',
    '书记项目',
    '培训学时',
  ]);

  // 概览 = GET /api/cockpit, figure by figure.
  const cockpit = await admin.get<Cockpit>(`/api/cockpit?unitId=${unitId}&period=${period}`);
  expect(cockpit.status).toBe(200);
  const overview = sheetRows(wb, '概览', 7);
  expect(overview.map((r) => r[6])).toEqual(cockpit.body.figures.map((f) => f.key));
  for (const f of cockpit.body.figures) {
    const row = overview.find((r) => r[6] === f.key)!;
    expect([row[0], row[1], row[2], row[4]], f.key).toEqual([
      f.label,
      f.rate?.numerator ?? null,
      f.rate?.denominator ?? null,
      f.count,
    ]);
  }
  const fig = (key: string) => cockpit.body.figures.find((f) => f.key === key)!;

  // 单位完成情况 = GET /api/compliance/summary of each active scheme and the party orgs.
  const schemes = (await admin.get<Scheme[]>('/api/schemes')).body.filter((s) => s.active);
  const tracks = [
    ...schemes.map((s) => ({ q: `schemeId=${s.id}&`, name: s.name })),
    { q: '', name: '党组织（三会一课等）' },
  ];
  const expected: Cell[][] = [];
  for (const t of tracks) {
    const s = await admin.get<ComplianceSummary>(`/api/compliance/summary?${t.q}unitId=${unitId}&period=${period}`);
    expect(s.status).toBe(200);
    const line = (unit: string, rule: string, f: ComplianceSummary['children'][number]['rules'][number]) => [
      t.name,
      unit,
      rule,
      f.subjects,
      f.met,
      f.due,
      f.overdue,
      f.notYetDue,
      f.participation.numerator,
      f.participation.denominator,
      f.completion.numerator,
      f.completion.denominator,
      f.personTimes,
    ];
    for (const r of s.body.rules)
      expected.push(line(`${s.body.unit!.name}（合计）`, r.rule.name, { ...r, ruleId: r.rule.id }));
    for (const c of s.body.children)
      for (const r of c.rules)
        expected.push(line(c.unit.name, s.body.rules.find((x) => x.rule.id === r.ruleId)!.rule.name, r));
  }
  const units = sheetRows(wb, '单位完成情况', 15).map((r) => [...r.slice(0, 10), ...r.slice(11, 13), r[14]!]);
  expect(units).toEqual(expected);
  expect(units.length).toBeGreaterThan(0);

  // 问题办理 = GET /api/concerns/figures by tier, by category, and per child unit.
  const bounds = parsePeriod(period);
  const from = bounds.start;
  const to = new Date(Date.parse(`${bounds.end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const figures = async (id: number, dimension: string) =>
    (await admin.get<ConcernFigures>(`/api/concerns/figures?unitId=${id}&from=${from}&to=${to}&dimension=${dimension}`))
      .body;
  const byTier = await figures(unitId, 'tier');
  const byCategory = await figures(unitId, 'category');
  const concerns = sheetRows(wb, '问题办理', 9).map((r) => [r[0], r[1], ...r.slice(2, 7)]);
  const children = (await admin.get<ComplianceSummary>(`/api/compliance/summary?unitId=${unitId}&period=${period}`))
    .body.children;
  const wanted: Cell[][] = [
    ['合计', cockpit.body.unit.name, ...tally(byTier.total)],
    ...byTier.rows.map((r) => ['按层级', r.label, ...tally(r)]),
    ...byCategory.rows.map((r) => ['按类别', r.label, ...tally(r)]),
  ];
  for (const c of children) wanted.push(['按单位', c.unit.name, ...tally((await figures(c.unit.id, 'tier')).total)]);
  expect(concerns).toEqual(wanted);
  expect(byTier.total.raised).toBe(fig('concerns:raised').count);
  expect(byTier.total.raised).toBeGreaterThanOrEqual(2);

  // 活动记录: the subtree's totals = the records list's total and the cockpit's figures.
  const records = sheetRows(wb, '活动记录', 4);
  const total = records[0]!;
  const list = await admin.get<{ total: number }>(`/api/records?unitId=${unitId}&from=${from}&to=${to}&pageSize=1`);
  expect([total[2], total[3]]).toEqual([fig('records:count').count, fig('records:personTimes').count]);
  expect(total[2]).toBe(list.body.total);
  expect(total[2]).toBeGreaterThanOrEqual(1);

  // The print page's data: the same figures and summary tables.
  const data = await admin.get<ReportData>(`/api/reports/data?unitId=${unitId}&period=${period}`);
  expect(data.status).toBe(200);
  expect(data.body.figures.map((f) => [f.key, f.rate, f.count])).toEqual(
    cockpit.body.figures.map((f) => [f.key, f.rate, f.count]),
  );
  for (const t of data.body.tables) {
    const norm = (rows: Cell[][]) => rows.map((r) => r.map((c) => (c === '' ? null : c)));
    expect(sheetRows(wb, t.title, t.columns.length), t.key).toEqual(norm(t.rows));
  }
}

describe('report equals screen', () => {
  it('JN01, the current quarter', () => check('JN01', QUARTER));
  it('JN01, the year', () => check('JN01', YEAR));
  it('JN, the current quarter', () => check('JN', QUARTER));
  it('JN, the year', () => check('JN', YEAR));

  it('lists every pairing × rule of the period in 结对完成情况, as the compliance matrix does', async () => {
    const unitId = env.fixture.unit('JN01');
    const job = await generate(admin, unitId, QUARTER);
    const rows = sheetRows(await workbookOf(admin, job.id), '结对完成情况', 9);
    const schemes = (await admin.get<Scheme[]>('/api/schemes')).body.filter((s) => s.active);
    let cells = 0;
    for (const s of schemes) {
      for (let page = 1; ; page++) {
        const m = await admin.get<{ rows: { items: { cells: unknown[] }[]; total: number } }>(
          `/api/compliance/matrix?schemeId=${s.id}&unitId=${unitId}&period=${QUARTER}&page=${page}&pageSize=200`,
        );
        cells += m.body.rows.items.reduce((n, i) => n + i.cells.length, 0);
        if (page * 200 >= m.body.rows.total) break;
      }
    }
    expect(rows.length).toBe(cells);
    expect(cells).toBeGreaterThan(0);
  });
});

describe('report jobs', () => {
  it('are each account’s own: another account’s report answers 404, the list shows mine only', async () => {
    const job = await generate(admin, env.fixture.unit('JN01'), QUARTER);
    expect((await leader.get<ApiError>(`/api/reports/${job.id}`)).status).toBe(404);
    expect((await leader.get<ApiError>(`/api/reports/${job.id}/file`)).status).toBe(404);
    const mine = await leader.get<{ items: ReportJob[] }>('/api/reports');
    expect(mine.body.items.some((j) => j.id === job.id)).toBe(false);
    const adminList = await admin.get<{ items: ReportJob[] }>('/api/reports');
    expect(adminList.body.items[0]!.id).toBe(job.id);
  });

  it('answers 409 for the file until the report is done (queued, running, failed)', async () => {
    const accountId = env.fixture.account('admin');
    for (const status of ['queued', 'running', 'failed']) {
      const [row] = rowsOf<{ id: number }>(
        await env.database.db.execute(sql`insert into report_jobs (account_id, unit_id, period, status)
          values (${accountId}, ${env.fixture.unit('JN01')}, ${QUARTER}, ${status}) returning id`),
      );
      const res = await admin.get<ApiError>(`/api/reports/${Number(row!.id)}/file`);
      expect([status, res.status]).toEqual([status, 409]);
      expect(res.body.code).toBe('CONFLICT');
    }
  });

  it('refuses a unit out of scope (404) and a bad period (400 naming period), writing nothing', async () => {
    const before = await countRows(env, 'report_jobs');
    const out = await admin.post<ApiError>('/api/reports', { unitId: env.fixture.outsideUnitId, period: QUARTER });
    expect(out.status).toBe(404);
    for (const period of [`${YEAR}-H1`, `${YEAR}-Q5`, `${YEAR}-11`, 'last year']) {
      const bad = await admin.post<ApiError>('/api/reports', { unitId: env.fixture.unit('JN01'), period });
      expect(bad.status).toBe(400);
      expect(fieldsOf(bad.body).map((f) => f.field)).toEqual(['period']);
    }
    expect(await countRows(env, 'report_jobs')).toBe(before);
  });

  it('fails the job with its error text when the requester lost the unit from scope', async () => {
    const res = await leader.post<{ id: number }>('/api/reports', {
      unitId: env.fixture.unit('JN02'),
      period: QUARTER,
    });
    expect(res.status).toBe(201);
    // Not run yet in this test: mark it queued again after the inline run, with the scope cut to JN01.
    await env.app.jobs.idle();
    const db = env.database.db;
    const leaderId = env.fixture.account('leader');
    await db.execute(sql`update report_jobs set status = 'queued', file_key = null where id = ${res.body.id}`);
    await db.execute(
      sql`update account_scopes set unit_id = ${env.fixture.unit('JN01')} where account_id = ${leaderId}`,
    );
    try {
      await env.app.jobs.send('reports.generate', { id: res.body.id });
      await env.app.jobs.idle();
      const job = await leader.get<ReportJob>(`/api/reports/${res.body.id}`);
      expect(job.body.status).toBe('failed');
      expect(job.body.error).toBeTruthy();
    } finally {
      await db.execute(
        sql`update account_scopes set unit_id = ${env.fixture.unit('JN')} where account_id = ${leaderId}`,
      );
    }
  });
});
