import { and, eq, inArray, like } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type {
  CommentMonthlyReportBody,
  MonthlyReport,
  MonthlyReportList,
  PutMonthlyReportBody,
  UnitMonths,
} from '../../../contracts/checklist-register.ts';
import type { Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import { checklistAssignments, checklistMonthlyReports, checklistTemplates } from '../../db/schema/checklists.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, invalidField, notFound, outOfReachField, staleVersion } from '../../platform/errors.ts';
import { inScope, pathInScope } from '../../platform/scope.ts';
import { assignmentInScope } from './access.ts';
import { ref } from './register-context.ts';

const submitter = alias(accounts, 'submitter');
const commenter = alias(accounts, 'commenter');

function reportsWhere(where: ReturnType<typeof and>) {
  return (db: Db) =>
    db
      .select({ r: checklistMonthlyReports, by: submitter.displayName, cBy: commenter.displayName })
      .from(checklistMonthlyReports)
      .innerJoin(submitter, eq(submitter.id, checklistMonthlyReports.submittedBy))
      .leftJoin(commenter, eq(commenter.id, checklistMonthlyReports.commentedBy))
      .where(where);
}

type ReportRow = Awaited<ReturnType<ReturnType<typeof reportsWhere>>>[number];

function shape({ r, by, cBy }: ReportRow): MonthlyReport {
  return {
    id: r.id,
    month: r.month,
    partyWork: r.partyWork,
    keyBusiness: r.keyBusiness,
    problems: r.problems,
    nextPlan: r.nextPlan,
    submittedBy: { id: r.submittedBy, name: by },
    submittedAt: r.submittedAt.toISOString(),
    comment: r.comment,
    commentedBy: ref(r.commentedBy, cBy),
    commentedAt: r.commentedAt?.toISOString() ?? null,
    version: r.version,
  };
}

export async function reportById(db: Db, id: number): Promise<MonthlyReport> {
  const [row] = await reportsWhere(eq(checklistMonthlyReports.id, id))(db);
  if (!row) throw notFound();
  return shape(row);
}

/**
 * The template's assigned units in the caller's scope, each with its report for the
 * month (or none). A template the caller reaches neither by owner nor by assignment is 404.
 */
export async function monthlyReports(
  db: Db,
  actor: Actor,
  q: { templateId: number; month: string },
  today: string,
): Promise<MonthlyReportList> {
  const [t] = await db
    .select({ path: units.path })
    .from(checklistTemplates)
    .innerJoin(units, eq(units.id, checklistTemplates.unitId))
    .where(eq(checklistTemplates.id, q.templateId));
  if (!t) throw notFound();
  const assigned = await db
    .select({ id: checklistAssignments.id, unitId: units.id, unitName: units.name })
    .from(checklistAssignments)
    .innerJoin(units, eq(units.id, checklistAssignments.unitId))
    .where(and(eq(checklistAssignments.templateId, q.templateId), inScope(units.path, actor)))
    .orderBy(units.path);
  if (assigned.length === 0 && !pathInScope(t.path, actor.scopePaths)) throw notFound();
  const reports = assigned.length
    ? await reportsWhere(
        and(
          inArray(
            checklistMonthlyReports.assignmentId,
            assigned.map((a) => a.id),
          ),
          eq(checklistMonthlyReports.month, q.month),
        ),
      )(db)
    : [];
  const byAssignment = new Map(reports.map((r) => [r.r.assignmentId, shape(r)]));
  const rows = assigned.map((a) => ({
    assignment: { id: a.id, unit: { id: a.unitId, name: a.unitName } },
    report: byAssignment.get(a.id) ?? null,
  }));
  const due = q.month <= today.slice(0, 7);
  return { rows, missing: due ? rows.filter((r) => r.report === null).length : 0 };
}

/** One unit's twelve months of the template's year: submitted, missing (due, none) or future. */
export async function unitMonths(db: Db, actor: Actor, assignmentId: number, today: string): Promise<UnitMonths> {
  const a = await assignmentInScope(db, actor, assignmentId);
  const reports = await reportsWhere(
    and(eq(checklistMonthlyReports.assignmentId, a.id), like(checklistMonthlyReports.month, `${a.year}-%`)),
  )(db);
  const byMonth = new Map(reports.map((r) => [r.r.month, shape(r)]));
  const current = today.slice(0, 7);
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = `${a.year}-${String(i + 1).padStart(2, '0')}`;
    const report = byMonth.get(month) ?? null;
    const state = report ? ('submitted' as const) : month <= current ? ('missing' as const) : ('future' as const);
    return { month, state, report };
  });
  return { assignmentId: a.id, year: a.year, months };
}

