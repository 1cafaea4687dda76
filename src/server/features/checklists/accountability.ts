import { and, desc, eq, type SQL } from 'drizzle-orm';
import type {
  Accountability,
  AccountabilityKind,
  CreateAccountabilityBody,
} from '../../../contracts/checklist-annual.ts';
import type { Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import { checklistAccountabilities, checklistAssignments } from '../../db/schema/checklists.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, invalidField, outOfReachField } from '../../platform/errors.ts';
import { inScope, pathInScope } from '../../platform/scope.ts';
import { assignmentInScope } from './access.ts';
import { readableTemplate } from './score-inputs.ts';

/** 问责 against an assigned unit (and optionally a person): reminder … disqualification. */

export async function listAccountabilities(
  db: Db,
  actor: Actor,
  q: { templateId?: number; assignmentId?: number; id?: number },
): Promise<Accountability[]> {
  const conds: (SQL | undefined)[] = [inScope(units.path, actor)];
  if (q.templateId !== undefined) {
    await readableTemplate(db, actor, q.templateId);
    conds.push(eq(checklistAssignments.templateId, q.templateId));
  }
  if (q.assignmentId !== undefined) {
    await assignmentInScope(db, actor, q.assignmentId);
    conds.push(eq(checklistAccountabilities.assignmentId, q.assignmentId));
  }
  if (q.id !== undefined) conds.push(eq(checklistAccountabilities.id, q.id));
  const rows = await db
    .select({
      a: checklistAccountabilities,
      unitId: units.id,
      unitName: units.name,
      personName: people.name,
      by: accounts.displayName,
    })
    .from(checklistAccountabilities)
    .innerJoin(checklistAssignments, eq(checklistAssignments.id, checklistAccountabilities.assignmentId))
    .innerJoin(units, eq(units.id, checklistAssignments.unitId))
    .leftJoin(people, eq(people.id, checklistAccountabilities.personId))
    .innerJoin(accounts, eq(accounts.id, checklistAccountabilities.recordedBy))
    .where(and(...conds))
    .orderBy(desc(checklistAccountabilities.occurredOn), desc(checklistAccountabilities.id))
    .limit(500);
  return rows.map((r) => ({
    id: r.a.id,
    assignmentId: r.a.assignmentId,
    unit: { id: r.unitId, name: r.unitName },
    person: r.a.personId === null ? null : { id: r.a.personId, name: r.personName ?? '' },
    kind: r.a.kind as AccountabilityKind,
    reason: r.a.reason,
    evidence: r.a.evidence,
    occurredOn: r.a.occurredOn,
    recordedBy: r.by,
    createdAt: r.a.createdAt.toISOString(),
  }));
}

export async function createAccountability(
  tx: Db,
  ctx: ServiceContext,
  body: CreateAccountabilityBody,
  today: string,
): Promise<number> {
  const { lang } = ctx;
  const a = await assignmentInScope(tx, ctx.actor, body.assignmentId).catch(() => {
    throw outOfReachField(lang, 'assignmentId');
  });
  const personId = body.personId ?? null;
  if (personId !== null) {
    const [p] = await tx
      .select({ path: units.path })
      .from(people)
      .innerJoin(units, eq(units.id, people.unitId))
      .where(eq(people.id, personId));
    if (!p || !pathInScope(p.path, ctx.actor.scopePaths)) throw outOfReachField(lang, 'personId');
  }
  if (body.occurredOn > today) {
    throw invalidField(lang, 'occurredOn', 'future', { 'zh-CN': '不能晚于今天', 'en-US': 'cannot be in the future' });
  }
  const values = {
    assignmentId: a.id,
    personId,
    kind: body.kind,
    reason: body.reason,
    evidence: body.evidence ?? null,
    occurredOn: body.occurredOn,
  };
  const [row] = await tx
    .insert(checklistAccountabilities)
    .values({ ...values, recordedBy: ctx.actor.accountId })
    .returning({ id: checklistAccountabilities.id });
  if (!row) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.accountability_create',
    targetType: 'checklist_accountability',
    targetId: row.id,
    before: null,
    after: values,
  });
  return row.id;
}
