import { type CommitteeRole, MEMBER_STATUSES, type PartyStatus } from '../../../contracts/registry-enums.ts';
import { pathInScope } from '../../platform/scope.ts';
import type { Field } from './fields.ts';
import type { PersonRef, SittingSeat } from './org-lookups.ts';
import type { Problems } from './problems.ts';

/** The committee columns of the party org sheet and the role each one seats. */
export const COMMITTEE_COLUMNS: readonly { key: string; role: CommitteeRole; single: boolean }[] = [
  { key: 'secretaryNo', role: 'secretary', single: true },
  { key: 'deputyNo', role: 'deputy_secretary', single: true },
  { key: 'memberNos', role: 'member', single: false },
];

/** Employee numbers per committee column, for the columns the file has (null: the cell was wrong). */
export type CommitteeCells = Map<string, Field<string[]>>;

export interface Seat {
  personId: number;
  role: CommitteeRole;
}

export interface CommitteeChange {
  /** Sitting seats the file no longer lists: they end today. */
  end: number[];
  /** Seats the file lists that nobody sits in yet: they start today. */
  start: Seat[];
}

/**
 * The seats a row lists, checked: each number an active party member inside the
 * scope, nobody twice, one secretary and one deputy at most. Null when the file
 * has no committee column (the committee stays as it is).
 */
export function listedSeats(
  row: number,
  cells: CommitteeCells,
  refs: ReadonlyMap<string, PersonRef>,
  scope: readonly string[],
  problems: Problems,
): Seat[] | null {
  if (cells.size === 0) return null;
  const seats: Seat[] = [];
  const seen = new Set<string>();
  for (const col of COMMITTEE_COLUMNS) {
    const numbers = cells.get(col.key);
    if (!numbers) continue;
    if (col.single && numbers.length > 1) problems.add(row, col.key, 'single_value');
    for (const no of numbers) {
      const person = refs.get(no);
      if (!person || !pathInScope(person.unitPath, scope)) {
        problems.add(row, col.key, 'unknown_ref', { value: no });
        continue;
      }
      if (!MEMBER_STATUSES.includes(person.partyStatus as PartyStatus) || person.employmentStatus !== 'active') {
        problems.add(row, col.key, 'not_active_member', { value: no });
        continue;
      }
      if (seen.has(no)) {
        problems.add(row, col.key, 'duplicate_seat', { value: no });
        continue;
      }
      seen.add(no);
      seats.push({ personId: person.id, role: col.role });
    }
  }
  return seats;
}

/** What changes between the sitting committee and the listed one, for the roles the file has. */
export function committeeChange(
  listed: readonly Seat[],
  sitting: readonly SittingSeat[],
  cells: CommitteeCells,
): CommitteeChange {
  const roles = new Set(COMMITTEE_COLUMNS.filter((c) => cells.has(c.key)).map((c) => c.role));
  const key = (s: { personId: number; role: string }) => `${s.personId}:${s.role}`;
  const wanted = new Set(listed.map(key));
  const held = new Set(sitting.filter((s) => roles.has(s.role as CommitteeRole)).map(key));
  return {
    end: sitting.filter((s) => roles.has(s.role as CommitteeRole) && !wanted.has(key(s))).map((s) => s.id),
    start: listed.filter((s) => !held.has(key(s))),
  };
}
