import { DEFAULT_TALK_SETTINGS, type DueReason, TALK_KIND_OF_REASON, type TalkKind } from '../../../contracts/talks.ts';
import { addDays, daysBetween } from '../../features/training/dates.ts';
import type { Rng } from '../prng.ts';
import {
  DONE_FOLLOW_UPS,
  DONE_SUMMARIES,
  FLAG_NOTES,
  PLACES,
  ROUTINE_FOLLOW_UPS,
  ROUTINE_SUMMARIES,
  TRANSFER_NOTE,
} from './text.ts';

/**
 * The demo's heart-to-heart talks for one city's branches, planned in memory:
 * a year of routine talks between committee members and members (coverage
 * differs from branch to branch), two unit transfers and two kinds of flags
 * with the talks they made due — for the demo secretary's branch one overdue,
 * one open and one done. Nothing dated after today happens.
 */

/** Who acts, by demo account username. */
export type Actor = 'admin' | 'secretary' | 'counselor' | 'leader';

export interface TalkPerson {
  personId: number;
  unitId: number;
  partyOrgId: number | null;
}

export interface TalkOrg {
  orgId: number;
  code: string;
  unitId: number;
  /** The org's unit is an outlet (transfers go between outlets). */
  outlet: boolean;
  /** Current seats' people, the secretary first (one entry per person). */
  committee: readonly (TalkPerson & { role: 'secretary' | 'deputy_secretary' | 'member' })[];
  /** Active members of the org (full or probationary) outside its committee. */
  members: readonly TalkPerson[];
}

export interface TalksPlanInput {
  rng: Rng;
  today: string;
  orgs: readonly TalkOrg[];
  /** The demo secretary's branch (DZB-JN010101). */
  secretaryOrg: string;
  /** Demo accounts by their person: who records what those people do. */
  accountOf: ReadonlyMap<number, Actor>;
}

export interface PlannedTalk {
  initiatorPersonId: number;
  counterpartPersonId: number;
  unitId: number;
  partyOrgId: number | null;
  occurredOn: string;
  kind: TalkKind;
  place: string;
  summary: string;
  followUp: string | null;
  by: Actor;
}

export interface PlannedTransfer {
  key: string;
  personId: number;
  fromUnitId: number;
  toUnitId: number;
  fromOrgId: number;
  toOrgId: number;
  effectiveOn: string;
  note: string;
}

export interface PlannedFlag {
  key: string;
  personId: number;
  kind: 'hardship' | 'warning';
  note: string;
  raisedOn: string;
  by: Actor;
}

export interface PlannedDue {
  personId: number;
  unitId: number;
  reason: DueReason;
  source: { type: 'person_transfer' | 'person_flag'; key: string };
  partyOrgId: number;
  responsiblePersonId: number | null;
  raisedOn: string;
  dueOn: string;
  talk: PlannedTalk | null;
}

export interface TalksPlan {
  transfers: PlannedTransfer[];
  flags: PlannedFlag[];
  due: PlannedDue[];
  talks: PlannedTalk[];
}

const RANK = { secretary: 0, deputy_secretary: 1, member: 2 } as const;
const pairKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

export function secretaryOf(org: TalkOrg): number | null {
  return org.committee.find((c) => c.role === 'secretary')?.personId ?? null;
}

