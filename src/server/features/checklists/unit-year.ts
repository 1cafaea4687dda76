import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { UnitYear } from '../../../contracts/checklist-annual.ts';
import type { Db } from '../../db/client.ts';
import {
  checklistAppraisals,
  checklistEntries,
  checklistFindings,
  checklistInspections,
} from '../../db/schema/checklists.ts';
import { people } from '../../db/schema/people.ts';
import type { Actor } from '../../platform/actor.ts';
import { assignmentInScope } from './access.ts';
import { listAccountabilities } from './accountability.ts';
import { appraisalOut } from './appraisals.ts';
import type { When } from './board.ts';
import { listDutyReports } from './duty-reports.ts';
import { itemColumns, scoreTemplate, templateHead } from './score-inputs.ts';

/** One assigned unit's year at a glance, scored exactly as the board and the ranking score it. */
export async function unitYearOf(db: Db, actor: Actor, assignmentId: number, when: When): Promise<UnitYear> {
  const a = await assignmentInScope(db, actor, assignmentId);
  const head = await templateHead(db, a.templateId);
  const s = await scoreTemplate(db, head, { assignmentIds: [a.id], ...when });
  const me = s.assignments[0]!;
  const entries = await db
    .select({
      id: checklistEntries.id,
      itemId: checklistEntries.itemId,
      completedOn: checklistEntries.completedOn,
      evidence: checklistEntries.evidence,
    })
    .from(checklistEntries)
    .where(
      and(
        eq(checklistEntries.assignmentId, a.id),
        gte(checklistEntries.completedOn, `${head.year}-01-01`),
        lt(checklistEntries.completedOn, `${head.year + 1}-01-01`),
      ),
    )
    .orderBy(asc(checklistEntries.completedOn), asc(checklistEntries.id));
  const inspections = await db
    .select()
    .from(checklistInspections)
    .where(eq(checklistInspections.assignmentId, a.id))
    .orderBy(asc(checklistInspections.quarter));
  const findings = await db
    .select({ f: checklistFindings, quarter: checklistInspections.quarter, ownerName: people.name })
    .from(checklistFindings)
    .innerJoin(checklistInspections, eq(checklistInspections.id, checklistFindings.inspectionId))
    .leftJoin(people, eq(people.id, checklistFindings.rectifyOwnerPersonId))
    .where(eq(checklistInspections.assignmentId, a.id));
  // The open rectifications are among the findings just read, soonest due first.
  const open = findings
    .filter((x) => x.f.rectifyDue !== null && x.f.rectifiedOn === null)
    .sort((x, y) => String(x.f.rectifyDue).localeCompare(String(y.f.rectifyDue)));
  const [appraisal] = await db.select().from(checklistAppraisals).where(eq(checklistAppraisals.assignmentId, a.id));
  const [duty] = await listDutyReports(db, actor, { kind: 'section', assignmentId: a.id });
  const accountabilities = await listAccountabilities(db, actor, { assignmentId: a.id });
  const count = (id: number, f: string) => findings.filter((x) => x.f.inspectionId === id && x.f.finding === f).length;
  return {
    assignment: { id: a.id, unit: { id: a.unitId, name: a.unitName } },
    template: { id: head.id, name: head.name, year: head.year },
    areas: s.areas,
    items: s.items.map((i, n) => {
      const c = me.cells[n]!;
      return {
        ...itemColumns(i),
        state: c.state,
        achievement: c.achievement,
        measured: c.measured,
        entries: entries
          .filter((e) => e.itemId === i.id)
          .map((e) => ({ id: Number(e.id), completedOn: e.completedOn, evidence: e.evidence })),
      };
    }),
    inspections: inspections.map((x) => ({
      id: x.id,
      quarter: x.quarter,
      inspectedOn: x.inspectedOn,
      inspectors: x.inspectors,
      done: count(x.id, 'done'),
      partly: count(x.id, 'partly'),
      notDone: count(x.id, 'not_done'),
    })),
    openRectifications: open.map((x) => ({
      findingId: x.f.id,
      itemId: x.f.itemId,
      quarter: x.quarter,
      finding: x.f.finding,
      note: x.f.note,
      owner: x.f.rectifyOwnerPersonId === null ? null : { id: x.f.rectifyOwnerPersonId, name: x.ownerName ?? '' },
      due: x.f.rectifyDue,
    })),
    appraisal: appraisal ? appraisalOut(appraisal) : null,
    dutyReport: duty ?? null,
    accountabilities,
    score: {
      points: me.points,
      maxPoints: me.maxPoints,
      pct: me.pct,
      appraisalScore: me.appraisalScore,
      dutyReportScore: me.dutyReportScore,
      projectScore: me.projectScore,
      total: me.total,
      weights: {
        checklist: head.checklistWeightPct,
        appraisal: head.appraisalWeightPct,
        dutyReport: head.dutyReportWeightPct,
        project: head.projectWeightPct,
      },
    },
    disqualified: me.disqualified,
  };
}
