import type { CadreGrade, Gender, PartyRelation } from '../../contracts/registry-enums.ts';
import { addYears, isoOf, YEAR_DAYS } from './dates.ts';
import { idNumber, mobile } from './identity.ts';
import { personName } from './names.ts';
import { externalOrgName } from './places.ts';
import type { PlanPerson } from './plan.ts';
import type { Slot } from './positions.ts';
import type { Rng } from './prng.ts';

/**
 * One generated person: age by grade, hire date, party membership and where
 * the relation is held, phone and ID number. Every person made here satisfies
 * the registry's cross-field rules (checked again by the planner).
 */
export interface Membership {
  /** Share of members among active staff of this grade. */
  rate: Record<CadreGrade, number>;
  /** Share of members still on probation (joined within the year). */
  probationary: number;
}

export interface PersonContext {
  today: number;
  unitCode: string;
  /** "青州市": prefixes the local orgs external members belong to. */
  city: string;
  membership: Membership;
  /** Chance that a member's relation is held outside the enterprise, here. */
  outside: number;
}

const AGE: Record<CadreGrade, readonly [number, number]> = {
  senior: [48, 58],
  mid: [38, 57],
  junior: [29, 56],
  staff: [22, 58],
};

function birthAt(rng: Rng, today: number, age: number): number {
  return today - age * YEAR_DAYS - rng.int(0, 360);
}

function hiredAfter(rng: Rng, birth: number, today: number): number {
  const hired = birth + rng.int(21, 26) * YEAR_DAYS + rng.int(0, 360);
  return Math.min(hired, today - rng.int(20, 200));
}

/** A member's dates: full members joined over a year ago; probationary ones within the year. */
function joinDates(rng: Rng, birth: number, today: number, probationary: boolean) {
  if (probationary) return { joined: today - rng.int(15, 350), full: null };
  const latest = today - 370;
  const joined = Math.min(birth + rng.int(19, 40) * YEAR_DAYS + rng.int(0, 360), latest);
  return { joined, full: addYears(joined, 1) };
}

function relationFields(rng: Rng, ctx: PersonContext, relation: PartyRelation | null) {
  return {
    partyRelation: relation,
    externalOrgName: relation === 'outside' ? externalOrgName(rng, ctx.city) : null,
  };
}

/** What a caller may fix about an active person instead of leaving it to chance. */
export interface ActiveOptions {
  member?: boolean;
  /** A full member whose relation is inside (a named demo person, a fixture's needs). */
  insideFull?: boolean;
  name?: string;
  gender?: Gender;
}

/** An active employee in a slot. */
export function activePerson(
  rng: Rng,
  ctx: PersonContext,
  employeeNo: string,
  slot: Slot,
  opts: ActiveOptions = {},
): PlanPerson {
  const gender: Gender = opts.gender ?? (rng.chance(slot.grade === 'staff' ? 0.42 : 0.62) ? 'male' : 'female');
  const [lo, hi] = AGE[slot.grade];
  // Staff skew young: the minimum of two draws.
  const age = slot.grade === 'staff' ? Math.min(rng.int(lo, hi), rng.int(lo, hi)) : rng.int(lo, hi);
  const birth = birthAt(rng, ctx.today, age);
  const hired = hiredAfter(rng, birth, ctx.today);
  const isMember = opts.insideFull || (opts.member ?? rng.chance(ctx.membership.rate[slot.grade]));
  let party: Pick<PlanPerson, 'partyStatus' | 'joinedPartyOn' | 'fullMemberOn' | 'partyRelation' | 'externalOrgName'> =
    {
      partyStatus: 'none',
      joinedPartyOn: null,
      fullMemberOn: null,
      partyRelation: null,
      externalOrgName: null,
    };
  if (isMember) {
    const probationary =
      !opts.insideFull && slot.grade !== 'senior' && age < 40 && rng.chance(ctx.membership.probationary);
    const { joined, full } = joinDates(rng, birth, ctx.today, probationary);
    const relation = opts.insideFull || !rng.chance(ctx.outside) ? 'inside' : 'outside';
    party = {
      partyStatus: probationary ? 'probationary' : 'full',
      joinedPartyOn: isoOf(joined),
      fullMemberOn: full === null ? null : isoOf(full),
      ...relationFields(rng, ctx, relation),
    };
  }
  return {
    employeeNo,
    name: opts.name ?? personName(rng, gender),
    gender,
    unitCode: ctx.unitCode,
    position: slot.position,
    cadreGrade: slot.grade,
    employmentStatus: 'active',
    hiredOn: isoOf(hired),
    leftOn: null,
    ...party,
    partyOrgCode: null,
    phone: mobile(rng),
    idNumber: idNumber(rng, birth, gender),
  };
}

/**
 * A former employee of the unit: retired at the statutory age, or left for
 * another job. Members among them hold their relation outside (transferred to
 * their community), so they have no party org of the enterprise.
 */
export function formerPerson(rng: Rng, ctx: PersonContext, employeeNo: string, position: string, retired: boolean) {
  const gender: Gender = rng.chance(0.5) ? 'male' : 'female';
  const retireAge = gender === 'male' ? 60 : 55;
  const age = retired ? retireAge + rng.int(1, 8) : rng.int(27, 45);
  const birth = birthAt(rng, ctx.today, age);
  const hired = birth + rng.int(20, 24) * YEAR_DAYS + rng.int(0, 360);
  const left = retired
    ? Math.min(addYears(birth, retireAge) + rng.int(0, 40), ctx.today - 1)
    : Math.max(ctx.today - rng.int(30, 1800), hired + 200);
  const member = rng.chance(retired ? 0.5 : 0.3);
  const { joined, full } = joinDates(rng, birth, Math.min(left, ctx.today), false);
  const person: PlanPerson = {
    employeeNo,
    name: personName(rng, gender),
    gender,
    unitCode: ctx.unitCode,
    position,
    cadreGrade: 'staff',
    employmentStatus: retired ? 'retired' : 'left',
    hiredOn: isoOf(hired),
    leftOn: isoOf(Math.min(left, ctx.today - 1)),
    partyStatus: member ? 'full' : 'none',
    joinedPartyOn: member ? isoOf(joined) : null,
    fullMemberOn: member && full !== null ? isoOf(full) : null,
    partyOrgCode: null,
    ...relationFields(rng, ctx, member ? 'outside' : null),
    phone: mobile(rng),
    idNumber: idNumber(rng, birth, gender),
  };
  return person;
}
