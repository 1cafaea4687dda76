import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { addPerson } from '../../../../tests/helpers/pairings.ts';
import type { ConcernDimension, ConcernFigures, ConcernTally } from '../../../contracts/concern-figures.ts';
import type { ConcernPage } from '../../../contracts/concerns.ts';

/**
 * 跟踪问效 figures against a dataset built by hand, with every expected number
 * counted by hand below: seven concerns raised in the first half of 2026 under
 * 云阳市分行 (JN02), one raised before the period and one in another city.
 * Then every figure opens a list whose total is that figure.
 */
const env = fileTestEnv();
let admin: Client;
const FROM = '2026-01-01';
const TO = '2026-06-30';
const ids = { A: 0, B: 0, D: 0, E: 0, P1: 0, P2: 0 };

interface Spec {
  kind: 'problem' | 'suggestion';
  category: string;
  tier: number;
  state: string;
  dept: 'D' | 'E' | null;
  counselor: 'P1' | 'P2' | null;
  outlet: 'A' | 'B' | 'X';
  raised: string;
  resolvedDays?: number;
  due?: string | null;
}

const DATA: Spec[] = [
  {
    kind: 'problem',
    category: 'facilities',
    tier: 1,
    state: 'closed',
    dept: null,
    counselor: 'P1',
    outlet: 'A',
    raised: '2026-01-10',
    resolvedDays: 2,
  },
  {
    kind: 'suggestion',
    category: 'business_development',
    tier: 1,
    state: 'resolved',
    dept: null,
    counselor: 'P1',
    outlet: 'A',
    raised: '2026-02-01',
    resolvedDays: 4,
  },
  {
    kind: 'problem',
    category: 'staffing',
    tier: 2,
    state: 'in_progress',
    dept: 'D',
    counselor: 'P1',
    outlet: 'B',
    raised: '2026-03-01',
    due: '2026-03-31',
  },
  {
    kind: 'suggestion',
    category: 'staffing',
    tier: 2,
    state: 'accepted',
    dept: 'D',
    counselor: 'P2',
    outlet: 'B',
    raised: '2026-06-20',
    due: '2099-01-01',
  },
  {
    kind: 'problem',
    category: 'facilities',
    tier: 2,
    state: 'closed',
    dept: 'E',
    counselor: 'P2',
    outlet: 'B',
    raised: '2026-04-01',
    resolvedDays: 10,
  },
  {
    kind: 'problem',
    category: 'other',
    tier: 1,
    state: 'rejected',
    dept: null,
    counselor: 'P2',
    outlet: 'A',
    raised: '2026-05-01',
  },
  {
    kind: 'suggestion',
    category: 'party_building',
    tier: 3,
    state: 'on_agenda',
    dept: 'D',
    counselor: null,
    outlet: 'A',
    raised: '2026-06-30',
    due: null,
  },
  // Outside the period (the evening before it, Beijing time) and outside the subtree.
  {
    kind: 'problem',
    category: 'facilities',
    tier: 1,
    state: 'closed',
    dept: null,
    counselor: 'P1',
    outlet: 'A',
    raised: '2025-12-31',
    resolvedDays: 1,
  },
  {
    kind: 'problem',
    category: 'facilities',
    tier: 1,
    state: 'closed',
    dept: null,
    counselor: 'P1',
    outlet: 'X',
    raised: '2026-03-03',
    resolvedDays: 1,
  },
];

beforeAll(async () => {
  admin = await env.as('admin');
  const db = env.database.db;
  Object.assign(ids, {
    A: env.fixture.unit('JN020101'),
    B: env.fixture.unit('JN020201'),
    D: env.fixture.unit('JN02B02'),
    E: env.fixture.unit('JN02B01'),
    P1: await addPerson(db, { employeeNo: 'FG-P1', name: '图表辅导员甲', unitId: env.fixture.unit('JN02') }),
    P2: await addPerson(db, { employeeNo: 'FG-P2', name: '图表辅导员乙', unitId: env.fixture.unit('JN02') }),
  });
  const raiser = env.fixture.account('admin');
  for (const [i, d] of DATA.entries()) {
    const unit = d.outlet === 'X' ? env.fixture.unit('JN010102') : ids[d.outlet];
    // 21:00 Beijing time: late in the local day, early in UTC, so a period cut in UTC would misplace it.
    const raisedAt = `${d.raised}T21:00:00+08:00`;
    const resolvedAt =
      d.resolvedDays === undefined ? null : new Date(Date.parse(raisedAt) + d.resolvedDays * 86_400_000).toISOString();
    await db.execute(sql`insert into concerns
      (kind, category, title, description, unit_id, raised_by_account_id, counselor_person_id, tier, state,
       department_unit_id, due_on, raised_at, resolved_at)
      values (${d.kind}, ${d.category}, ${`图表意见${i + 1}`}, '手工数据', ${unit}, ${raiser},
        ${d.counselor ? ids[d.counselor] : null}, ${d.tier}, ${d.state}, ${d.dept ? ids[d.dept] : null},
        ${d.due ?? null}, ${raisedAt}, ${resolvedAt})`);
  }
});

