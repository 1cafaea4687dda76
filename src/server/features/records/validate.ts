import { eq, inArray } from 'drizzle-orm';
import type { CreateRecordBody } from '../../../contracts/records.ts';
import type { Db } from '../../db/client.ts';
import { pairings } from '../../db/schema/pairings.ts';
import { partyOrgs } from '../../db/schema/party-orgs.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { invalidField, notFound, outOfScope } from '../../platform/errors.ts';
import { pathInScope } from '../../platform/scope.ts';
import { localDate } from '../compliance/periods.ts';

/** The columns a valid record body becomes. */
export interface RecordValues {
  kind: string;
  occurredAt: Date;
  unitId: number;
  partyOrgId: number | null;
  pairingId: number | null;
  mode: string;
  presenterId: number | null;
  title: string;
  content: string | null;
  outcomes: string | null;
  standardItems: unknown;
  attendees: { personId: number; present: boolean; absenceReason: string | null }[];
  presentCount: number;
}

async function unitPath(db: Db, id: number): Promise<string | null> {
  const [u] = await db.select({ path: units.path }).from(units).where(eq(units.id, id));
  return u?.path ?? null;
}

/**
 * Checks a record body against the records it refers to: the pairing (held by the
 * author or inside their reach, and in force on the day), the party org, the
 * unit, the people named; the date (not in the future, not before the pairing
 * began); the monthly meeting's items. `paths` is where the author may record.
 */
export async function validateRecord(
  db: Db,
  ctx: ServiceContext,
  body: CreateRecordBody,
  paths: string[],
  timeZone: string,
  now = new Date(),
): Promise<RecordValues> {
  const lang = ctx.lang;
  const occurredAt = new Date(body.occurredAt);
  if (occurredAt.getTime() > now.getTime()) {
    throw invalidField(lang, 'occurredAt', 'future_date', {
      'zh-CN': '不能晚于当前时间',
      'en-US': 'cannot be in the future',
    });
  }
  const day = localDate(occurredAt, timeZone);
  let unitId = body.unitId ?? null;
  let partyOrgId = body.partyOrgId ?? null;
  if (body.pairingId) {
    const [p] = await db.select().from(pairings).where(eq(pairings.id, body.pairingId));
    if (!p) throw notFound();
    const path = await unitPath(db, p.scopeUnitId);
    if (p.personId !== ctx.actor.personId && !(path && pathInScope(path, paths))) throw outOfScope('pairing', p.id);
    if (day < p.startsOn || (p.endsOn !== null && day > p.endsOn)) {
      throw invalidField(lang, 'occurredAt', 'outside_pairing', {
        'zh-CN': `须在结对期间内（${p.startsOn} 起${p.endsOn ? `至 ${p.endsOn}` : ''}）`,
        'en-US': `must fall within the pairing (from ${p.startsOn}${p.endsOn ? ` to ${p.endsOn}` : ''})`,
      });
    }
    unitId ??= p.targetUnitId ?? p.scopeUnitId;
    partyOrgId ??= p.targetPartyOrgId;
  }
  if (partyOrgId) {
    const [o] = await db.select({ unitId: partyOrgs.unitId }).from(partyOrgs).where(eq(partyOrgs.id, partyOrgId));
    if (!o) throw notFound();
    unitId ??= o.unitId;
  }
  if (unitId === null) {
    throw invalidField(lang, 'unitId', 'required', {
      'zh-CN': '请选择结对、党组织或机构',
      'en-US': 'needs a pairing, a party org or a unit',
    });
  }
  const path = await unitPath(db, unitId);
  if (!path) throw notFound();
  if (!pathInScope(path, paths)) throw outOfScope('unit', unitId);

  const isMonthly = body.kind === 'monthly_meeting';
  if (!isMonthly && body.standardItems) {
    throw invalidField(lang, 'standardItems', 'not_monthly', {
      'zh-CN': '只有"每月一会"记录四个标准动作',
      'en-US': 'belong to monthly meetings only',
    });
  }
  const attendees = (body.attendees ?? []).map((a) => ({
    personId: a.personId,
    present: a.present,
    absenceReason: a.present ? null : (a.absenceReason ?? null),
  }));
  if (new Set(attendees.map((a) => a.personId)).size !== attendees.length) {
    throw invalidField(lang, 'attendees', 'duplicate', {
      'zh-CN': '同一人不能重复出现',
      'en-US': 'lists a person twice',
    });
  }
  const ids = [...new Set([...attendees.map((a) => a.personId), ...(body.presenterId ? [body.presenterId] : [])])];
  if (ids.length) {
    const found = await db.select({ id: people.id }).from(people).where(inArray(people.id, ids));
    if (found.length !== ids.length) {
      throw invalidField(lang, 'attendees', 'unknown_person', {
        'zh-CN': '包含不存在的人员',
        'en-US': 'names an unknown person',
      });
    }
  }
  return {
    kind: body.kind,
    occurredAt,
    unitId,
    partyOrgId,
    pairingId: body.pairingId ?? null,
    mode: body.mode,
    presenterId: body.presenterId ?? null,
    title: body.title,
    content: body.content ?? null,
    outcomes: body.outcomes ?? null,
    standardItems: isMonthly ? (body.standardItems ?? null) : null,
    attendees,
    presentCount: attendees.filter((a) => a.present).length,
  };
}
