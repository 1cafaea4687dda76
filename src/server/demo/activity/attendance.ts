import type { Rng } from '../prng.ts';
import type { PlanAttendee } from './plan.ts';
import { ABSENCE_REASONS } from './text.ts';
import type { WorldPerson } from './world.ts';

/**
 * Who was at a meeting on a day: the people already there (hired, and for a
 * branch meeting already members), each present with the given chance, an
 * absentee with a reason. Person-times are the present ones.
 */
export function attendance(
  rng: Rng,
  people: readonly WorldPerson[],
  day: number,
  presentRate: number,
  membersOnly = false,
): PlanAttendee[] {
  const out: PlanAttendee[] = [];
  for (const p of people) {
    if (p.hiredOn > day) continue;
    if (membersOnly && (p.joinedOn === null || p.joinedOn > day)) continue;
    const present = rng.chance(presentRate);
    out.push({ personId: p.id, present, absenceReason: present ? null : rng.pick(ABSENCE_REASONS) });
  }
  return out;
}

/** Adds a person as present (a counselor joining an outlet's meeting), once. */
export function addPresent(list: PlanAttendee[], personId: number): void {
  const known = list.find((a) => a.personId === personId);
  if (known) {
    known.present = true;
    known.absenceReason = null;
  } else list.push({ personId, present: true, absenceReason: null });
}

/** How reliably a pairing, outlet or branch does what the rules ask: most do, some slip, a few rarely. */
export function zeal(rng: Rng): number {
  return rng.weighted([
    [0.98, 6],
    [0.88, 3],
    [0.6, 1],
  ] as const);
}
