import type { PartyOrgKind } from '../../contracts/registry-enums.ts';
import { type OrgWithPool, planSeats } from './committees.ts';
import type { PlanOrg, PlanPerson, PlanSeat } from './plan.ts';
import type { Rng } from './prng.ts';
import { assignTerms, type TermShares } from './terms.ts';
import { isOffice, type Tree, type TreeNode } from './tree.ts';

/**
 * The party organisation of a staffed tree, built the way enterprises do it:
 * a committee (党委) at the head office, each province and city; at a county a
 * general branch (党总支) over its branches, or a single branch when it has no
 * outlet large enough for its own; a branch (党支部) for every department or
 * outlet with at least three full members inside the enterprise; the rest of
 * an office's members (its leaders, small departments, small outlets) in one
 * joint branch attached to the office; party groups (党小组) in large branches.
 * Members whose relation is inside get their branch's code.
 */
export interface OrgOptions {
  rng: Rng;
  today: number;
  /** The party org above the tree's top office (the head office's committee for a province), if any. */
  rootParentOrgCode: string | null;
  terms: TermShares;
}

const MIN_BRANCH_FULL = 3;
const GROUP_THRESHOLD = 14;
const GROUP_NAMES = ['第一党小组', '第二党小组', '第三党小组'];

const isInsideMember = (p: PlanPerson) =>
  p.employmentStatus === 'active' && p.partyStatus !== 'none' && p.partyRelation === 'inside';
const fullCount = (ms: readonly PlanPerson[]) => ms.filter((m) => m.partyStatus === 'full').length;

export function planPartyOrgs(
  tree: Tree,
  people: readonly PlanPerson[],
  opts: OrgOptions,
): { orgs: PlanOrg[]; seats: PlanSeat[] } {
  const byUnit = new Map<string, PlanPerson[]>();
  for (const p of people) {
    if (!isInsideMember(p)) continue;
    const list = byUnit.get(p.unitCode);
    if (list) list.push(p);
    else byUnit.set(p.unitCode, [p]);
  }
  const direct = (n: TreeNode) => byUnit.get(n.unit.code) ?? [];
  /** A unit's members with those of the units below it that are not offices (a department's sections). */
  const within = (n: TreeNode): PlanPerson[] => [
    ...direct(n),
    ...n.children.filter((c) => !isOffice(c.unit.kind)).flatMap(within),
  ];

  /** A committee's people: its office's own staff and departments (机关), not the offices below. */
  const organOf = (n: TreeNode) => [
    ...direct(n),
    ...n.children.filter((c) => c.unit.kind === 'department').flatMap(within),
  ];

  const planned: OrgWithPool[] = [];
  const topOrg = new Map<string, string | null>();
  const add = (
    code: string,
    name: string,
    kind: PartyOrgKind,
    unit: TreeNode,
    parentCode: string | null,
    pool: PlanPerson[],
  ) => {
    const org: PlanOrg = {
      code,
      name,
      kind,
      unitCode: unit.unit.code,
      parentCode,
      termStart: null,
      termEnd: null,
      foundedOn: '',
    };
    planned.push({ org, pool });
    return org;
  };
  const branch = (code: string, name: string, unit: TreeNode, parentCode: string | null, members: PlanPerson[]) => {
    add(code, name, 'branch', unit, parentCode, members);
    for (const m of members) m.partyOrgCode = code;
    if (members.length >= GROUP_THRESHOLD) {
      const groups = members.length >= 2 * GROUP_THRESHOLD ? 3 : 2;
      for (let g = 0; g < groups; g++) add(`${code}-G${g + 1}`, `${name}${GROUP_NAMES[g]}`, 'group', unit, code, []);
    }
  };

  for (const node of tree.nodes) {
    const kind = node.unit.kind;
    if (!isOffice(kind)) continue;
    const { code, name } = node.unit;
    const parentOrg = node.parent?.office ? (topOrg.get(node.parent.office.unit.code) ?? null) : opts.rootParentOrgCode;
    const own: { unit: TreeNode; members: PlanPerson[] }[] = [];
    const rest: PlanPerson[] = [...direct(node)];
    for (const child of node.children) {
      if (child.unit.kind !== 'department' && child.unit.kind !== 'outlet') continue;
      const members = within(child);
      if (fullCount(members) >= MIN_BRANCH_FULL) own.push({ unit: child, members });
      else rest.push(...members);
    }

    if (kind === 'county' && own.length === 0) {
      // A small county: one branch for all its members, or no org when it has none.
      if (rest.length === 0) {
        topOrg.set(code, parentOrg);
        continue;
      }
      branch(`DZB-${code}`, `${name}党支部`, node, parentOrg, rest);
      topOrg.set(code, `DZB-${code}`);
      continue;
    }
    const top =
      kind === 'county'
        ? add(`DZZ-${code}`, `${name}党总支`, 'general_branch', node, parentOrg, within(node))
        : add(`DW-${code}`, `${name}党委`, 'committee', node, parentOrg, organOf(node));
    topOrg.set(code, top.code);
    for (const o of own) branch(`DZB-${o.unit.unit.code}`, `${o.unit.unit.name}党支部`, o.unit, top.code, o.members);
    if (rest.length === 0) continue;
    if (fullCount(rest) >= MIN_BRANCH_FULL || own.length === 0) {
      const joint = kind === 'county' ? '联合党支部' : '机关党支部';
      branch(`DZB-${code}-LH`, `${name}${joint}`, node, top.code, rest);
    } else {
      // Too few for a branch of their own: they join the office's first branch.
      const first = planned.find((p) => p.org.code === `DZB-${own[0]!.unit.unit.code}`)!;
      first.pool.push(...rest);
      for (const m of rest) m.partyOrgCode = first.org.code;
    }
  }

  const orgs = planned.map((p) => p.org);
  assignTerms(opts.rng.fork('terms'), orgs, opts.today, opts.terms);
  return { orgs, seats: planSeats(opts.rng.fork('seats'), planned, opts.today) };
}
