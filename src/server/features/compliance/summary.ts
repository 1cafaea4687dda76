import { sql } from 'drizzle-orm';
import type { ComplianceSummary, RuleFigures } from '../../../contracts/compliance.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import { rate } from '../registry/rollup.ts';
import { getUnitDetail, listUnitChildren } from '../units/queries.ts';
import type { ComplianceContext } from './context.ts';
import { evaluationCte } from './engine.ts';

interface FigureRow {
  rule_id: number;
  child: number | null;
  grouped: number;
  subjects: number;
  met: number;
  due: number;
  overdue: number;
  not_yet_due: number;
  participated: number;
  person_times: number;
}

function figures(r: FigureRow) {
  return {
    subjects: r.subjects,
    met: r.met,
    due: r.due,
    overdue: r.overdue,
    notYetDue: r.not_yet_due,
    participation: rate(r.participated, r.subjects),
    completion: rate(r.met, r.subjects),
    personTimes: r.person_times,
  };
}

/**
 * Figures per rule for a subtree and period, and the same per child unit: one
 * statement with grouping sets. Person-times: for a scheme's rules, the holders'
 * attendances (one per record, as seed 000 counts 1,315 counselor attendances);
 * for party org rules, the members present at the meetings.
 */
export async function complianceSummary(
  db: Db,
  actor: Actor,
  ctx: ComplianceContext,
  unitId: number | undefined,
): Promise<ComplianceSummary> {
  // Without a unit, a caller with one scope root drills down from that root.
  const roots = unitId === undefined ? await listUnitChildren(db, actor, undefined, false) : [];
  const focus = unitId ?? (roots.length === 1 ? roots[0]!.id : undefined);
  const unit = focus === undefined ? null : await getUnitDetail(db, actor, focus);
  const children = focus === undefined ? [] : await listUnitChildren(db, actor, focus, false);
  const childLevel = unit ? unit.level + 1 : null;
  const childKey =
    childLevel === null ? sql`null::int` : sql`nullif(split_part(unit_path, '/', ${childLevel + 1}), '')::int`;
  const rows = ctx.input.evaluations.length
    ? rowsOf<FigureRow>(
        await db.execute(sql`${evaluationCte(ctx.input)},
          keyed as (select *, ${childKey} as child from evaluation)
          select rule_id, child, grouping(child)::int as grouped,
            count(*)::int as subjects,
            (count(*) filter (where status = 'met'))::int as met,
            (count(*) filter (where status = 'due'))::int as due,
            (count(*) filter (where status = 'overdue'))::int as overdue,
            (count(*) filter (where status = 'not_yet_due'))::int as not_yet_due,
            (count(*) filter (where n_kind > 0))::int as participated,
            sum(case when subject_type in ('pairing', 'holder') then n_kind else present end)::int as person_times
          from keyed
          group by grouping sets ((rule_id), (rule_id, child))`),
      )
    : [];
  const totals = rows.filter((r) => r.grouped === 1);
  const emptyRow = (ruleId: number): FigureRow => ({
    rule_id: ruleId,
    child: null,
    grouped: 0,
    subjects: 0,
    met: 0,
    due: 0,
    overdue: 0,
    not_yet_due: 0,
    participated: 0,
    person_times: 0,
  });
  const byRule: RuleFigures[] = ctx.rules.map((rule) => ({
    rule,
    ...figures(totals.find((t) => t.rule_id === rule.id) ?? emptyRow(rule.id)),
  }));
  return {
    period: ctx.period,
    unit: unit ? { id: unit.id, name: unit.name } : null,
    rules: byRule,
    children: unit
      ? children.map((c) => ({
          unit: { id: c.id, code: c.code, name: c.name, kind: c.kind },
          rules: ctx.rules.map((rule) => {
            const r = rows.find((x) => x.grouped === 0 && x.rule_id === rule.id && Number(x.child) === c.id);
            return { ruleId: rule.id, ...figures(r ?? emptyRow(rule.id)) };
          }),
        }))
      : [],
  };
}
