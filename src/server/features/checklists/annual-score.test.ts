import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { seedChecklist } from '../../../../tests/helpers/checklists.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import type { Board, DutyReport, Ranking, UnitYear } from '../../../contracts/checklist-annual.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import {
  checklistEntries,
  checklistFindings,
  checklistInspections,
  dutyReportReviews,
} from '../../db/schema/checklists.ts';

/**
 * The annual assessment against a hand-built checklist of last year (every period over):
 * four items weighing 40/30/20/10, three outlets; the board, a unit's year and the ranking agree.
 */
const env = fileTestEnv();
const year = new Date().getFullYear() - 1;
let admin: Client;
let leader: Client;
let secretary: Client;
let c: Awaited<ReturnType<typeof seedChecklist>>;
const A = 'JN010101';
const B = 'JN010102';
const C = 'JN010103';
const close = (x: number) => Math.round(x * 100) / 100;

async function entry(code: string, item: number, completedOn: string, quantity: number | null = null) {
  await env.database.db.insert(checklistEntries).values({
    assignmentId: c.assignmentIds.get(code)!,
    itemId: c.itemIds[item]!,
    completedOn,
    evidence: '登记',
    quantity,
    registeredBy: env.fixture.account('admin'),
  });
}
async function finding(code: string, item: number, quarter: number, value: 'done' | 'partly' | 'not_done') {
  const db = env.database.db;
  const assignmentId = c.assignmentIds.get(code)!;
  let [insp] = await db
    .insert(checklistInspections)
    .values({
      assignmentId,
      quarter,
      inspectedOn: `${year}-${String(quarter * 3).padStart(2, '0')}-20`,
      inspectors: '检查组',
      createdBy: env.fixture.account('admin'),
    })
    .onConflictDoNothing()
    .returning();
  if (!insp) {
    const all = await db.select().from(checklistInspections);
    insp = all.find((i) => i.assignmentId === assignmentId && i.quarter === quarter)!;
  }
  await db.insert(checklistFindings).values({ inspectionId: insp.id, itemId: c.itemIds[item]!, finding: value });
}
async function dutyReport(code: string, scores: number[]) {
  const created = await admin.post<DutyReport>('/api/duty-reports', {
    kind: 'section',
    assignmentId: c.assignmentIds.get(code)!,
    title: `${code}述职`,
    content: '一年来的工作',
  });
  expect(created.status).toBe(201);
  // Reviews by distinct reviewers: the leader and the admin through the API, others directly.
  const [first, ...rest] = scores;
  expect(
    (await leader.post(`/api/duty-reports/${created.body.id}/reviews`, { score: first, comment: '好' })).status,
  ).toBe(200);
  for (const [i, score] of rest.entries()) {
    await env.database.db.insert(dutyReportReviews).values({
      dutyReportId: created.body.id,
      reviewerAccountId: env.fixture.account(['admin', 'supervisor', 'counselor'][i]!),
      score,
      comment: '点评',
    });
  }
}

beforeAll(async () => {
  admin = await env.as('admin');
  leader = await env.as('leader');
  secretary = await env.as('secretary');
  c = await seedChecklist(env, {
    unitCode: 'JN01',
    year,
    items: [
      { area: '组织建设', title: '落实三会一课', weight: 40 },
      { area: '组织建设', title: '开展主题党日', weight: 30 },
      { area: '作风建设', title: '开展志愿服务', weight: 20, targetValue: 10, targetUnit: 'times' },
      { area: '作风建设', title: '廉洁从业教育', weight: 10, deadline: `${year}-06-30` },
    ],
    assignTo: [A, B, C],
  });
  // A: done by inspection (40), partly found (50 % of 30 = 15), 7 of 10 (0.7 × 20 = 14), nothing (0) → 69.
  await finding(A, 0, 2, 'done');
  await finding(A, 1, 3, 'partly');
  await entry(A, 2, `${year}-03-01`, 3);
  await entry(A, 2, `${year}-09-01`, 4);
  await entry(A, 2, `${year - 1}-12-01`, 5); // the year before: not counted
  // B: registered (40), found not done although registered (0), 15 of 10 (20), registered (10) → 70.
  await entry(B, 0, `${year}-05-01`);
  await entry(B, 1, `${year}-05-01`);
  await finding(B, 1, 4, 'not_done');
  await entry(B, 2, `${year}-04-01`, 10);
  await entry(B, 2, `${year}-08-01`, 5);
  await entry(B, 3, `${year}-06-01`);
  // C: the latest finding wins (Q1 partly, Q4 done → 40), registered (30), 5 of 10 (10), nothing → 80.
  await finding(C, 0, 1, 'partly');
  await finding(C, 0, 4, 'done');
  await entry(C, 1, `${year}-02-01`);
  await entry(C, 2, `${year}-02-01`, 5);
  // Appraisals: A (3·100 + 80 + 60)/5 = 88; B (2·100 + 2·80 + 0)/5 = 72; C 5·80/5 = 80.
  const put = (code: string, t: object) => admin.put(`/api/checklist-appraisals/${c.assignmentIds.get(code)}`, t);
  expect((await put(A, { excellent: 3, good: 1, fair: 1, poor: 0 })).status).toBe(200);
  expect((await put(B, { excellent: 2, good: 2, fair: 0, poor: 1 })).status).toBe(200);
  expect((await put(C, { excellent: 0, good: 5, fair: 0, poor: 0 })).status).toBe(200);
  // Duty reports: A (80 + 90)/2 = 85; B (90 + 80)/2 = 85; C 60.
  await dutyReport(A, [80, 90]);
  await dutyReport(B, [90, 80]);
  await dutyReport(C, [60]);
});