export function planTalks(input: TalksPlanInput): TalksPlan {
  const { rng, today } = input;
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const actor = (personId: number | null): Actor =>
    personId === null ? 'admin' : (input.accountOf.get(personId) ?? 'admin');
  // Working copies: transfers move members between them.
  const orgs = input.orgs.map((o) => ({ ...o, members: [...o.members] }));
  const home = orgs.find((o) => o.code === input.secretaryOrg);
  if (!home) throw new Error(`demo talks: no org ${input.secretaryOrg}`);
  const outlets = orgs.filter((o) => o.outlet && o !== home && secretaryOf(o) !== null && o.members.length >= 2);
  const homeMembers = [...home.members];

  const transfers: PlannedTransfer[] = [];
  const flags: PlannedFlag[] = [];
  const due: PlannedDue[] = [];
  const arrived = new Map<number, string>();
  const noRoutine = new Set<string>();

  const move = (key: string, from: (typeof orgs)[number], to: (typeof orgs)[number], effectiveOn: string) => {
    const person = rng.pick(from.members);
    from.members.splice(from.members.indexOf(person), 1);
    const moved = { personId: person.personId, unitId: to.unitId, partyOrgId: to.orgId };
    to.members.push(moved);
    arrived.set(person.personId, effectiveOn);
    transfers.push({
      key,
      personId: person.personId,
      fromUnitId: person.unitId,
      toUnitId: to.unitId,
      fromOrgId: from.orgId,
      toOrgId: to.orgId,
      effectiveOn,
      note: TRANSFER_NOTE,
    });
    return { moved, to };
  };
  const raise = (
    person: TalkPerson,
    org: (typeof orgs)[number],
    reason: DueReason,
    source: PlannedDue['source'],
    raisedOn: string,
    done: { after: number; summary: string; followUp: string } | null,
  ) => {
    const responsible = secretaryOf(org);
    const talk: PlannedTalk | null =
      done && responsible !== null
        ? {
            initiatorPersonId: responsible,
            counterpartPersonId: person.personId,
            unitId: person.unitId,
            partyOrgId: org.orgId,
            occurredOn: addDays(raisedOn, done.after),
            kind: TALK_KIND_OF_REASON[reason],
            place: rng.pick(PLACES),
            summary: done.summary,
            followUp: done.followUp,
            by: actor(responsible),
          }
        : null;
    due.push({
      personId: person.personId,
      unitId: person.unitId,
      reason,
      source,
      partyOrgId: org.orgId,
      responsiblePersonId: responsible,
      raisedOn,
      dueOn: addDays(raisedOn, DEFAULT_TALK_SETTINGS.dueDays[reason]),
      talk,
    });
  };

  // Into the demo secretary's branch 45 days ago: the talk is 15 days overdue.
  if (outlets.length) {
    const { moved, to } = move('into-home', outlets[0]!, home, addDays(today, -45));
    raise(moved, to, 'transfer', { type: 'person_transfer', key: 'into-home' }, addDays(today, -45), null);
    const secretary = secretaryOf(home);
    if (secretary !== null) noRoutine.add(pairKey(secretary, moved.personId));
  }
  // Between two other outlets 70 days ago: talked to within the month.
  if (outlets.length >= 3) {
    const { moved, to } = move('between', outlets[1]!, outlets[2]!, addDays(today, -70));
    raise(moved, to, 'transfer', { type: 'person_transfer', key: 'between' }, addDays(today, -70), {
      after: rng.int(8, 20),
      summary: DONE_SUMMARIES.transfer,
      followUp: DONE_FOLLOW_UPS.transfer,
    });
  }
  const flag = (
    key: string,
    person: TalkPerson,
    org: (typeof orgs)[number],
    kind: PlannedFlag['kind'],
    note: string,
    raisedOn: string,
    done: Parameters<typeof raise>[5],
  ) => {
    flags.push({ key, personId: person.personId, kind, note, raisedOn, by: actor(secretaryOf(org)) });
    raise(person, org, kind, { type: 'person_flag', key }, raisedOn, done);
  };
  // The demo secretary's own members: a warning three days ago (open), a hardship in the spring (done).
  if (homeMembers[0])
    flag('home-warning', homeMembers[0], home, 'warning', FLAG_NOTES.warning, addDays(today, -3), null);
  if (homeMembers[1]) {
    flag('home-hardship', homeMembers[1], home, 'hardship', FLAG_NOTES.hardshipOwn, addDays(today, -100), {
      after: 5,
      summary: DONE_SUMMARIES.hardshipOwn,
      followUp: DONE_FOLLOW_UPS.hardshipOwn,
    });
  }
  // A hardship elsewhere 40 days ago, talked to within a week.
  const other = orgs.find((o) => o !== home && !o.outlet && secretaryOf(o) !== null && o.members.length > 0);
  if (other) {
    flag('hardship', rng.pick(other.members), other, 'hardship', FLAG_NOTES.hardship, addDays(today, -40), {
      after: rng.int(3, 7),
      summary: DONE_SUMMARIES.hardship,
      followUp: DONE_FOLLOW_UPS.hardship,
    });
  }

  // Routine talks: each branch reaches its own share of its pairs; one near full, one low.
  const talks: PlannedTalk[] = [];
  const talked = new Set<string>();
  const shares = [1, 0.25, ...orgs.slice(2).map(() => rng.pick([0.3, 0.5, 0.65, 0.8, 0.9, 1]))];
  const order = rng.shuffle(orgs);
  const last = daysBetween(yearStart, today) - 1;
  for (const [i, org] of order.entries()) {
    const share = shares[i]!;
    const committee = [...org.committee].sort((a, b) => RANK[a.role] - RANK[b.role]);
    const pairs: [TalkPerson, TalkPerson][] = [];
    committee.forEach((c, k) => {
      for (const d of committee.slice(k + 1)) pairs.push([c, d]);
      for (const m of org.members) pairs.push([c, m]);
    });
    for (const [a, b] of pairs) {
      const key = pairKey(a.personId, b.personId);
      if (talked.has(key) || noRoutine.has(key) || !rng.chance(share)) continue;
      const from = arrived.get(b.personId) ?? yearStart;
      const first = daysBetween(yearStart, from);
      if (first > last) continue;
      talked.add(key);
      const times = rng.chance(0.15) ? 2 : 1;
      for (let t = 0; t < times; t++) {
        talks.push({
          initiatorPersonId: a.personId,
          counterpartPersonId: b.personId,
          unitId: b.unitId,
          partyOrgId: b.partyOrgId,
          occurredOn: addDays(yearStart, rng.int(first, last)),
          kind: 'routine',
          place: rng.pick(PLACES),
          summary: rng.pick(ROUTINE_SUMMARIES),
          followUp: rng.chance(0.35) ? rng.pick(ROUTINE_FOLLOW_UPS) : null,
          by: actor(a.personId),
        });
      }
    }
  }
  talks.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  return { transfers, flags, due, talks };
}
