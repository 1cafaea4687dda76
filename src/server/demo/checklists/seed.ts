import { sql } from 'drizzle-orm';
import { SEED_001_NAME, SEED_001_TEMPLATE } from '../../../contracts/checklist-presets.ts';
import type { Db } from '../../db/client.ts';
import {
  checklistAccountabilities,
  checklistAppraisals,
  checklistAreas,
  checklistAssignments,
  checklistEntries,
  checklistFindings,
  checklistInspections,
  checklistItems,
  checklistMonthlyReports,
  checklistTemplates,
  dutyReportReviews,
  dutyReports,
} from '../../db/schema/checklists.ts';
import { rowsOf } from '../../db/sql.ts';
import type { Rng } from '../prng.ts';
import { type DemoItem, planUnitYear } from './plan.ts';
import { DUTY_REPORT_TEXT, EVIDENCE, MONTHLY_TEXT, REVIEW_COMMENTS } from './text.ts';

/**
 * The checklists of the demo (seed 001's shape): the province's checklist of last
 * year, finished — register, monthly reports, four inspections, appraisal, duty
 * reports with reviews, accountability — and this year's copy in progress, applied
 * to the provincial departments; and a city checklist of this year on Qingzhou's
 * departments, so the demo counselor has items to register.
 */
export interface ChecklistSeedInput {
  accountIds: ReadonlyMap<string, number>;
  rng: Rng;
  /** Today, YYYY-MM-DD. */
  today: string;
}

interface Unit {
  id: number;
  code: string;
  head: number | null;
}

export async function seedChecklists(
  db: Db,
  input: ChecklistSeedInput,
): Promise<{ templates: number; entries: number }> {
  const year = Number(input.today.slice(0, 4));
  const admin = input.accountIds.get('admin')!;
  const [province] = rowsOf<{ id: number }>(await db.execute(sql`select id from units where code = 'JN'`));
  const [city] = rowsOf<{ id: number }>(await db.execute(sql`select id from units where code = 'JN01'`));
  const supervisors = rowsOf<{ person_id: number }>(
    await db.execute(sql`select c.person_id from party_org_committee c join party_orgs o on o.id = c.party_org_id
      where o.unit_id = ${province!.id} and c.ended_on is null order by c.id`),
  ).map((r) => Number(r.person_id));
  let entries = 0;
  let templates = 0;
  const run = async (ownerId: number, parentCode: string, y: number, copiedFrom: number | null) => {
    const units = await departmentsUnder(db, parentCode);
    const t = await writeTemplate(db, { ownerId, year: y, admin, copiedFrom });
    templates++;
    const assignments = await writeAssignments(db, t.id, units, supervisors);
    for (const [i, unit] of units.entries()) {
      const rng = input.rng.fork(`checklist-${y}-${unit.code}`);
      const zeal = 0.45 + rng.next() * 0.5;
      const planned = planUnitYear({
        rng,
        zeal,
        year: y,
        today: input.today,
        items: t.items,
        evidence: (k) => EVIDENCE[k % EVIDENCE.length]!,
      });
      entries += await writeUnitYear(db, { assignmentId: assignments[i]!, unit, admin, planned, year: y });
    }
    return { templateId: t.id, assignments, units };
  };

  const last = await run(province!.id, 'JN', year - 1, null);
  await writeClosingOfYear(db, { ...last, year: year - 1, input, admin });
  await run(province!.id, 'JN', year, last.templateId);
  await run(city!.id, 'JN01', year, null);
  await writeSecretaryReports(db, { year: year - 1, input, admin });
  return { templates, entries };
}

/** The departments directly under a branch, with the most senior person of each as its head. */
async function departmentsUnder(db: Db, parentCode: string): Promise<Unit[]> {
  const rows = rowsOf<{ id: number; code: string; head: number | null }>(
    await db.execute(sql`
      select u.id, u.code,
        (select p.id from people p where p.unit_id = u.id and p.employment_status = 'active'
          order by case p.cadre_grade when 'senior' then 0 when 'mid' then 1 else 2 end, p.employee_no limit 1) as head
      from units u join units parent on parent.id = u.parent_id
      where parent.code = ${parentCode} and u.kind = 'department' and u.active
      order by u.code`),
  );
  return rows.map((r) => ({ id: Number(r.id), code: r.code, head: r.head === null ? null : Number(r.head) }));
}

