import type { CadreGrade, Gender } from '../../contracts/registry-enums.ts';
import { dayOf, isoOf } from './dates.ts';
import { activePerson, formerPerson, type Membership, type PersonContext } from './person.ts';
import type { PlanPerson, PlanTransfer } from './plan.ts';
import { departmentSlots, leaderSlots, outletSlots, type Slot, sectionSlots } from './positions.ts';
import type { Rng } from './prng.ts';
import { isOffice, type OfficeKind, type Tree, type TreeNode } from './tree.ts';

/**
 * The staff of a unit tree: how many people work where, who leads, who is a
 * party member and where the relation is held. Blank outlets (no member on
 * the staff) are chosen up front so their share is what the profile says and
 * no other outlet ends up blank by chance.
 */
export type Range = readonly [number, number];

export interface StaffingProfile {
  outlet: Range;
  blankOutlet: Range;
  /** Share of outlets with no party member on the staff (seed 002: 54 of 241). */
  blankOutletShare: number;
  /** The office's own staff: leadership, and for a county its back office. */
  leaders: Record<OfficeKind, Range>;
  department: Record<OfficeKind, Range>;
  section: Range;
  membership: Membership;
  /** Chance that a member's relation is held outside, by where they work. */
  outside: { leader: number; department: number; county: number; outlet: number };
  /** Former employees per active one. */
  leftRate: number;
  retiredRate: number;
  /** Share of long-serving staff with a recorded move from a sibling unit. */
  transferRate: number;
}

/** A named person of the demo, put in a given slot of a unit (the demo accounts' people). */
export interface Anchor {
  unitCode: string;
  slot: number;
  name: string;
  gender: Gender;
}

export interface PeopleOptions {
  rng: Rng;
  today: number;
  /** Employee numbers are this prefix and a running number. */
  employeePrefix: string;
  profile: StaffingProfile;
  anchors?: readonly Anchor[];
  /** Outlets that must have at least this many full members whose relation is inside. */
  minInsideFull?: Readonly<Record<string, number>>;
}

export interface PeoplePlan {
  people: PlanPerson[];
  transfers: PlanTransfer[];
  blankOutlets: ReadonlySet<string>;
}

function chooseBlankOutlets(tree: Tree, opts: PeopleOptions): Set<string> {
  const protectedCodes = new Set([
    ...(opts.anchors ?? []).map((a) => a.unitCode),
    ...Object.keys(opts.minInsideFull ?? {}),
  ]);
  const outlets = tree.nodes.filter((n) => n.unit.kind === 'outlet' && !protectedCodes.has(n.unit.code));
  if (outlets.length === 0 || opts.profile.blankOutletShare <= 0) return new Set();
  const n = Math.max(1, Math.round(outlets.length * opts.profile.blankOutletShare));
  return new Set(
    opts.rng
      .fork('blank-outlets')
      .shuffle(outlets)
      .slice(0, n)
      .map((o) => o.unit.code),
  );
}

function slotsOf(rng: Rng, node: TreeNode, p: StaffingProfile, blank: boolean): Slot[] {
  const kind = node.unit.kind;
  const count = (r: Range) => rng.int(r[0], r[1]);
  if (kind === 'outlet') return outletSlots(rng, count(blank ? p.blankOutlet : p.outlet));
  if (kind === 'section') return sectionSlots(rng, count(p.section));
  if (isOffice(kind)) return leaderSlots(rng, kind, count(p.leaders[kind]));
  const office = node.office?.unit.kind;
  if (kind === 'department' && office && isOffice(office)) {
    return departmentSlots(rng, office, count(p.department[office]));
  }
  return [];
}

function outsideChance(p: StaffingProfile, node: TreeNode, grade: CadreGrade): number {
  if (grade === 'senior' || grade === 'mid') return p.outside.leader;
  if (node.unit.kind === 'outlet') return p.outside.outlet;
  if (node.unit.kind === 'county') return p.outside.county;
  return p.outside.department;
}

