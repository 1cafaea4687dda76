import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUIREMENTS } from '../../../contracts/training.ts';
import { addDays, addMonths } from '../../features/training/dates.ts';
import { Rng } from '../prng.ts';
import { type Learner, planTraining, type SecretarySeat, seatsAfter, type TrainingPlanInput } from './plan.ts';
import { ABSENCE_REASONS } from './text.ts';

const TODAY = '2026-11-23';
const CITIES = ['JN01', 'JN02', 'JN03', 'JN04'];

/** 200 orgs (50 per city), one current secretary each (person = 1000 + org), a few with an ended seat before. */
function input(seed = 1, today = TODAY): TrainingPlanInput {
  const rng = new Rng(99);
  const seats: SecretarySeat[] = [];
  for (let org = 1; org <= 200; org++) {
    const started = addDays('2024-01-01', rng.int(0, 1000));
    if (org % 10 === 0) {
      seats.push({ seatId: 5000 + org, orgId: org, personId: 3000 + org, startedOn: '2022-05-01', endedOn: started });
    }
    seats.push({ seatId: org, orgId: org, personId: 1000 + org, startedOn: started, endedOn: null });
  }
  const learners: Learner[] = [
    ...seats.map((s) => ({ personId: s.personId, leader: true })),
    ...Array.from({ length: 600 }, (_, i) => ({ personId: 10_000 + i, leader: false })),
  ];
  return {
    rng: new Rng(seed).fork('training'),
    today,
    seats,
    replaceable: seats
      .filter((s) => s.endedOn === null && s.startedOn < '2025-06-01')
      .map((s) => ({
        seatId: s.seatId,
        orgId: s.orgId,
        cityCode: CITIES[(s.orgId - 1) % 4]!,
        successors: [20_000 + s.orgId * 10, 20_000 + s.orgId * 10 + 1],
      })),
    cities: [
      {
        code: 'JN01',
        name: '青州市分行',
        seats: seats.filter((s) => (s.orgId - 1) % 4 === 0).map((s) => ({ ...s })),
      },
    ],
    learners,
    provinceCode: 'JN',
  };
}

const plan = planTraining(input());
const current = plan.programs.find((p) => p.year === 2026)!;
const last = plan.programs.find((p) => p.year === 2025)!;
const centralizedAttended = (personId: number, from: string, to: string) =>
  current.sessions.some(
    (s) =>
      s.centralized &&
      s.startsOn >= from &&
      s.startsOn <= to &&
      s.enrolments.some((e) => e.personId === personId && e.status === 'attended'),
  );

