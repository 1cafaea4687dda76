import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { seedChecklist } from '../../../../tests/helpers/checklists.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { seedCampaign } from '../../../../tests/helpers/projects.ts';
import { fieldsOf } from '../../../../tests/helpers/records.ts';
import type { Board, Ranking, UnitYear } from '../../../contracts/checklist-annual.ts';
import type { ChecklistTemplateDetail, CreateTemplateBody } from '../../../contracts/checklists.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { ProjectStatus } from '../../../contracts/projects.ts';
import {
  checklistEntries,
  checklistFindings,
  checklistInspections,
  dutyReportReviews,
  dutyReports,
} from '../../db/schema/checklists.ts';
import { rowsOf } from '../../db/sql.ts';

/**
 * The fourth part of the annual assessment: the led projects' evaluation scores of each
 * assigned unit (issue 7), weighted 50/20/10/20 against the checklist, the appraisal and
 * the duty report. Figures written out by hand; the board, a unit's year and the ranking agree.
 */
const env = fileTestEnv();
const year = new Date().getFullYear() - 1;
let admin: Client;
let c: Awaited<ReturnType<typeof seedChecklist>>;
const A = 'JN010101';
const B = 'JN010102';
const C = 'JN010103';

async function project(campaignId: number, code: string, status: ProjectStatus): Promise<number> {
  const [person] = rowsOf<{ id: number }>(
    await env.database.db.execute(sql`select id from people order by id limit 1`),
  );
  const [row] = rowsOf<{ id: number }>(
    await env.database.db.execute(sql`insert into projects
      (campaign_id, unit_id, title, problem_kind, problem, goals, plan, leader_person_id, status, created_by)
      values (${campaignId}, ${env.fixture.unit(code)}, ${`${code}一科一品`}, 'business', '难题', '目标', '方案',
        ${Number(person!.id)}, ${status}, ${env.fixture.account('admin')})
      returning id`),
  );
  return Number(row!.id);
}

/** One reviewer's sheet: a score per criterion, in the criteria's order. */
async function sheet(
  projectId: number,
  stage: 'review' | 'evaluation',
  reviewer: string,
  criteria: number[],
  scores: number[],
) {
  const [row] = rowsOf<{ id: number }>(
    await env.database.db.execute(sql`insert into project_score_sheets (project_id, stage, reviewer_id)
      values (${projectId}, ${stage}, ${env.fixture.account(reviewer)}) returning id`),
  );
  for (const [i, criterionId] of criteria.entries()) {
    await env.database.db.execute(sql`insert into project_criterion_scores (sheet_id, criterion_id, score)
      values (${Number(row!.id)}, ${criterionId}, ${scores[i]!})`);
  }
}

async function dutyReport(code: string, scores: number[]) {
  const db = env.database.db;
  const [d] = await db
    .insert(dutyReports)
    .values({
      kind: 'section',
      year,
      unitId: env.fixture.unit(code),
      assignmentId: c.assignmentIds.get(code)!,
      title: `${code}述职`,
      content: '一年来的工作',
      submittedBy: env.fixture.account('admin'),
    })
    .returning({ id: dutyReports.id });
  for (const [i, score] of scores.entries()) {
    await db.insert(dutyReportReviews).values({
      dutyReportId: d!.id,
      reviewerAccountId: env.fixture.account(['leader', 'admin', 'supervisor'][i]!),
      score,
      comment: '点评',
    });
  }
}

