import { and, asc, desc, eq, exists, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TodoItem } from '../../../contracts/compliance.ts';
import { concernListQuery } from '../../../contracts/concerns.ts';
import {
  HOME_CONCERN_LIMIT,
  HOME_RECORD_LIMIT,
  type Home,
  type HomeOrg,
  type HomePairing,
} from '../../../contracts/home.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import type { RecordItem } from '../../../contracts/records.ts';
import type { Db } from '../../db/client.ts';
import { pairings, schemes } from '../../db/schema/pairings.ts';
import { partyOrgs } from '../../db/schema/party-orgs.ts';
import { recordAttendees, records } from '../../db/schema/records.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { readRecordSettings } from '../compliance/context.ts';
import { zonedMidnight } from '../compliance/periods.ts';
import { todoFor } from '../compliance/todo.ts';
import { listConcerns } from '../concerns/queries.ts';
import { concernReach } from '../concerns/reach.ts';
import { secretarySeatsOf as seatsOf } from '../party-orgs/secretary-seats.ts';
import { selectRecords, toRecord } from '../records/queries.ts';
import { listDueTalks } from '../talks/due-talks.ts';
import { checklistDueFor } from './checklist-due.ts';
import { withCountdown } from './sla-countdown.ts';

/** The clock and language the route computed ("today" in the enterprise's time zone). */
export interface HomeClock {
  today: string;
  timeZone: string;
  lang: Lang;
}

const targetUnit = alias(units, 'target_unit');
const targetOrg = alias(partyOrgs, 'target_org');
const orgUnit = alias(units, 'org_unit');

const OPEN: readonly TodoItem['status'][] = ['due', 'overdue'];
const isOpen = (i: TodoItem) => OPEN.includes(i.status);

/** The caller's pairings in force, with their scheme and target. */
async function pairingsInForce(db: Db, personId: number, today: string) {
  return db
    .select({
      id: pairings.id,
      schemeName: schemes.name,
      targetUnitId: pairings.targetUnitId,
      targetPartyOrgId: pairings.targetPartyOrgId,
      scopeUnitId: pairings.scopeUnitId,
      unitName: sql<string>`coalesce(${targetUnit.name}, ${orgUnit.name})`,
      targetName: sql<string>`coalesce(${targetUnit.name}, ${targetOrg.name})`,
    })
    .from(pairings)
    .innerJoin(schemes, eq(schemes.id, pairings.schemeId))
    .leftJoin(targetUnit, eq(targetUnit.id, pairings.targetUnitId))
    .leftJoin(targetOrg, eq(targetOrg.id, pairings.targetPartyOrgId))
    .leftJoin(orgUnit, eq(orgUnit.id, pairings.scopeUnitId))
    .where(
      and(
        eq(pairings.personId, personId),
        lte(pairings.startsOn, today),
        or(isNull(pairings.endsOn), gte(pairings.endsOn, today)),
      ),
    )
    .orderBy(asc(pairings.startsOn), asc(pairings.id));
}

/** The last records the caller recorded or attended, newest first. */
async function lastRecords(db: Db, actor: Actor, windowDays: number): Promise<RecordItem[]> {
  const attended =
    actor.personId === null
      ? undefined
      : exists(
          db
            .select({ one: sql`1` })
            .from(recordAttendees)
            .where(and(eq(recordAttendees.recordId, records.id), eq(recordAttendees.personId, actor.personId))),
        );
  const rows = await selectRecords(db)
    .where(
      attended
        ? or(eq(records.authorAccountId, actor.accountId), attended)
        : eq(records.authorAccountId, actor.accountId),
    )
    .orderBy(desc(records.occurredAt), desc(records.id))
    .limit(HOME_RECORD_LIMIT);
  return rows.map((r) => toRecord(r, actor, windowDays));
}