async function writeTemplate(
  db: Db,
  v: { ownerId: number; year: number; admin: number; copiedFrom: number | null },
): Promise<{ id: number; items: DemoItem[] }> {
  const [t] = await db
    .insert(checklistTemplates)
    .values({
      unitId: v.ownerId,
      year: v.year,
      name: SEED_001_NAME,
      partialCreditPct: SEED_001_TEMPLATE.partialCreditPct,
      checklistWeightPct: SEED_001_TEMPLATE.checklistWeightPct,
      appraisalWeightPct: SEED_001_TEMPLATE.appraisalWeightPct,
      dutyReportWeightPct: SEED_001_TEMPLATE.dutyReportWeightPct,
      copiedFromId: v.copiedFrom,
      createdBy: v.admin,
    })
    .returning({ id: checklistTemplates.id });
  const items: DemoItem[] = [];
  let ordinal = 0;
  for (const [a, area] of SEED_001_TEMPLATE.areas.entries()) {
    const [row] = await db
      .insert(checklistAreas)
      .values({ templateId: t!.id, ordinal: a + 1, title: area.title })
      .returning({ id: checklistAreas.id });
    const inserted = await db
      .insert(checklistItems)
      .values(
        area.items.map((item) => ({
          templateId: t!.id,
          areaId: row!.id,
          ordinal: ++ordinal,
          title: item.title,
          responsibleRole: item.responsibleRole,
          assessmentContent: item.assessmentContent ?? null,
          deadline: item.deadline ? `${v.year}-${item.deadline.slice(-5)}` : null,
          cadence: item.cadence ?? null,
          weight: item.weight,
          targetValue: item.targetValue ?? null,
          targetUnit: item.targetUnit ?? null,
          measure: item.measure,
          measureKind: item.measureKind ?? null,
        })),
      )
      .returning({
        id: checklistItems.id,
        cadence: checklistItems.cadence,
        deadline: checklistItems.deadline,
        targetValue: checklistItems.targetValue,
        measure: checklistItems.measure,
      });
    items.push(...inserted);
  }
  return { id: t!.id, items };
}

async function writeAssignments(db: Db, templateId: number, units: Unit[], supervisors: number[]): Promise<number[]> {
  if (units.length === 0) return [];
  const rows = await db
    .insert(checklistAssignments)
    .values(
      units.map((u, i) => ({
        templateId,
        unitId: u.id,
        supervisorPersonId: supervisors.length ? supervisors[i % supervisors.length]! : null,
        counselorPersonId: u.head,
      })),
    )
    .returning({ id: checklistAssignments.id });
  return rows.map((r) => r.id);
}

async function writeUnitYear(
  db: Db,
  v: { assignmentId: number; unit: Unit; admin: number; planned: ReturnType<typeof planUnitYear>; year: number },
): Promise<number> {
  const { planned, assignmentId, admin } = v;
  if (planned.entries.length) {
    await db.insert(checklistEntries).values(
      planned.entries.map((e) => ({
        assignmentId,
        itemId: e.itemId,
        completedOn: e.completedOn,
        evidence: e.evidence,
        quantity: e.quantity,
        registeredBy: admin,
        createdAt: new Date(`${e.completedOn}T10:00:00+08:00`),
      })),
    );
  }
  if (planned.reports.length) {
    await db.insert(checklistMonthlyReports).values(
      planned.reports.map((r, i) => ({
        assignmentId,
        month: r.month,
        partyWork: MONTHLY_TEXT.partyWork[i % MONTHLY_TEXT.partyWork.length]!,
        keyBusiness: MONTHLY_TEXT.keyBusiness[i % MONTHLY_TEXT.keyBusiness.length]!,
        problems: i % 3 === 0 ? MONTHLY_TEXT.problems[i % MONTHLY_TEXT.problems.length]! : null,
        nextPlan: MONTHLY_TEXT.nextPlan[i % MONTHLY_TEXT.nextPlan.length]!,
        submittedBy: admin,
        submittedAt: new Date(`${r.month}-28T17:00:00+08:00`),
        comment: r.commented ? MONTHLY_TEXT.comments[i % MONTHLY_TEXT.comments.length]! : null,
        commentedBy: r.commented ? admin : null,
        commentedAt: r.commented ? new Date(`${r.month}-28T20:00:00+08:00`) : null,
      })),
    );
  }
  for (const inspection of planned.inspections) {
    const [row] = await db
      .insert(checklistInspections)
      .values({
        assignmentId,
        quarter: inspection.quarter,
        inspectedOn: inspection.inspectedOn,
        inspectors: '党建工作领导小组：周海燕、王建国',
        note: '查看资料、随机询问，填写完成进度登记簿',
        createdBy: admin,
      })
      .returning({ id: checklistInspections.id });
    await db.insert(checklistFindings).values(
      inspection.findings.map((f) => ({
        inspectionId: row!.id,
        itemId: f.itemId,
        finding: f.finding,
        note: f.note,
        rectifyOwnerPersonId: f.rectifyDue ? v.unit.head : null,
        rectifyDue: f.rectifyDue,
        rectifiedOn: f.rectifiedOn,
        rectifiedNote: f.rectifiedOn ? '已补齐纪实资料并完成整改' : null,
      })),
    );
  }
  if (planned.appraisal) {
    await db.insert(checklistAppraisals).values({ assignmentId, ...planned.appraisal, enteredBy: admin });
  }
  return planned.entries.length;
}