beforeAll(async () => {
  admin = await env.as('admin');
  const db = env.database.db;
  c = await seedChecklist(env, {
    unitCode: 'JN01',
    year,
    items: [
      { title: '落实三会一课', weight: 60 },
      { title: '开展主题党日', weight: 40 },
    ],
    assignTo: [A, B, C],
    weights: { checklist: 50, appraisal: 20, dutyReport: 10, project: 20 },
  });
  // Checklist: A registered (60) + found partly (50 % of 40 = 20) → 80 %; B registered (60) → 60 %; C nothing → 0 %.
  const entry = (code: string, item: number) =>
    db.insert(checklistEntries).values({
      assignmentId: c.assignmentIds.get(code)!,
      itemId: c.itemIds[item]!,
      completedOn: `${year}-05-01`,
      evidence: '登记',
      registeredBy: env.fixture.account('admin'),
    });
  await entry(A, 0);
  await entry(B, 0);
  const [insp] = await db
    .insert(checklistInspections)
    .values({
      assignmentId: c.assignmentIds.get(A)!,
      quarter: 4,
      inspectedOn: `${year}-12-20`,
      inspectors: '检查组',
      createdBy: env.fixture.account('admin'),
    })
    .returning();
  await db.insert(checklistFindings).values({ inspectionId: insp!.id, itemId: c.itemIds[1]!, finding: 'partly' });
  // Appraisals: A (3·100 + 80 + 60)/5 = 88; B (2·100 + 2·80 + 0)/5 = 72; C 5·80/5 = 80.
  const put = (code: string, t: object) => admin.put(`/api/checklist-appraisals/${c.assignmentIds.get(code)}`, t);
  expect((await put(A, { excellent: 3, good: 1, fair: 1, poor: 0 })).status).toBe(200);
  expect((await put(B, { excellent: 2, good: 2, fair: 0, poor: 1 })).status).toBe(200);
  expect((await put(C, { excellent: 0, good: 5, fair: 0, poor: 0 })).status).toBe(200);
  // Duty reports: A (80 + 90)/2 = 85; B 90; C none.
  await dutyReport(A, [80, 90]);
  await dutyReport(B, [90]);

  // Led projects (一科一品) of the template's year; evaluation criteria 50/30/20.
  const brand = await seedCampaign(env, {
    organizerOrgCode: 'DW-JN01',
    kind: 'section_brand',
    year,
    eligibleUnitCode: 'JN01',
    proposerKinds: ['outlet'],
    phase: 'evaluation',
  });
  const ev = brand.evaluation;
  // A, project 1: (80·50 + 90·30 + 80·20)/100 = 40 + 27 + 16 = 83 and (90·50 + 70·30 + 80·20)/100 = 45 + 21 + 16 = 82 → 82.5.
  const a1 = await project(brand.campaignId, A, 'approved');
  await sheet(a1, 'evaluation', 'admin', ev, [80, 90, 80]);
  await sheet(a1, 'evaluation', 'supervisor', ev, [90, 70, 80]);
  // A, project 2: 70 on every criterion → 70. A's project score (82.5 + 70)/2 = 76.25.
  const a2 = await project(brand.campaignId, A, 'approved');
  await sheet(a2, 'evaluation', 'leader', ev, [70, 70, 70]);
  // Ignored: approved but not evaluated; only a review-stage sheet; rejected although scored.
  await project(brand.campaignId, A, 'approved');
  const reviewedOnly = await project(brand.campaignId, A, 'approved');
  await sheet(reviewedOnly, 'review', 'admin', brand.review, [100, 100]);
  const rejected = await project(brand.campaignId, A, 'rejected');
  await sheet(rejected, 'evaluation', 'admin', ev, [100, 100, 100]);
  // B: (60·50 + 80·30 + 100·20)/100 = 30 + 24 + 20 = 74.
  const b1 = await project(brand.campaignId, B, 'approved');
  await sheet(b1, 'evaluation', 'admin', ev, [60, 80, 100]);
  // Ignored: B's project in a campaign of the year before; C has none at all.
  const earlier = await seedCampaign(env, {
    organizerOrgCode: 'DW-JN01',
    kind: 'section_brand',
    year: year - 1,
    eligibleUnitCode: 'JN01',
    proposerKinds: ['outlet'],
    phase: 'closed',
  });
  const b0 = await project(earlier.campaignId, B, 'approved');
  await sheet(b0, 'evaluation', 'admin', earlier.evaluation, [100, 100, 100]);
});

