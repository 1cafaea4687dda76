import type { Anchor, StaffingProfile } from './people.ts';
import type { TermShares } from './terms.ts';
import type { DemoScale } from './units.ts';

/**
 * The shape of the demo enterprise's staff. Member shares are tuned so about
 * 37% of active staff are members (3–5% of them probationary), about 15% of
 * members hold their relation outside (seed 002: 187 = 15.5%), and about 11% of
 * outlets are blank (seed 002: 54 of 241).
 */
const MEMBERSHIP: StaffingProfile['membership'] = {
  rate: { senior: 1, mid: 0.93, junior: 0.66, staff: 0.3 },
  probationary: 0.07,
};
const OUTSIDE: StaffingProfile['outside'] = { leader: 0.03, department: 0.1, county: 0.13, outlet: 0.19 };

export const PROFILES: Record<DemoScale, StaffingProfile> = {
  province: {
    outlet: [7, 18],
    blankOutlet: [4, 8],
    blankOutletShare: 0.11,
    leaders: { head_office: [6, 8], province: [7, 7], city: [5, 6], county: [8, 16] },
    department: { head_office: [20, 40], province: [15, 40], city: [10, 20], county: [4, 8] },
    section: [5, 12],
    membership: MEMBERSHIP,
    outside: OUTSIDE,
    leftRate: 0.03,
    retiredRate: 0.035,
    transferRate: 0.03,
  },
  // Small enough that each test file's environment builds in a fraction of a second.
  test: {
    outlet: [3, 12],
    blankOutlet: [3, 6],
    blankOutletShare: 0.1,
    leaders: { head_office: [3, 4], province: [3, 4], city: [4, 5], county: [2, 4] },
    department: { head_office: [2, 5], province: [2, 5], city: [2, 5], county: [2, 4] },
    section: [2, 4],
    membership: MEMBERSHIP,
    outside: OUTSIDE,
    leftRate: 0.03,
    retiredRate: 0.03,
    transferRate: 0.03,
  },
};

/** A handful of terms expiring within the warning window, a few overdue. */
export const DEMO_TERMS: TermShares = { expiring: 0.012, overdue: 0.008 };

/**
 * The people behind the demo accounts (accounts.ts), placed where their
 * display names say they work; all are full members inside the enterprise.
 * 王建国 heads the province and so chairs its committee; 赵敏 heads outlet
 * JN010101 and so is its branch's secretary.
 */
export const DEMO_PEOPLE: readonly Anchor[] = [
  { unitCode: 'JN', slot: 0, name: '王建国', gender: 'male' },
  { unitCode: 'JNB01', slot: 0, name: '周海燕', gender: 'female' },
  { unitCode: 'JN01', slot: 1, name: '李卫东', gender: 'male' },
  { unitCode: 'JN01', slot: 3, name: '吴刚', gender: 'male' },
  { unitCode: 'JN01B02', slot: 0, name: '孙磊', gender: 'male' },
  { unitCode: 'JN010101', slot: 0, name: '赵敏', gender: 'female' },
];

/** Outlet JN010101 keeps a branch of its own (tests and the secretary account rely on it). */
export const DEMO_MIN_INSIDE_FULL: Readonly<Record<string, number>> = { JN010101: 3 };

/** Employee numbers of the demo start with this (the national generator uses 00–31). */
export const DEMO_EMPLOYEE_PREFIX = '88';
export const DEMO_SEED = 20_260_401;
