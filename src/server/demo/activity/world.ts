import type { CadreGrade, PartyStatus } from '../../../contracts/registry-enums.ts';
import type { UnitKind } from '../../../contracts/units.ts';
import { dayOf } from '../dates.ts';
import type { PlanOrg, PlanPerson } from '../plan.ts';
import type { PlannedRegistry } from '../registry.ts';
import type { DemoUnit } from '../units.ts';

/**
 * The stored demo registry as the activity planners see it: units, people and
 * party orgs with their database ids, indexed the ways pairings and records
 * need them. Built from the in-memory plan plus the ids the writes assigned,
 * so nothing has to be read back row by row.
 */
export interface WorldPerson {
  id: number;
  employeeNo: string;
  name: string;
  unitCode: string;
  grade: CadreGrade;
  partyStatus: PartyStatus;
  orgCode: string | null;
  /** Day numbers: from when the person can attend (hired) and sit in branch meetings (joined). */
  hiredOn: number;
  joinedOn: number | null;
}

export interface WorldOrg extends PlanOrg {
  id: number;
  members: WorldPerson[];
  /** Seats in force today, secretary first. */
  committee: WorldPerson[];
  secretary: WorldPerson | null;
}

export interface WorldUnit {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
}

export interface World {
  units: Map<string, WorldUnit>;
  outlets: WorldUnit[];
  blankOutlets: ReadonlySet<string>;
  /** Active staff by unit code, in plan order (slot 0 is the head). */
  staff: Map<string, WorldPerson[]>;
  people: Map<string, WorldPerson>;
  orgs: WorldOrg[];
  orgByCode: Map<string, WorldOrg>;
}

export function buildWorld(
  units: readonly DemoUnit[],
  unitIds: ReadonlyMap<string, number>,
  registry: PlannedRegistry,
  personIds: ReadonlyMap<string, number>,
  orgIds: ReadonlyMap<string, number>,
): World {
  const unitMap = new Map<string, WorldUnit>();
  for (const u of units) unitMap.set(u.code, { ...u, id: unitIds.get(u.code)! });
  const people = new Map<string, WorldPerson>();
  const staff = new Map<string, WorldPerson[]>();
  for (const p of registry.people) {
    if (p.employmentStatus !== 'active') continue;
    const w = toWorldPerson(p, personIds.get(p.employeeNo)!);
    people.set(w.employeeNo, w);
    const list = staff.get(w.unitCode);
    if (list) list.push(w);
    else staff.set(w.unitCode, [w]);
  }
  const orgs: WorldOrg[] = registry.orgs.map((o) => ({
    ...o,
    id: orgIds.get(o.code)!,
    members: [],
    committee: [],
    secretary: null,
  }));
  const orgByCode = new Map(orgs.map((o) => [o.code, o]));
  for (const p of people.values()) if (p.orgCode) orgByCode.get(p.orgCode)?.members.push(p);
  for (const s of registry.seats) {
    const org = orgByCode.get(s.orgCode);
    const person = people.get(s.employeeNo);
    if (!org || !person || s.endedOn !== null) continue;
    if (s.role === 'secretary') {
      org.secretary = person;
      org.committee.unshift(person);
    } else org.committee.push(person);
  }
  return {
    units: unitMap,
    outlets: [...unitMap.values()].filter((u) => u.kind === 'outlet'),
    blankOutlets: registry.blankOutlets,
    staff,
    people,
    orgs,
    orgByCode,
  };
}

function toWorldPerson(p: PlanPerson, id: number): WorldPerson {
  return {
    id,
    employeeNo: p.employeeNo,
    name: p.name,
    unitCode: p.unitCode,
    grade: p.cadreGrade,
    partyStatus: p.partyStatus,
    orgCode: p.partyOrgCode,
    hiredOn: dayOf(p.hiredOn),
    joinedOn: p.joinedPartyOn ? dayOf(p.joinedPartyOn) : null,
  };
}

/** The branch an outlet holds its meetings in: its own, if it has one. */
export function ownBranch(world: World, outletCode: string): WorldOrg | null {
  return world.orgByCode.get(`DZB-${outletCode}`) ?? null;
}

/** The city (kind 'city') a unit lies in, by walking up the codes. */
export function cityOf(world: World, code: string): WorldUnit | null {
  for (let u = world.units.get(code); u; u = u.parentCode ? world.units.get(u.parentCode) : undefined) {
    if (u.kind === 'city') return u;
  }
  return null;
}
