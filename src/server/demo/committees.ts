import type { CadreGrade, CommitteeRole } from '../../contracts/registry-enums.ts';
import { dayOf, isoOf } from './dates.ts';
import type { PlanOrg, PlanPerson, PlanSeat } from './plan.ts';
import type { Rng } from './prng.ts';

/**
 * Committee seats: the secretary is the highest-ranking full member of the
 * org's own people (a committee's: its office's leaders and department heads;
 * a branch's: its members), then a deputy and members by rank. Seats start when
 * the term did (or when the holder became eligible). Some orgs changed
 * secretary mid-term: the predecessor's seat ends the day the successor's
 * starts, as an appointment through the API would record it.
 */
export interface OrgWithPool {
  org: PlanOrg;
  /** Who may sit on its committee, in the order they would be chosen. */
  pool: PlanPerson[];
}

const RANK: Record<CadreGrade, number> = { senior: 0, mid: 1, junior: 2, staff: 3 };
const HISTORY_SHARE = 0.15;

/** How many seats of each role an org fills, by kind and size. */
function seatRoles(rng: Rng, org: PlanOrg, members: number): CommitteeRole[] {
  if (org.kind === 'group') return [];
  if (org.kind === 'committee')
    return ['secretary', 'deputy_secretary', ...repeat<CommitteeRole>('member', rng.int(3, 5))];
  if (org.kind === 'general_branch')
    return ['secretary', 'deputy_secretary', ...repeat<CommitteeRole>('member', rng.int(2, 3))];
  if (members >= 15) return ['secretary', 'deputy_secretary', ...repeat<CommitteeRole>('member', rng.int(2, 3))];
  if (members >= 7) return ['secretary', 'member', 'member'];
  return ['secretary'];
}

function repeat<T>(v: T, n: number): T[] {
  return Array.from({ length: n }, () => v);
}

/** The first day a person may hold a seat of a term that started on `termStart`. */
function eligibleFrom(p: PlanPerson, termStart: number): number {
  return Math.max(termStart, dayOf(p.fullMemberOn!), dayOf(p.hiredOn));
}

export function planSeats(rng: Rng, planned: readonly OrgWithPool[], today: number): PlanSeat[] {
  const seats: PlanSeat[] = [];
  /** Who already leads an org: a committee's secretary does not also lead its office's own branch. */
  const secretaries = new Set<string>();
  for (const { org, pool } of planned) {
    const roles = seatRoles(rng, org, pool.length);
    if (roles.length === 0 || !org.termStart) continue;
    const candidates = pool
      .filter((p) => p.employmentStatus === 'active' && p.partyStatus === 'full' && p.partyRelation === 'inside')
      .sort((a, b) => RANK[a.cadreGrade] - RANK[b.cadreGrade]);
    const free = candidates.findIndex((p) => !secretaries.has(p.employeeNo));
    if (free < 0) continue;
    candidates.unshift(...candidates.splice(free, 1));
    secretaries.add(candidates[0]!.employeeNo);
    const termStart = dayOf(org.termStart);
    const chosen = candidates.slice(0, roles.length);
    const starts = chosen.map((p) => eligibleFrom(p, termStart));
    const predecessor = candidates[chosen.length];
    if (predecessor && termStart <= today - 200 && rng.chance(HISTORY_SHARE)) {
      const changed = termStart + rng.int(60, today - 30 - termStart);
      const from = eligibleFrom(predecessor, termStart);
      if (from < changed - 30) {
        seats.push({
          orgCode: org.code,
          employeeNo: predecessor.employeeNo,
          role: 'secretary',
          startedOn: isoOf(from),
          endedOn: isoOf(changed),
        });
        starts[0] = Math.max(starts[0]!, changed);
      }
    }
    for (const [i, person] of chosen.entries()) {
      seats.push({
        orgCode: org.code,
        employeeNo: person.employeeNo,
        role: roles[i]!,
        startedOn: isoOf(Math.min(starts[i]!, today)),
        endedOn: null,
      });
    }
  }
  return seats;
}