describe('the annual assessment', () => {
  const totals: Record<string, number> = {
    [A]: close(69 * 0.6 + 88 * 0.2 + 85 * 0.2), // 76
    [B]: close(70 * 0.6 + 72 * 0.2 + 85 * 0.2), // 73.4
    [C]: close(80 * 0.6 + 80 * 0.2 + 60 * 0.2), // 76
  };

  it('scores each unit item by item on the board', async () => {
    const res = await admin.get<Board>(`/api/checklist-templates/${c.templateId}/board`);
    expect(res.status).toBe(200);
    const rowOf = (code: string) => res.body.rows.find((r) => r.assignment.id === c.assignmentIds.get(code))!;
    expect(rowOf(A).cells.map((x) => [x.state, x.achievement])).toEqual([
      ['done', 1],
      ['partly', 0.5],
      ['partly', 0.7],
      ['overdue', 0],
    ]);
    expect(rowOf(A).cells[2]!.measured).toBe(7);
    expect([rowOf(A).points, rowOf(A).pct]).toEqual([40 + 15 + 14 + 0, 69]);
    expect(rowOf(B).cells.map((x) => x.state)).toEqual(['done', 'overdue', 'done', 'done']);
    expect([rowOf(B).points, rowOf(B).pct]).toEqual([40 + 0 + 20 + 10, 70]);
    expect([rowOf(C).points, rowOf(C).pct]).toEqual([40 + 30 + 10 + 0, 80]);
    expect(res.body.totals.map((t) => t.done)).toEqual([3, 1, 1, 1]);
    expect(res.body.areas.map((a) => a.title)).toEqual(['组织建设', '作风建设']);
  });

  it('ranks by the weighted total; equal totals share a rank', async () => {
    const res = await admin.get<Ranking>(`/api/checklist-templates/${c.templateId}/ranking`);
    expect(res.status).toBe(200);
    expect(res.body.weights).toEqual({ checklist: 60, appraisal: 20, dutyReport: 20, project: 0 });
    const byId = new Map(res.body.rows.map((r) => [r.assignment.id, r]));
    for (const code of [A, B, C]) {
      const row = byId.get(c.assignmentIds.get(code)!)!;
      expect(row.total).toBe(totals[code]);
    }
    expect(byId.get(c.assignmentIds.get(A)!)).toMatchObject({
      appraisalScore: 88,
      dutyReportScore: 85,
      projectScore: null,
      rank: 1,
    });
    expect(byId.get(c.assignmentIds.get(C)!)).toMatchObject({ appraisalScore: 80, dutyReportScore: 60, rank: 1 });
    expect(byId.get(c.assignmentIds.get(B)!)).toMatchObject({ appraisalScore: 72, dutyReportScore: 85, rank: 3 });
    expect(res.body.rows.map((r) => r.rank)).toEqual([1, 1, 3]);
  });

  it("a unit's year agrees with the board and the ranking", async () => {
    const res = await admin.get<UnitYear>(`/api/checklist-assignments/${c.assignmentIds.get(A)}/year`);
    expect(res.status).toBe(200);
    expect(res.body.score).toMatchObject({
      points: 69,
      maxPoints: 100,
      pct: 69,
      appraisalScore: 88,
      dutyReportScore: 85,
      total: totals[A],
    });
    expect(res.body.items.map((i) => i.state)).toEqual(['done', 'partly', 'partly', 'overdue']);
    expect(res.body.items[2]!.entries).toHaveLength(2);
    expect(res.body.inspections.map((i) => [i.quarter, i.done, i.partly, i.notDone])).toEqual([
      [2, 1, 0, 0],
      [3, 0, 1, 0],
    ]);
    expect(res.body.appraisal).toMatchObject({ excellent: 3, score: 88 });
    expect(res.body.dutyReport).toMatchObject({ averageScore: 85, reviewCount: 2 });
  });

  it('shows the secretary only his own outlet, on the board and in the ranking', async () => {
    const board = await secretary.get<Board>(`/api/checklist-templates/${c.templateId}/board`);
    expect(board.body.rows.map((r) => r.assignment.id)).toEqual([c.assignmentIds.get(A)]);
    const other = await secretary.get(`/api/checklist-assignments/${c.assignmentIds.get(B)}/year`);
    expect(other.status).toBe(404);
  });

  it('exports the board and the ranking as xlsx', async () => {
    for (const path of ['board', 'ranking']) {
      const res = await admin.get(`/api/checklist-templates/${c.templateId}/${path}/export`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
    }
  });

  it('appraisal: a second entry without the version is refused, a stale version too', async () => {
    const url = `/api/checklist-appraisals/${c.assignmentIds.get(A)}`;
    const again = await admin.put<ApiError>(url, { excellent: 1, good: 0, fair: 0, poor: 0 });
    expect(again.status).toBe(409);
    const stale = await admin.put<ApiError>(url, { excellent: 1, good: 0, fair: 0, poor: 0, version: 99 });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
    const none = await admin.put<ApiError>(url, { excellent: 0, good: 0, fair: 0, poor: 0, version: 1 });
    expect(none.status).toBe(400);
  });
});
