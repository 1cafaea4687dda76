import { and, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { TodoItem } from '../../../contracts/compliance.ts';
import { periodContaining } from '../../../contracts/periods.ts';
import type { Rule } from '../../../contracts/rules.ts';
import type { Db } from '../../db/client.ts';
import { pairings } from '../../db/schema/pairings.ts';
import { partyOrgCommittee, partyOrgs } from '../../db/schema/party-orgs.ts';
import { rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import { listRules } from '../rules/queries.ts';
import { readRecordSettings } from './context.ts';
import { type EngineInput, type EvaluationRow, evaluationCte } from './engine.ts';
import { dayBefore, localDate, ruleSubPeriod } from './periods.ts';
import type { Evaluation, Track } from './rules-in-effect.ts';
import { describeSubjects, subjectOf } from './subjects.ts';

type Row = EvaluationRow;

async function judge(db: Db, input: EngineInput): Promise<Row[]> {
  if (input.evaluations.length === 0) return [];
  return rowsOf<Row>(
    await db.execute(
      sql`${evaluationCte(input)} select subject_type, subject_id, rule_id, required, done, status from evaluation`,
    ),
  );
}

/**
 * A person's to-do: for each of their pairings in force (and the party orgs
 * they are secretary of), every rule's current period — met, due or not yet
 * due — and the previous period where it was missed (overdue).
 */
export async function todoFor(db: Db, actor: Actor, now = new Date()): Promise<{ today: string; items: TodoItem[] }> {
  const { value: settings } = await readRecordSettings(db);
  const today = localDate(now, settings.timeZone);
  if (actor.personId === null) return { today, items: [] };
  const mine = await db
    .select()
    .from(pairings)
    .where(
      and(
        eq(pairings.personId, actor.personId),
        lte(pairings.startsOn, today),
        or(isNull(pairings.endsOn), gte(pairings.endsOn, today)),
      ),
    );
  const seats = await db
    .select({ orgId: partyOrgCommittee.partyOrgId, unitId: partyOrgs.unitId })
    .from(partyOrgCommittee)
    .innerJoin(partyOrgs, eq(partyOrgs.id, partyOrgCommittee.partyOrgId))
    .where(
      and(
        eq(partyOrgCommittee.personId, actor.personId),
        inArray(partyOrgCommittee.role, ['secretary', 'deputy_secretary']),
        isNull(partyOrgCommittee.endedOn),
      ),
    );

  const tracks: { track: Track; rules: Rule[]; only: Pick<EngineInput, 'onlyPairingIds' | 'onlyOrgIds'> }[] = [];
  for (const schemeId of [...new Set(mine.map((p) => p.schemeId))]) {
    tracks.push({
      track: { schemeId },
      rules: await listRules(db, { schemeId, on: today }),
      only: { onlyPairingIds: mine.filter((p) => p.schemeId === schemeId).map((p) => p.id) },
    });
  }
  if (seats.length) {
    const orgRules = (await listRules(db, { on: today })).filter((r) => r.partyOrgKind !== null);
    tracks.push({ track: { partyOrgs: true }, rules: orgRules, only: { onlyOrgIds: seats.map((s) => s.orgId) } });
  }

  const items: TodoItem[] = [];
  for (const t of tracks) {
    const current: Evaluation[] = t.rules.map((rule) => ({ rule, ...ruleSubPeriod(rule.period, today) }));
    const previous: Evaluation[] = current.map((e) => ({
      rule: e.rule,
      ...ruleSubPeriod(e.rule.period, dayBefore(e.start)),
    }));
    const base = { track: t.track, timeZone: settings.timeZone, today, paths: ['/'], ...t.only };
    const rows = [
      ...(await judge(db, { ...base, evaluations: current })).map((r) => ({ r, when: 'current' as const })),
      ...(await judge(db, { ...base, evaluations: previous }))
        .filter((r) => r.status === 'overdue')
        .map((r) => ({ r, when: 'previous' as const })),
    ];
    const names = await describeSubjects(
      db,
      rows.map(({ r }) => ({ type: r.subject_type, id: r.subject_id })),
    );
    for (const { r, when } of rows) {
      const rule = t.rules.find((x) => x.id === r.rule_id)!;
      const period = (when === 'current' ? current : previous).find((e) => e.rule.id === rule.id)!;
      const pairing =
        r.subject_type === 'pairing'
          ? mine.find((p) => p.id === r.subject_id)
          : r.subject_type === 'holder'
            ? mine.find((p) => p.schemeId === rule.schemeId)
            : undefined;
      const seat = seats.find((s) => s.orgId === r.subject_id);
      items.push({
        subject: subjectOf(names, { type: r.subject_type, id: r.subject_id }),
        rule,
        period: { label: periodContaining(rule.period, period.start), start: period.start, end: period.end },
        required: r.required,
        done: r.done,
        status: r.status,
        recordFor: pairing
          ? {
              pairingId: pairing.id,
              partyOrgId: pairing.targetPartyOrgId,
              unitId: pairing.targetUnitId ?? pairing.scopeUnitId,
            }
          : { pairingId: null, partyOrgId: seat?.orgId ?? null, unitId: seat?.unitId ?? 0 },
      });
    }
  }
  // Overdue first, then due, then the rest; by period end within each.
  const order = { overdue: 0, due: 1, not_yet_due: 2, met: 3 } as const;
  items.sort((a, b) => order[a.status] - order[b.status] || a.period.end.localeCompare(b.period.end));
  return { today, items };
}