const figures = async (dimension: ConcernDimension) => {
  const res = await admin.get<ConcernFigures>(
    `/api/concerns/figures?unitId=${env.fixture.unit('JN02')}&from=${FROM}&to=${TO}&dimension=${dimension}`,
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const pick = (t: ConcernTally) => [t.raised, t.resolved, t.open, t.overdue, t.rejected, t.medianDaysToResolve];

describe('figures for a subtree and a period', () => {
  it('totals: raised, resolved, rate, open, overdue, median days, suggestions and problems solved', async () => {
    const f = await figures('tier');
    // Raised 1–7; resolved 1, 2, 5 (2, 4 and 10 days: median 4); open 3, 4, 7; overdue 3; rejected 6.
    expect(pick(f.total)).toEqual([7, 3, 3, 1, 1, 4]);
    expect(f.total.resolutionRate).toBeCloseTo(3 / 7, 10);
    // Suggestions 2, 4, 7; problems solved 1, 5; counselors credited: 甲 and 乙.
    expect([f.total.suggestionsRaised, f.total.problemsSolved, f.counselorsActive]).toEqual([3, 2, 2]);
  });

  it('by tier, department, counselor, outlet and category', async () => {
    const rows = async (d: ConcernDimension) =>
      Object.fromEntries((await figures(d)).rows.map((r) => [String(r.key), pick(r)]));
    expect(await rows('tier')).toEqual({
      '1': [3, 2, 0, 0, 1, 3],
      '2': [3, 1, 2, 1, 0, 10],
      '3': [1, 0, 1, 0, 0, null],
    });
    expect(await rows('department')).toEqual({
      '0': [3, 2, 0, 0, 1, 3],
      [ids.D]: [3, 0, 3, 1, 0, null],
      [ids.E]: [1, 1, 0, 0, 0, 10],
    });
    expect(await rows('counselor')).toEqual({
      [ids.P1]: [3, 2, 1, 1, 0, 3],
      [ids.P2]: [3, 1, 1, 0, 1, 10],
      '0': [1, 0, 1, 0, 0, null],
    });
    expect(await rows('outlet')).toEqual({
      [ids.A]: [4, 2, 1, 0, 1, 3],
      [ids.B]: [3, 1, 2, 1, 0, 10],
    });
    const byCategory = await rows('category');
    expect(byCategory.facilities).toEqual([2, 2, 0, 0, 0, 6]);
    expect(byCategory.staffing).toEqual([2, 0, 2, 1, 0, null]);
    const counselors = (await figures('counselor')).rows;
    const p1 = counselors.find((r) => r.key === ids.P1)!;
    expect([p1.label, p1.suggestionsRaised, p1.problemsSolved]).toEqual(['图表辅导员甲', 1, 1]);
  });

  it('every figure opens the list it counts', async () => {
    const filterOf: Record<ConcernDimension, string> = {
      tier: 'tier',
      category: 'category',
      department: 'departmentId',
      counselor: 'counselorId',
      outlet: 'outletId',
    };
    for (const dimension of ['tier', 'category', 'department', 'counselor', 'outlet'] as const) {
      const f = await figures(dimension);
      for (const row of [...f.rows, { key: null, ...f.total }]) {
        for (const status of ['raised', 'resolved', 'open', 'overdue', 'rejected'] as const) {
          const extra = row.key === null ? '' : `&${filterOf[dimension]}=${row.key}`;
          const list = await admin.get<ConcernPage>(
            `/api/concerns?unitId=${env.fixture.unit('JN02')}&from=${FROM}&to=${TO}&status=${status}${extra}`,
          );
          expect(list.body.total, `${dimension} ${row.key} ${status}`).toBe(row[status]);
        }
      }
    }
  });
});

/** A sheet's rows as plain values (first column first). */
async function sheetRows(file: Buffer, index: number): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  wb.worksheets[index]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('quarterly progress report (xlsx)', () => {
  it("per department: Q1 2026 under 云阳 holds concerns 1–3, with the figures' definitions", async () => {
    const res = await admin.get<Buffer>(
      `/api/concerns/report.xlsx?unitId=${env.fixture.unit('JN02')}&year=2026&quarter=1&by=department`,
    );
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain('意见建议季度进展-2026Q1');
    const summary = await sheetRows(res.body, 0);
    // Header rows, then: not routed (1 and 2, both resolved, 2 and 4 days), the department (3, overdue), the total.
    expect(summary.slice(2)).toEqual([
      ['未转部门', 2, 2, '2/2 = 100.00%', 0, 0, 0, 3],
      ['云阳市分行运营管理部', 1, 0, '0/1 = 0.00%', 1, 1, 0, ''],
      ['合计', 3, 2, '2/3 = 66.67%', 1, 1, 0, 3],
    ]);
    const detail = await sheetRows(res.body, 1);
    expect(detail.slice(1).map((r) => r[1])).toEqual(['图表意见1', '图表意见2', '图表意见3']);
    expect(detail.slice(1).map((r) => r[9])).toEqual(['', '', '是']);
  });

  it('per city branch: the same quarter in one row for 云阳市分行', async () => {
    const res = await admin.get<Buffer>(
      `/api/concerns/report.xlsx?unitId=${env.fixture.unit('JN02')}&year=2026&quarter=1&by=city`,
    );
    const summary = await sheetRows(res.body, 0);
    expect(summary.slice(2).map((r) => r.slice(0, 3))).toEqual([
      ['云阳市分行', 3, 2],
      ['合计', 3, 2],
    ]);
  });
});