describe('the led projects in the annual assessment', () => {
  const projectScores: Record<string, number | null> = { [A]: 76.25, [B]: 74, [C]: null };
  const totals: Record<string, number> = {
    [A]: 81.35, // 80·0.5 + 88·0.2 + 85·0.1 + 76.25·0.2 = 40 + 17.6 + 8.5 + 15.25 = 81.35
    [B]: 68.2, // 60·0.5 + 72·0.2 + 90·0.1 + 74·0.2 = 30 + 14.4 + 9 + 14.8
    [C]: 16, // 0·0.5 + 80·0.2 + missing + missing
  };

  it('ranks by the four weighted parts; a unit without an evaluated project shows the part missing', async () => {
    const res = await admin.get<Ranking>(`/api/checklist-templates/${c.templateId}/ranking`);
    expect(res.status).toBe(200);
    expect(res.body.weights).toEqual({ checklist: 50, appraisal: 20, dutyReport: 10, project: 20 });
    expect(
      res.body.rows.map((r) => [
        r.assignment.unit.id,
        r.checklistPct,
        r.appraisalScore,
        r.dutyReportScore,
        r.projectScore,
        r.total,
        r.rank,
      ]),
    ).toEqual([
      [env.fixture.unit(A), 80, 88, 85, projectScores[A], totals[A], 1],
      [env.fixture.unit(B), 60, 72, 90, projectScores[B], totals[B], 2],
      [env.fixture.unit(C), 0, 80, null, null, totals[C], 3],
    ]);
  });

  it("a unit's year and the board agree with the ranking", async () => {
    for (const code of [A, B, C]) {
      const res = await admin.get<UnitYear>(`/api/checklist-assignments/${c.assignmentIds.get(code)}/year`);
      expect(res.status).toBe(200);
      expect(res.body.score).toMatchObject({
        projectScore: projectScores[code],
        total: totals[code],
        weights: { checklist: 50, appraisal: 20, dutyReport: 10, project: 20 },
      });
    }
    const board = await admin.get<Board>(`/api/checklist-templates/${c.templateId}/board`);
    expect(board.status).toBe(200);
    expect(board.body.rows.map((r) => r.pct)).toEqual([80, 60, 0]);
  });

  it('exports the ranking with the led projects column', async () => {
    const res = await admin.get(`/api/checklist-templates/${c.templateId}/ranking/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('takes a led project weight on a template; weights that do not add up to 100 name the field', async () => {
    const body = (w: Partial<CreateTemplateBody>): CreateTemplateBody => ({
      unitId: env.fixture.unit('JN01'),
      year,
      name: `清单${Math.random().toString(36).slice(2, 8)}`,
      areas: [
        {
          title: '组织建设',
          items: [{ title: '三会一课', responsibleRole: 'counselor', cadence: 'monthly', weight: 10 }],
        },
      ],
      ...w,
    });
    const ok = await admin.post<ChecklistTemplateDetail>(
      '/api/checklist-templates',
      body({ checklistWeightPct: 50, appraisalWeightPct: 20, dutyReportWeightPct: 10, projectWeightPct: 20 }),
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({ checklistWeightPct: 50, dutyReportWeightPct: 10, projectWeightPct: 20 });
    // 60/20/20 plus 10 for the projects is 110.
    const over = await admin.post<ApiError>('/api/checklist-templates', body({ projectWeightPct: 10 }));
    expect(over.status).toBe(400);
    expect(fieldsOf(over.body).map((f) => f.field)).toEqual(['checklistWeightPct']);
    const put = await admin.put<ApiError>(`/api/checklist-templates/${ok.body.id}`, {
      ...body({ checklistWeightPct: 50, appraisalWeightPct: 20, dutyReportWeightPct: 10, projectWeightPct: 30 }),
      unitId: undefined,
      year: undefined,
      version: ok.body.version,
    });
    expect(put.status).toBe(400);
    expect(fieldsOf(put.body).map((f) => f.field)).toEqual(['checklistWeightPct']);
  });
});