/**
 * 一月一汇报: creates the unit's report of a month (no version) or updates it (its
 * version). A month outside the year or still to come is refused; so is a report the
 * supervisor has already commented on.
 */
export async function putMonthlyReport(
  tx: Db,
  ctx: ServiceContext,
  body: PutMonthlyReportBody,
  today: string,
): Promise<number> {
  const { lang } = ctx;
  const a = await assignmentInScope(tx, ctx.actor, body.assignmentId).catch((err: unknown) => {
    throw err instanceof AppError && err.code === 'NOT_FOUND' ? outOfReachField(lang, 'assignmentId') : err;
  });
  if (!body.month.startsWith(`${a.year}-`)) {
    throw invalidField(lang, 'month', 'out_of_year', {
      'zh-CN': `须在 ${a.year} 年内`,
      'en-US': `must lie within ${a.year}`,
    });
  }
  if (body.month > today.slice(0, 7)) {
    throw invalidField(lang, 'month', 'future', { 'zh-CN': '不能晚于本月', 'en-US': 'cannot be after this month' });
  }
  const values = {
    partyWork: body.partyWork,
    keyBusiness: body.keyBusiness ?? null,
    problems: body.problems ?? null,
    nextPlan: body.nextPlan ?? null,
  };
  const [existing] = await tx
    .select()
    .from(checklistMonthlyReports)
    .where(and(eq(checklistMonthlyReports.assignmentId, a.id), eq(checklistMonthlyReports.month, body.month)))
    .for('update');
  if (!existing) {
    if (body.version !== undefined) throw staleVersion();
    const [row] = await tx
      .insert(checklistMonthlyReports)
      .values({ assignmentId: a.id, month: body.month, ...values, submittedBy: ctx.actor.accountId })
      .onConflictDoNothing()
      .returning({ id: checklistMonthlyReports.id });
    if (!row) throw staleVersion();
    await writeAudit(tx, ctx.audit, {
      action: 'checklist.monthly_report.create',
      targetType: 'checklist_monthly_report',
      targetId: row.id,
      before: null,
      after: { assignmentId: a.id, month: body.month, ...values },
    });
    return row.id;
  }
  if (existing.commentedAt !== null) {
    throw conflict(lang, { 'zh-CN': '汇报已点评，不能再修改', 'en-US': 'the report has been commented on' });
  }
  if (body.version !== existing.version) throw staleVersion();
  const updated = await tx
    .update(checklistMonthlyReports)
    .set({ ...values, submittedBy: ctx.actor.accountId, submittedAt: new Date(), version: existing.version + 1 })
    .where(and(eq(checklistMonthlyReports.id, existing.id), eq(checklistMonthlyReports.version, existing.version)))
    .returning({ id: checklistMonthlyReports.id });
  if (updated.length === 0) throw staleVersion();
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.monthly_report.update',
    targetType: 'checklist_monthly_report',
    targetId: existing.id,
    before: {
      partyWork: existing.partyWork,
      keyBusiness: existing.keyBusiness,
      problems: existing.problems,
      nextPlan: existing.nextPlan,
    },
    after: values,
  });
  return existing.id;
}

/** The supervisor's comment (点评) on a report; it may be revised (by version). */
export async function commentMonthlyReport(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  body: CommentMonthlyReportBody,
): Promise<void> {
  const [existing] = await tx.select().from(checklistMonthlyReports).where(eq(checklistMonthlyReports.id, id));
  if (!existing) throw notFound();
  await assignmentInScope(tx, ctx.actor, existing.assignmentId);
  if (existing.version !== body.version) throw staleVersion();
  const updated = await tx
    .update(checklistMonthlyReports)
    .set({
      comment: body.comment,
      commentedBy: ctx.actor.accountId,
      commentedAt: new Date(),
      version: existing.version + 1,
    })
    .where(and(eq(checklistMonthlyReports.id, id), eq(checklistMonthlyReports.version, body.version)))
    .returning({ id: checklistMonthlyReports.id });
  if (updated.length === 0) throw staleVersion();
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.monthly_report.comment',
    targetType: 'checklist_monthly_report',
    targetId: id,
    before: { comment: existing.comment },
    after: { comment: body.comment },
  });
}