/** "青州市" for a unit under 青州市分行: the prefix of the local orgs its external members join. */
function cityLabel(node: TreeNode): string {
  for (let n: TreeNode | null = node; n; n = n.parent) {
    if (n.unit.kind === 'city') return n.unit.name.replace(/分行$|分公司$/, '');
  }
  return '';
}

const insideFull = (p: PlanPerson) => p.partyStatus === 'full' && p.partyRelation === 'inside';
const isMember = (p: PlanPerson) => p.partyStatus !== 'none';

export function planPeople(tree: Tree, opts: PeopleOptions): PeoplePlan {
  const p = opts.profile;
  const blank = chooseBlankOutlets(tree, opts);
  const anchors = new Map((opts.anchors ?? []).map((a) => [`${a.unitCode}#${a.slot}`, a]));
  const people: PlanPerson[] = [];
  const transfers: PlanTransfer[] = [];
  let seq = 0;
  const nextNo = () => `${opts.employeePrefix}${String(++seq).padStart(7, '0')}`;

  for (const node of tree.nodes) {
    const rng = opts.rng.fork(node.unit.code);
    const isBlank = blank.has(node.unit.code);
    const city = cityLabel(node);
    const staff: PlanPerson[] = [];
    const slots = slotsOf(rng, node, p, isBlank);
    const ctxOf = (grade: CadreGrade): PersonContext => ({
      today: opts.today,
      unitCode: node.unit.code,
      city,
      membership: p.membership,
      outside: outsideChance(p, node, grade),
    });
    for (const [i, slot] of slots.entries()) {
      const anchor = anchors.get(`${node.unit.code}#${i}`);
      const person = anchor
        ? activePerson(rng, ctxOf(slot.grade), nextNo(), slot, {
            insideFull: true,
            name: anchor.name,
            gender: anchor.gender,
          })
        : activePerson(rng, ctxOf(slot.grade), nextNo(), slot, isBlank ? { member: false } : {});
      staff.push(person);
    }
    // An outlet that is not meant to be blank keeps at least one member: its head.
    if (node.unit.kind === 'outlet' && !isBlank && staff.length && !staff.some(isMember)) {
      const head = staff[0]!;
      staff[0] = activePerson(rng, ctxOf(slots[0]!.grade), head.employeeNo, slots[0]!, { member: true });
    }
    const needed = opts.minInsideFull?.[node.unit.code] ?? 0;
    for (let i = 0; i < staff.length && staff.filter(insideFull).length < needed; i++) {
      if (insideFull(staff[i]!) || anchors.has(`${node.unit.code}#${i}`)) continue;
      staff[i] = activePerson(rng, ctxOf(slots[i]!.grade), staff[i]!.employeeNo, slots[i]!, { insideFull: true });
    }
    people.push(...staff);

    for (const person of staff) {
      if (rng.chance(p.transferRate)) {
        const move = transferInto(rng, node, person, opts.today);
        if (move) transfers.push(move);
      }
      const position = person.cadreGrade === 'staff' ? person.position : '综合岗';
      if (rng.chance(p.leftRate)) people.push(formerPerson(rng, ctxOf('staff'), nextNo(), position, false));
      if (rng.chance(p.retiredRate)) people.push(formerPerson(rng, ctxOf('staff'), nextNo(), position, true));
    }
  }
  return { people, transfers, blankOutlets: blank };
}

/** A recorded move into the person's unit from a sibling of the same kind, some time after hiring. */
function transferInto(rng: Rng, node: TreeNode, person: PlanPerson, today: number): PlanTransfer | null {
  const siblings = node.parent?.children.filter((c) => c.unit.kind === node.unit.kind && c !== node) ?? [];
  if (siblings.length === 0) return null;
  const hired = dayOf(person.hiredOn);
  const from = hired + 365;
  const to = today - 30;
  if (from >= to) return null;
  return {
    employeeNo: person.employeeNo,
    fromUnitCode: rng.pick(siblings).unit.code,
    toUnitCode: node.unit.code,
    effectiveOn: isoOf(rng.int(from, to)),
    note: '工作调动',
  };
}
