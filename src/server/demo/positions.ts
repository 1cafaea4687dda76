import type { CadreGrade } from '../../contracts/registry-enums.ts';
import type { Rng } from './prng.ts';
import type { OfficeKind } from './tree.ts';

/**
 * Positions and cadre grades by where a person works. Slot 0 of a unit is its
 * head. Grades follow the brief: province and head-office leaders are senior;
 * city leaders, department heads of province and city, their deputies and
 * county branch presidents are mid-level (counselors are drawn from them);
 * outlet heads, county vice-presidents and county department heads are junior.
 */
export interface Slot {
  position: string;
  grade: CadreGrade;
}

const LEADERS: Record<OfficeKind, readonly Slot[]> = {
  head_office: [
    { position: '党委书记、董事长', grade: 'senior' },
    { position: '党委副书记、行长', grade: 'senior' },
    { position: '党委委员、副行长', grade: 'senior' },
    { position: '党委委员、纪委书记', grade: 'senior' },
    { position: '党委委员、副行长', grade: 'senior' },
    { position: '党委委员、副行长', grade: 'senior' },
    { position: '首席风险官', grade: 'senior' },
    { position: '董事会秘书', grade: 'senior' },
  ],
  province: [
    { position: '党委书记、行长', grade: 'senior' },
    { position: '党委副书记、副行长', grade: 'senior' },
    { position: '党委委员、副行长', grade: 'senior' },
    { position: '党委委员、纪委书记', grade: 'senior' },
    { position: '党委委员、副行长', grade: 'senior' },
    { position: '行长助理', grade: 'mid' },
    { position: '首席风险官', grade: 'mid' },
  ],
  city: [
    { position: '党委书记、行长', grade: 'mid' },
    { position: '党委委员、副行长', grade: 'mid' },
    { position: '党委委员、副行长', grade: 'mid' },
    { position: '党委委员、纪委书记', grade: 'mid' },
    { position: '行长助理', grade: 'mid' },
    { position: '党委委员、副行长', grade: 'mid' },
  ],
  county: [
    { position: '行长', grade: 'mid' },
    { position: '副行长', grade: 'junior' },
    { position: '副行长', grade: 'junior' },
    { position: '综合办公室主任', grade: 'junior' },
    { position: '会计主管', grade: 'staff' },
  ],
};

const COUNTY_OFFICE_STAFF: readonly (readonly [string, number])[] = [
  ['公司客户经理', 3],
  ['个人客户经理', 3],
  ['风险经理', 1],
  ['综合管理岗', 2],
  ['财务会计岗', 1],
];

const OUTLET_STAFF: readonly (readonly [string, number])[] = [
  ['综合柜员', 6],
  ['客户经理', 2],
  ['理财经理', 2],
  ['大堂经理', 1],
];

const DEPARTMENT_STAFF: readonly (readonly [string, number])[] = [
  ['经理', 3],
  ['主管', 3],
  ['专员', 4],
  ['综合岗', 1],
];

/** The `count` slots of an office's own staff (its leadership and, for a county, its back office). */
export function leaderSlots(rng: Rng, kind: OfficeKind, count: number): Slot[] {
  const fixed = LEADERS[kind];
  const out: Slot[] = fixed.slice(0, count);
  while (out.length < count) out.push({ position: rng.weighted(COUNTY_OFFICE_STAFF), grade: 'staff' });
  return out;
}

/** A department of an office: head, deputies, then staff. */
export function departmentSlots(rng: Rng, office: OfficeKind, count: number): Slot[] {
  const county = office === 'county';
  const out: Slot[] = [{ position: county ? '部门经理' : '总经理', grade: county ? 'junior' : 'mid' }];
  const deputies = county ? 0 : count >= 12 ? 2 : count >= 6 ? 1 : 0;
  for (let i = 0; i < deputies; i++) out.push({ position: '副总经理', grade: 'mid' });
  while (out.length < count) {
    const senior = !county && rng.chance(0.15);
    out.push(
      senior ? { position: '高级经理', grade: 'junior' } : { position: rng.weighted(DEPARTMENT_STAFF), grade: 'staff' },
    );
  }
  return out.slice(0, count);
}

/** A section (处室) of a department: its head, then staff. */
export function sectionSlots(rng: Rng, count: number): Slot[] {
  const out: Slot[] = [{ position: '室主任', grade: 'junior' }];
  while (out.length < count) out.push({ position: rng.weighted(DEPARTMENT_STAFF), grade: 'staff' });
  return out.slice(0, count);
}

/** An outlet: its head, an operations supervisor, a lobby manager, then tellers and advisers. */
export function outletSlots(rng: Rng, count: number): Slot[] {
  const out: Slot[] = [{ position: '网点负责人', grade: 'junior' }];
  if (count >= 9) out.push({ position: '网点副主任', grade: 'junior' });
  if (count >= 4) out.push({ position: '运营主管', grade: 'staff' });
  if (count >= 6) out.push({ position: '大堂经理', grade: 'staff' });
  while (out.length < count) out.push({ position: rng.weighted(OUTLET_STAFF), grade: 'staff' });
  return out.slice(0, count);
}