describe('demo training plan', () => {
  it('is deterministic for a seed', () => {
    expect(planTraining(input())).toEqual(plan);
    expect(planTraining(input(2))).not.toEqual(plan);
  });

  it("this year's and last year's rotation programs: centralized classes dated in their year, before today", () => {
    expect(current).toMatchObject({ kind: 'rotation', organizer: '省分行党委组织部', unitCode: 'JN' });
    expect(current.sessions).toHaveLength(5);
    expect(last.sessions).toHaveLength(4);
    for (const p of plan.programs) {
      for (const s of p.sessions) {
        expect(s.centralized).toBe(true);
        expect(s.startsOn.slice(0, 4)).toBe(String(p.year));
        expect(s.endsOn >= s.startsOn && s.endsOn < TODAY).toBe(true);
        expect(s.creditHours).toBeGreaterThanOrEqual(8);
        expect(s.creditHours).toBeLessThanOrEqual(24);
      }
    }
    expect(new Set(current.sessions.map((s) => s.method))).toEqual(
      new Set(['lecture', 'tutoring', 'experiential', 'discussion', 'simulation']),
    );
  });

  it('each secretary appears at most once in a program, most attended, absences carry a reason', () => {
    for (const p of plan.programs) {
      const people = p.sessions.flatMap((s) => s.enrolments.map((e) => e.personId));
      expect(new Set(people).size).toBe(people.length);
    }
    const all = [...plan.programs, { sessions: plan.citySessions }].flatMap((p) =>
      p.sessions.flatMap((s) => s.enrolments.map((e) => ({ e, s }))),
    );
    for (const { e, s } of all) {
      if (e.status === 'attended') {
        expect(e.hours).toBeGreaterThan(0);
        expect(e.hours!).toBeLessThanOrEqual(s.creditHours);
        expect(e.absenceReason).toBeNull();
      } else {
        expect(e.status).toBe('absent');
        expect(ABSENCE_REASONS).toContain(e.absenceReason);
        expect(e.hours).toBeNull();
      }
    }
    const attended = all.filter(({ e }) => e.status === 'attended').length;
    expect(attended / all.length).toBeGreaterThan(0.9);
  });

  it('a secretary attends a class only while holding the seat, unless added by hand before appointment', () => {
    const seats = seatsAfter(input().seats, plan.replacements);
    for (const p of plan.programs) {
      for (const s of p.sessions) {
        for (const e of s.enrolments) {
          const held = seats.some(
            (x) =>
              x.personId === e.personId && x.startedOn <= s.startsOn && (x.endedOn === null || x.endedOn > s.endsOn),
          );
          if (!held) {
            expect(e.source).toBe('manual');
            expect(seats.some((x) => x.personId === e.personId && x.endedOn === null && x.startedOn > s.endsOn)).toBe(
              true,
            );
          }
        }
      }
    }
  });

  it('three replaced outlet secretaries from different cities: trained in the window, overdue, open', () => {
    expect(plan.replacements.map((r) => r.case)).toEqual(['trained', 'overdue', 'open']);
    const inp = input();
    const city = new Map(inp.replaceable.map((r) => [r.seatId, r.cityCode]));
    expect(new Set(plan.replacements.map((r) => city.get(r.seatId))).size).toBe(3);
    const [trained, overdue, open] = plan.replacements;
    expect(overdue!.startedOn).toBe(addMonths(TODAY, -8));
    expect(open!.startedOn).toBe(addMonths(TODAY, -2));
    expect(centralizedAttended(trained!.personId, trained!.startedOn, addMonths(trained!.startedOn, 6))).toBe(true);
    for (const r of [overdue!, open!]) {
      expect(current.sessions.some((s) => s.enrolments.some((e) => e.personId === r.personId))).toBe(false);
    }
    // The successor is a member of the branch.
    for (const r of plan.replacements) {
      expect(inp.replaceable.find((x) => x.seatId === r.seatId)!.successors).toContain(r.personId);
    }
  });

  it('one current secretary per org after the replacements; the old seat ends as the new one starts', () => {
    const seats = seatsAfter(input().seats, plan.replacements);
    const current = new Map<number, number>();
    for (const s of seats.filter((x) => x.endedOn === null)) current.set(s.orgId, (current.get(s.orgId) ?? 0) + 1);
    expect(current.size).toBe(200);
    expect([...current.values()].every((n) => n === 1)).toBe(true);
    for (const r of plan.replacements) {
      expect(seats.find((s) => s.seatId === r.seatId)!.endedOn).toBe(r.startedOn);
    }
  });

  it('a few secretaries have no centralized training this year', () => {
    const seats = seatsAfter(input().seats, plan.replacements).filter((s) => s.endedOn === null);
    const untrained = seats.filter((s) => !centralizedAttended(s.personId, '2026-01-01', '2026-12-31'));
    expect(untrained.length).toBeGreaterThanOrEqual(3);
    expect(untrained.length / seats.length).toBeLessThan(0.15);
  });

  it("the city tutoring enrols the city's committee members on the day", () => {
    const [s] = plan.citySessions;
    expect(s).toMatchObject({ unitCode: 'JN01', audience: 'committee_members', centralized: false });
    const seats = input().cities[0]!.seats;
    for (const e of s!.enrolments) {
      const replaced = plan.replacements.find((r) => r.personId === e.personId);
      const held = seats.some(
        (x) => x.personId === e.personId && x.startedOn <= s!.startsOn && (x.endedOn ?? '9999') > s!.startsOn,
      );
      expect(held || (replaced !== undefined && replaced.startedOn <= s!.startsOn)).toBe(true);
    }
  });

  it('online hours: each course once, completed this year before today; most reach their hours, some do not', () => {
    const keys = plan.online.map((o) => `${o.personId}|${o.platform}|${o.course}|${o.completedOn}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const o of plan.online) {
      expect(o.completedOn >= '2026-01-01' && o.completedOn < TODAY).toBe(true);
      expect(o.hours).toBeGreaterThan(0);
    }
    const hours = new Map<number, number>();
    for (const o of plan.online) hours.set(o.personId, (hours.get(o.personId) ?? 0) + o.hours);
    for (const s of [...current.sessions, ...plan.citySessions]) {
      for (const e of s.enrolments) hours.set(e.personId, (hours.get(e.personId) ?? 0) + (e.hours ?? 0));
    }
    const learners = input().learners;
    const newLeaders = new Set(plan.replacements.map((r) => r.personId));
    const below = learners.filter(
      (l) =>
        (hours.get(l.personId) ?? 0) <
        (l.leader || newLeaders.has(l.personId) ? DEFAULT_REQUIREMENTS.leaderHours : DEFAULT_REQUIREMENTS.memberHours),
    );
    expect(below.length / learners.length).toBeGreaterThan(0.05);
    expect(below.length / learners.length).toBeLessThan(0.3);
  });

  it("the year's requirements are the defaults", () => {
    expect(plan.requirements).toEqual({ year: 2026, ...DEFAULT_REQUIREMENTS });
  });

  it('early in the year nothing is attended or completed after today', () => {
    const early = planTraining(input(1, '2026-01-05'));
    for (const s of early.programs.find((p) => p.year === 2026)!.sessions) {
      for (const e of s.enrolments) if (s.endsOn >= '2026-01-05') expect(e.status).toBe('invited');
    }
    expect(early.online.every((o) => o.completedOn < '2026-01-05')).toBe(true);
  });
});
