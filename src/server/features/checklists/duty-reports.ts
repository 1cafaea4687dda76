import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type {
  CreateDutyReportBody,
  DutyReport,
  DutyReportKind,
  DutyReportQuery,
  ReviewBody,
  UpdateDutyReportBody,
} from '../../../contracts/checklist-annual.ts';
import type { Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import { checklistAssignments, dutyReportReviews, dutyReports } from '../../db/schema/checklists.ts';
import { partyOrgCommittee, partyOrgs } from '../../db/schema/party-orgs.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, duplicate, outOfReachField, outOfScope, staleVersion } from '../../platform/errors.ts';
import { inScope, pathInScope, underPaths } from '../../platform/scope.ts';
import { assignmentInScope } from './access.ts';
import { rankOf, round2 } from './score.ts';
import { readableTemplate } from './score-inputs.ts';

/** 述职: a section's report on its assignment, or a branch secretary's on the party org. */

const submitter = alias(accounts, 'submitter');
const reviewer = alias(accounts, 'reviewer');

export async function listDutyReports(
  db: Db,
  actor: Actor,
  q: DutyReportQuery & { id?: number; assignmentId?: number },
): Promise<DutyReport[]> {
  const conds: (SQL | undefined)[] = [inScope(units.path, actor)];
  if (q.id !== undefined) conds.push(eq(dutyReports.id, q.id));
  if (q.assignmentId !== undefined) conds.push(eq(dutyReports.assignmentId, q.assignmentId));
  if (q.kind) conds.push(eq(dutyReports.kind, q.kind));
  if (q.year) conds.push(eq(dutyReports.year, q.year));
  if (q.templateId !== undefined) {
    const t = await readableTemplate(db, actor, q.templateId);
    // Section reports on the template's assignments; secretaries' reports of its year under its owner unit.
    conds.push(
      sql`(${dutyReports.assignmentId} in (select id from checklist_assignments where template_id = ${t.id})
        or (${dutyReports.kind} = 'secretary' and ${dutyReports.year} = ${t.year} and ${underPaths(units.path, [t.unitPath])}))`,
    );
  }
  const rows = await db
    .select({
      d: dutyReports,
      unitName: units.name,
      orgName: partyOrgs.name,
      reporterName: people.name,
      submitterName: submitter.displayName,
    })
    .from(dutyReports)
    .innerJoin(units, eq(units.id, dutyReports.unitId))
    .leftJoin(partyOrgs, eq(partyOrgs.id, dutyReports.partyOrgId))
    .leftJoin(people, eq(people.id, dutyReports.reporterPersonId))
    .innerJoin(submitter, eq(submitter.id, dutyReports.submittedBy))
    .where(and(...conds))
    .orderBy(desc(dutyReports.year), asc(units.path), asc(dutyReports.id))
    .limit(500);
  const ids = rows.map((r) => r.d.id);
  const reviews = ids.length
    ? await db
        .select({ r: dutyReportReviews, name: reviewer.displayName })
        .from(dutyReportReviews)
        .innerJoin(reviewer, eq(reviewer.id, dutyReportReviews.reviewerAccountId))
        .where(inArray(dutyReportReviews.dutyReportId, ids))
        .orderBy(asc(dutyReportReviews.createdAt), asc(dutyReportReviews.id))
    : [];
  const out: DutyReport[] = rows.map((r) => {
    const mine = reviews.filter((v) => v.r.dutyReportId === r.d.id);
    const avg = mine.length ? round2(mine.reduce((s, v) => s + v.r.score, 0) / mine.length) : null;
    return {
      id: r.d.id,
      kind: r.d.kind as DutyReportKind,
      year: r.d.year,
      unit: { id: r.d.unitId, name: r.unitName },
      assignmentId: r.d.assignmentId,
      partyOrg: r.d.partyOrgId === null ? null : { id: r.d.partyOrgId, name: r.orgName ?? '' },
      reporter: r.d.reporterPersonId === null ? null : { id: r.d.reporterPersonId, name: r.reporterName ?? '' },
      title: r.d.title,
      content: r.d.content,
      submittedBy: { id: r.d.submittedBy, name: r.submitterName },
      submittedAt: r.d.submittedAt.toISOString(),
      version: r.d.version,
      averageScore: avg,
      reviewCount: mine.length,
      reviews: mine.map((v) => ({
        reviewer: { id: v.r.reviewerAccountId, name: v.name },
        score: v.r.score,
        comment: v.r.comment,
        updatedAt: v.r.updatedAt.toISOString(),
      })),
      rank: null,
    };
  });
  // Secretaries are ranked among the listed reports of the same year by average score.
  for (const year of new Set(out.filter((d) => d.kind === 'secretary').map((d) => d.year))) {
    const scored = out.filter((d) => d.kind === 'secretary' && d.year === year && d.averageScore !== null);
    const ranks = rankOf(scored.map((d) => d.averageScore!));
    for (const [i, d] of scored.entries()) d.rank = ranks[i]!;
  }
  return out;
}

/** A report the caller reaches (by its unit), locked, or 404. */
async function reportInScope(tx: Db, actor: Actor, id: number) {
  const [row] = await tx
    .select({ d: dutyReports })
    .from(dutyReports)
    .innerJoin(units, eq(units.id, dutyReports.unitId))
    .where(and(eq(dutyReports.id, id), inScope(units.path, actor)))
    .for('update', { of: dutyReports });
  if (!row) throw outOfScope('duty_report', id);
  return row.d;
}

export async function createDutyReport(tx: Db, ctx: ServiceContext, body: CreateDutyReportBody): Promise<number> {
  const { lang } = ctx;
  let values: typeof dutyReports.$inferInsert;
  if (body.kind === 'section') {
    const a = await assignmentInScope(tx, ctx.actor, body.assignmentId).catch(() => {
      throw outOfReachField(lang, 'assignmentId');
    });
    const [head] = await tx
      .select({ counselor: checklistAssignments.counselorPersonId })
      .from(checklistAssignments)
      .where(eq(checklistAssignments.id, a.id));
    const [dup] = await tx
      .select({ id: dutyReports.id })
      .from(dutyReports)
      .where(and(eq(dutyReports.kind, 'section'), eq(dutyReports.assignmentId, a.id)));
    if (dup) throw duplicate(lang, 'assignmentId', a.unitName);
    values = {
      kind: 'section',
      year: a.year,
      unitId: a.unitId,
      assignmentId: a.id,
      reporterPersonId: head?.counselor ?? null,
      title: body.title,
      content: body.content,
      submittedBy: ctx.actor.accountId,
    };
  } else {
    const [org] = await tx
      .select({ id: partyOrgs.id, name: partyOrgs.name, unitId: partyOrgs.unitId, path: units.path })
      .from(partyOrgs)
      .innerJoin(units, eq(units.id, partyOrgs.unitId))
      .where(eq(partyOrgs.id, body.partyOrgId));
    if (!org || !pathInScope(org.path, ctx.actor.scopePaths)) throw outOfReachField(lang, 'partyOrgId');
    const [dup] = await tx
      .select({ id: dutyReports.id })
      .from(dutyReports)
      .where(
        and(eq(dutyReports.kind, 'secretary'), eq(dutyReports.partyOrgId, org.id), eq(dutyReports.year, body.year)),
      );
    if (dup) throw duplicate(lang, 'partyOrgId', `${org.name} ${body.year}`);
    const [sec] = await tx
      .select({ personId: partyOrgCommittee.personId })
      .from(partyOrgCommittee)
      .where(
        and(
          eq(partyOrgCommittee.partyOrgId, org.id),
          eq(partyOrgCommittee.role, 'secretary'),
          isNull(partyOrgCommittee.endedOn),
        ),
      )
      .orderBy(desc(partyOrgCommittee.startedOn))
      .limit(1);
    values = {
      kind: 'secretary',
      year: body.year,
      unitId: org.unitId,
      partyOrgId: org.id,
      reporterPersonId: sec?.personId ?? null,
      title: body.title,
      content: body.content,
      submittedBy: ctx.actor.accountId,
    };
  }
  const [row] = await tx.insert(dutyReports).values(values).onConflictDoNothing().returning({ id: dutyReports.id });
  if (!row) throw duplicate(lang, body.kind === 'section' ? 'assignmentId' : 'partyOrgId', body.title);
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.duty_report_create',
    targetType: 'duty_report',
    targetId: row.id,
    before: null,
    after: { ...values, content: undefined },
  });
  return row.id;
}

