import { sql } from 'drizzle-orm';
import type { ComplianceCell, ComplianceSubject } from '../../../contracts/compliance.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';
import type { ComplianceContext } from './context.ts';
import { type EvaluationRow, evaluationCte } from './engine.ts';
import { describeSubjects, subjectOf } from './subjects.ts';

interface CellRow extends EvaluationRow {
  total: number;
}

/**
 * Subjects × rules, a page of subjects in tree order. With a status, only the
 * subjects having at least one cell in that status (e.g. every overdue one).
 */
export async function complianceMatrix(
  db: Db,
  ctx: ComplianceContext,
  q: { status?: ComplianceCell['status'] | undefined; page: number; pageSize: number },
) {
  if (ctx.input.evaluations.length === 0) {
    return { rules: ctx.rules, rows: { items: [], total: 0, page: q.page, pageSize: q.pageSize } };
  }
  const filter = q.status ? sql`where status = ${q.status}` : sql``;
  const cells = rowsOf<CellRow>(
    await db.execute(sql`${evaluationCte(ctx.input)},
      page as (
        select subject_type, subject_id, min(unit_path) as up, (count(*) over ())::int as total
        from evaluation ${filter} group by 1, 2
        order by up, subject_type, subject_id limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}
      )
      select e.subject_type, e.subject_id, e.rule_id, e.required, e.done, e.status, p.total
      from evaluation e join page p on p.subject_type = e.subject_type and p.subject_id = e.subject_id
      order by p.up, e.subject_type, e.subject_id, e.rule_id`),
  );
  const keys = [
    ...new Map(
      cells.map((c) => [`${c.subject_type}:${c.subject_id}`, { type: c.subject_type, id: c.subject_id }]),
    ).values(),
  ];
  const names = await describeSubjects(db, keys);
  const items: { subject: ComplianceSubject; cells: ComplianceCell[] }[] = keys.map((k) => ({
    subject: subjectOf(names, k),
    cells: cells
      .filter((c) => c.subject_type === k.type && c.subject_id === k.id)
      .map((c) => ({ ruleId: c.rule_id, required: c.required, done: c.done, status: c.status })),
  }));
  return { rules: ctx.rules, rows: { items, total: cells[0]?.total ?? 0, page: q.page, pageSize: q.pageSize } };
}

/** Every overdue (subject, rule) of the subtree and period, a page at a time. */
export async function overdueList(db: Db, ctx: ComplianceContext, q: { page: number; pageSize: number }) {
  if (ctx.input.evaluations.length === 0) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const rows = rowsOf<CellRow>(
    await db.execute(sql`${evaluationCte(ctx.input)}
      select subject_type, subject_id, rule_id, required, done, status, (count(*) over ())::int as total
      from evaluation where status = 'overdue'
      order by unit_path, subject_type, subject_id, rule_id
      limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`),
  );
  const names = await describeSubjects(
    db,
    rows.map((r) => ({ type: r.subject_type, id: r.subject_id })),
  );
  return {
    items: rows.map((r) => ({
      subject: subjectOf(names, { type: r.subject_type, id: r.subject_id }),
      rule: ctx.rules.find((x) => x.id === r.rule_id)!,
      required: r.required,
      done: r.done,
    })),
    total: rows[0]?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}