/**
 * 首页 of one caller: a section for each thing they are. A holder of pairings in force
 * sees each pairing's due and overdue items (todoFor, grouped by pairing) and their last
 * records; a counselor or handler the concerns waiting for them (the queue of GET
 * /api/concerns?queue=mine) with an SLA countdown; a current secretary or deputy, per
 * org, the monthly and quarterly meetings due, the checklist items due, the outlet's
 * open concerns, and the due talks they must hold. Everyone else: every section null.
 */
export async function homeOf(db: Db, actor: Actor, clock: HomeClock): Promise<Home> {
  const { today, timeZone, lang } = clock;
  const can = (p: Parameters<Actor['permissions']['has']>[0]) => actor.permissions.has(p);
  const home: Home = { today, pairings: null, concerns: null, secretary: null };
  if (actor.personId === null && !actor.roles.includes('handler')) return home;

  const mine = actor.personId !== null && can('records.write') ? await pairingsInForce(db, actor.personId, today) : [];
  const seats = actor.personId !== null && can('records.write') ? await seatsOf(db, actor.personId) : [];
  // The to-do is computed for an instant; noon of "today" in the enterprise's zone is that day.
  const todo =
    mine.length || seats.length
      ? (await todoFor(db, actor, new Date(zonedMidnight(today, timeZone).getTime() + 12 * 3_600_000))).items
      : [];

  if (mine.length) {
    const { value: settings } = await readRecordSettings(db);
    const items: HomePairing[] = mine.map((p) => {
      const open = todo.filter((i) => i.recordFor.pairingId === p.id && isOpen(i));
      return {
        pairingId: p.id,
        schemeName: p.schemeName,
        targetName: p.targetName ?? '',
        unit: { id: p.targetUnitId ?? p.scopeUnitId, name: p.unitName ?? '' },
        partyOrgId: p.targetPartyOrgId,
        items: open,
        overdue: open.filter((i) => i.status === 'overdue').length,
        due: open.filter((i) => i.status === 'due').length,
      };
    });
    home.pairings = {
      items,
      records: can('records.read') ? await lastRecords(db, actor, settings.editWindowDays) : [],
    };
  }

  const reach =
    can('concerns.read') &&
    (mine.length || seats.length || actor.roles.some((r) => r === 'counselor' || r === 'handler'))
      ? await concernReach(db, actor, today)
      : null;

  if (reach && (mine.length || actor.roles.some((r) => r === 'counselor' || r === 'handler'))) {
    const queue = (status?: 'overdue', pageSize = HOME_CONCERN_LIMIT) =>
      listConcerns(db, actor, reach, concernListQuery.parse({ queue: 'mine', pageSize, status }), today, lang);
    const [page, overdue] = await Promise.all([queue(), queue('overdue', 1)]);
    home.concerns = { total: page.total, overdue: overdue.total, items: await withCountdown(db, page.items, today) };
  }

  if (seats.length) {
    const orgs: HomeOrg[] = [];
    for (const s of seats) {
      const concerns = reach
        ? await listConcerns(
            db,
            actor,
            reach,
            concernListQuery.parse({ status: 'open', outletId: s.unitId, pageSize: HOME_CONCERN_LIMIT }),
            today,
            lang,
          )
        : null;
      orgs.push({
        partyOrg: { id: s.orgId, name: s.orgName },
        unit: { id: s.unitId, name: s.unitName },
        role: s.role === 'secretary' ? 'secretary' : 'deputy_secretary',
        meetings: todo.filter(
          (i) =>
            i.recordFor.pairingId === null &&
            i.recordFor.partyOrgId === s.orgId &&
            (i.rule.period === 'month' || i.rule.period === 'quarter') &&
            isOpen(i),
        ),
        checklist: can('checklists.read') ? await checklistDueFor(db, s.unitId, today) : null,
        concerns: concerns ? { total: concerns.total, items: concerns.items } : null,
      });
    }
    home.secretary = {
      orgs,
      talks: can('talks.read') ? { items: (await listDueTalks(db, actor, { view: 'mine' }, today)).items } : null,
    };
  }
  return home;
}