const reviewed = (lang: ServiceContext['lang']) =>
  conflict(lang, {
    'zh-CN': '述职报告已有评议，不能再修改；仅提交人可在评议前修改',
    'en-US': 'Only the submitter may edit a duty report, and only before it is reviewed',
  });

export async function updateDutyReport(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  body: UpdateDutyReportBody,
): Promise<void> {
  const d = await reportInScope(tx, ctx.actor, id);
  if (d.version !== body.version) throw staleVersion();
  if (d.submittedBy !== ctx.actor.accountId) throw reviewed(ctx.lang);
  const [any] = await tx
    .select({ id: dutyReportReviews.id })
    .from(dutyReportReviews)
    .where(eq(dutyReportReviews.dutyReportId, id))
    .limit(1);
  if (any) throw reviewed(ctx.lang);
  const [row] = await tx
    .update(dutyReports)
    .set({ title: body.title, content: body.content, version: d.version + 1 })
    .where(and(eq(dutyReports.id, id), eq(dutyReports.version, body.version)))
    .returning({ id: dutyReports.id });
  if (!row) throw staleVersion();
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.duty_report_update',
    targetType: 'duty_report',
    targetId: id,
    before: { title: d.title },
    after: { title: body.title },
  });
}

/** The caller's review (score and comment): written the first time, replaced after. */
export async function reviewDutyReport(tx: Db, ctx: ServiceContext, id: number, body: ReviewBody): Promise<void> {
  await reportInScope(tx, ctx.actor, id);
  const [before] = await tx
    .select()
    .from(dutyReportReviews)
    .where(and(eq(dutyReportReviews.dutyReportId, id), eq(dutyReportReviews.reviewerAccountId, ctx.actor.accountId)));
  const [row] = await tx
    .insert(dutyReportReviews)
    .values({ dutyReportId: id, reviewerAccountId: ctx.actor.accountId, score: body.score, comment: body.comment })
    .onConflictDoUpdate({
      target: [dutyReportReviews.dutyReportId, dutyReportReviews.reviewerAccountId],
      set: { score: body.score, comment: body.comment, updatedAt: new Date() },
    })
    .returning({ id: dutyReportReviews.id });
  if (!row) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.duty_report_review',
    targetType: 'duty_report',
    targetId: id,
    before: before ? { score: before.score, comment: before.comment } : null,
    after: { score: body.score, comment: body.comment },
  });
}