/** A finished year: each department's duty report with the leader's and the admin's reviews, and accountability. */
async function writeClosingOfYear(
  db: Db,
  v: { assignments: number[]; units: Unit[]; year: number; input: ChecklistSeedInput; admin: number },
): Promise<void> {
  const leader = v.input.accountIds.get('leader')!;
  for (const [i, assignmentId] of v.assignments.entries()) {
    const unit = v.units[i]!;
    const rng = v.input.rng.fork(`duty-${v.year}-${unit.code}`);
    const [report] = await db
      .insert(dutyReports)
      .values({
        kind: 'section',
        year: v.year,
        unitId: unit.id,
        assignmentId,
        reporterPersonId: unit.head,
        title: `${v.year}年度党建工作述职报告`,
        content: DUTY_REPORT_TEXT[i % DUTY_REPORT_TEXT.length]!,
        submittedBy: v.admin,
        submittedAt: new Date(`${v.year + 1}-01-10T10:00:00+08:00`),
      })
      .returning({ id: dutyReports.id });
    await db.insert(dutyReportReviews).values(
      [leader, v.admin].map((reviewer, k) => ({
        dutyReportId: report!.id,
        reviewerAccountId: reviewer,
        score: rng.int(72, 96),
        comment: REVIEW_COMMENTS[(i + k) % REVIEW_COMMENTS.length]!,
      })),
    );
  }
  // Seed 001: where duties are not met — a reminder, an admonition talk, and one unit out of the year's awards.
  const kinds = ['reminder', 'admonition', 'disqualification'] as const;
  for (const [k, kind] of kinds.entries()) {
    const i = v.assignments.length - 1 - k;
    if (i < 0) break;
    await db.insert(checklistAccountabilities).values({
      assignmentId: v.assignments[i]!,
      personId: v.units[i]!.head,
      kind,
      reason:
        kind === 'disqualification'
          ? '责任清单第三、四季度多项任务检查未完成且整改逾期，取消年度评先选优资格'
          : kind === 'admonition'
            ? '主题党日连续两个月未开展，监督员约谈科室负责人'
            : '月度汇报多次逾期，予以提醒',
      evidence: '季度检查登记簿及整改台账',
      occurredOn: `${v.year}-12-${String(10 + k * 5).padStart(2, '0')}`,
      recordedBy: v.admin,
    });
  }
}

/** Secretaries' duty reports of last year: the branches of Qingzhou's first outlets, reviewed by the admin. */
async function writeSecretaryReports(
  db: Db,
  v: { year: number; input: ChecklistSeedInput; admin: number },
): Promise<void> {
  const orgs = rowsOf<{ id: number; unit_id: number; secretary: number | null }>(
    await db.execute(sql`
      select o.id, o.unit_id,
        (select c.person_id from party_org_committee c where c.party_org_id = o.id and c.role = 'secretary'
          order by c.started_on desc limit 1) as secretary
      from party_orgs o join units u on u.id = o.unit_id
      where o.kind = 'branch' and u.path like (select path from units where code = 'JN01') || '%' and u.kind = 'outlet'
      order by u.code limit 12`),
  );
  for (const [i, org] of orgs.entries()) {
    const rng = v.input.rng.fork(`secretary-duty-${org.id}`);
    const [report] = await db
      .insert(dutyReports)
      .values({
        kind: 'secretary',
        year: v.year,
        unitId: Number(org.unit_id),
        partyOrgId: Number(org.id),
        reporterPersonId: org.secretary === null ? null : Number(org.secretary),
        title: `${v.year}年度支部书记抓党建工作述职`,
        content: DUTY_REPORT_TEXT[(i + 2) % DUTY_REPORT_TEXT.length]!,
        submittedBy: v.admin,
        submittedAt: new Date(`${v.year + 1}-01-15T10:00:00+08:00`),
      })
      .returning({ id: dutyReports.id });
    await db.insert(dutyReportReviews).values({
      dutyReportId: report!.id,
      reviewerAccountId: v.admin,
      score: rng.int(70, 97),
      comment: REVIEW_COMMENTS[i % REVIEW_COMMENTS.length]!,
    });
  }
}
