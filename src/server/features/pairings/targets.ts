import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pairings, type schemes } from '../../db/schema/pairings.ts';
import { unitPeopleStats } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { conflict, invalidField } from '../../platform/errors.ts';
import { loadPartyOrgInScope } from '../party-orgs/queries.ts';
import { loadPersonInScope } from '../people/queries.ts';
import { loadUnitInScope } from '../units/queries.ts';

type SchemeRow = typeof schemes.$inferSelect;

export interface PairingTarget {
  targetUnitId: number | null;
  targetPartyOrgId: number | null;
  scopeUnitId: number;
  name: string;
}

/**
 * The rules of a pairing, shared by the API (one pairing at a time, below) and
 * the pairings import (a whole sheet checked against lookups loaded at once).
 */

/** Why a unit cannot be the scheme's target: not of its kinds or inactive, or (party representatives) not a blank outlet. */
export function unitTargetProblem(
  scheme: Pick<SchemeRow, 'targetKinds' | 'blankOutletsOnly'>,
  unit: { kind: string; active: boolean; members: number },
): 'wrong_kind' | 'not_blank' | null {
  if (!unit.active || !scheme.targetKinds.includes(unit.kind)) return 'wrong_kind';
  if (scheme.blankOutletsOnly && unit.members > 0) return 'not_blank';
  return null;
}

/** Why a party org cannot be the scheme's target. */
export function orgTargetProblem(scheme: Pick<SchemeRow, 'targetKinds'>, org: { kind: string }): 'wrong_kind' | null {
  return scheme.targetKinds.includes(org.kind) ? null : 'wrong_kind';
}

/** Only active staff hold pairings. */
export function holderProblem(person: { employmentStatus: string }): 'not_active' | null {
  return person.employmentStatus === 'active' ? null : 'not_active';
}

/** Whether two date ranges (a null end is open) share a day: what makes two pairings of the same person and target clash. */
export function periodsOverlap(
  a: { startsOn: string; endsOn: string | null },
  b: { startsOn: string; endsOn: string | null },
): boolean {
  return (b.endsOn === null || a.startsOn <= b.endsOn) && (a.endsOn === null || a.endsOn >= b.startsOn);
}

/**
 * A target fit for the scheme and inside the caller's scope: the right kind of
 * unit or party org, and for party representatives an outlet without members.
 */
export async function resolveTarget(
  tx: Db,
  ctx: ServiceContext,
  scheme: SchemeRow,
  targetId: number,
): Promise<PairingTarget> {
  if (scheme.targetType === 'party_org') {
    const { org } = await loadPartyOrgInScope(tx, ctx.actor, targetId);
    if (orgTargetProblem(scheme, org)) {
      throw invalidField(ctx.lang, 'targetPartyOrgId', 'wrong_kind', {
        'zh-CN': `「${org.name}」不是本制度的结对对象类型`,
        'en-US': `"${org.name}" is not a kind this scheme pairs with`,
      });
    }
    return { targetUnitId: null, targetPartyOrgId: org.id, scopeUnitId: org.unitId, name: org.name };
  }
  await loadUnitInScope(tx, ctx.actor, targetId);
  const [unit] = await tx
    .select({
      name: units.name,
      kind: units.kind,
      active: units.active,
      members: unitPeopleStats.membersFull,
      prob: unitPeopleStats.membersProbationary,
    })
    .from(units)
    .leftJoin(unitPeopleStats, eq(unitPeopleStats.unitId, units.id))
    .where(eq(units.id, targetId));
  const problem = unit ? unitTargetProblem(scheme, { ...unit, members: (unit.members ?? 0) + (unit.prob ?? 0) }) : null;
  if (!unit || problem === 'wrong_kind') {
    throw invalidField(ctx.lang, 'targetUnitId', 'wrong_kind', {
      'zh-CN': `「${unit?.name ?? targetId}」不是本制度的结对对象（类型不符或已停用）`,
      'en-US': `"${unit?.name ?? targetId}" is not a target of this scheme (kind, or inactive)`,
    });
  }
  if (problem === 'not_blank') {
    throw invalidField(ctx.lang, 'targetUnitId', 'not_blank', {
      'zh-CN': `「${unit.name}」有党员，不是无党员网点`,
      'en-US': `"${unit.name}" has party members; it is not a blank outlet`,
    });
  }
  return { targetUnitId: targetId, targetPartyOrgId: null, scopeUnitId: targetId, name: unit.name };
}

/** The holder must be a person in scope and, for any scheme, an active member of the staff. */
export async function assertHolder(tx: Db, ctx: ServiceContext, personId: number) {
  const { person } = await loadPersonInScope(tx, ctx.actor, personId);
  if (holderProblem(person)) {
    throw invalidField(ctx.lang, 'personId', 'not_active', {
      'zh-CN': '只能由在职人员结对',
      'en-US': 'must be active staff',
    });
  }
  return person;
}

/** Refuses a second pairing of the same person and target under one scheme overlapping in time. */
export async function assertNoOverlap(
  tx: Db,
  ctx: ServiceContext,
  p: { schemeId: number; personId: number; target: PairingTarget; startsOn: string; endsOn: string | null },
) {
  const [clash] = await tx
    .select({ id: pairings.id })
    .from(pairings)
    .where(
      and(
        eq(pairings.schemeId, p.schemeId),
        eq(pairings.personId, p.personId),
        p.target.targetUnitId !== null
          ? eq(pairings.targetUnitId, p.target.targetUnitId)
          : eq(pairings.targetPartyOrgId, p.target.targetPartyOrgId!),
        p.endsOn === null ? undefined : lte(pairings.startsOn, p.endsOn),
        or(isNull(pairings.endsOn), gte(pairings.endsOn, p.startsOn)),
      ),
    );
  if (clash) {
    throw conflict(ctx.lang, {
      'zh-CN': `该人员与「${p.target.name}」在此期间已有结对`,
      'en-US': `the person is already paired with "${p.target.name}" in that period`,
    });
  }
}
