import { DEFAULT_REQUIREMENTS } from '../../../contracts/training.ts';
import { addDays, addMonths, daysBetween } from '../../features/training/dates.ts';
import type { Rng } from '../prng.ts';
import {
  ABSENCE_REASONS,
  COURSE_HOURS,
  COURSES,
  citySession,
  LAST_ROTATION,
  ORGANIZER,
  programDescription,
  programTitle,
  ROTATION,
  type SessionText,
} from './text.ts';

/**
 * The demo's training (seed 003 rotation, seed 004 yearly centralized training),
 * planned in memory: this year's and last year's province rotation programs for
 * party-org secretaries, a committee-member tutoring in a few cities, online
 * course hours for the members, and three outlet branches whose secretary was
 * replaced this year (one trained within six months, one overdue, one open).
 * Nothing dated after today is attended or completed.
 */

export interface SecretarySeat {
  seatId: number;
  orgId: number;
  personId: number;
  startedOn: string;
  endedOn: string | null;
}

/** An outlet branch whose long-serving secretary may be replaced by one of its members. */
export interface Replaceable {
  seatId: number;
  orgId: number;
  /** The city the branch lies in (replacements come from different cities). */
  cityCode: string;
  /** Active full members of the branch holding no seat, in order. */
  successors: readonly number[];
}

export interface CityInput {
  code: string;
  name: string;
  /** Seats (any role, current and ended) on the live orgs of the city. */
  seats: readonly { seatId: number; personId: number; startedOn: string; endedOn: string | null }[];
}

export interface Learner {
  personId: number;
  /** Held a committee seat overlapping the year: the leaders' hours apply. */
  leader: boolean;
}

export interface TrainingPlanInput {
  rng: Rng;
  /** Today, YYYY-MM-DD; its year is the current program's. */
  today: string;
  /** Secretary seats (current and ended) of the live party orgs of the province. */
  seats: readonly SecretarySeat[];
  replaceable: readonly Replaceable[];
  /** Cities whose committee runs a tutoring for committee members this year (unit codes). */
  cities: readonly CityInput[];
  /** Members and seat holders of the province, for the online hours. */
  learners: readonly Learner[];
  /** The province unit (the programs' organizer and audience). */
  provinceCode: string;
}

export type NewSecretaryCase = 'trained' | 'overdue' | 'open';

export interface PlannedReplacement {
  case: NewSecretaryCase;
  /** The old seat, ended the day the new one starts. */
  seatId: number;
  orgId: number;
  personId: number;
  startedOn: string;
}

export interface PlannedEnrolment {
  personId: number;
  status: 'invited' | 'attended' | 'absent';
  absenceReason: string | null;
  hours: number | null;
  /** audience: invited as a secretary; manual: added by hand (a future secretary attending before taking the seat). */
  source: 'audience' | 'manual';
}

export interface PlannedSession extends Omit<SessionText, 'days'> {
  unitCode: string;
  audienceUnitCode: string;
  audience: 'all_secretaries' | 'committee_members';
  centralized: boolean;
  startsOn: string;
  endsOn: string;
  enrolments: PlannedEnrolment[];
}

export interface PlannedProgram {
  year: number;
  title: string;
  organizer: string;
  kind: 'rotation';
  description: string;
  unitCode: string;
  sessions: PlannedSession[];
}

export interface PlannedOnlineHours {
  personId: number;
  platform: string;
  course: string;
  completedOn: string;
  hours: number;
}

export interface TrainingPlan {
  replacements: PlannedReplacement[];
  programs: PlannedProgram[];
  citySessions: PlannedSession[];
  online: PlannedOnlineHours[];
  requirements: { year: number } & typeof DEFAULT_REQUIREMENTS;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** The three replacements: from different cities, each branch's first successor takes the seat. */
function planReplacements(input: TrainingPlanInput, lastStart: string): PlannedReplacement[] {
  const { rng, today } = input;
  const byCity = new Map<string, Replaceable[]>();
  for (const r of input.replaceable) {
    if (!r.successors.length) continue;
    byCity.set(r.cityCode, [...(byCity.get(r.cityCode) ?? []), r]);
  }
  const picks = [...byCity.values()].slice(0, 3).map((list) => rng.pick(list));
  const trainedStart = [addMonths(today, -5), addDays(lastStart, -30)].sort()[0]!;
  const starts: Record<NewSecretaryCase, string> = {
    trained: trainedStart,
    overdue: addMonths(today, -8),
    open: addMonths(today, -2),
  };
  const cases: NewSecretaryCase[] = ['trained', 'overdue', 'open'];
  return picks.map((r, i) => ({
    case: cases[i]!,
    seatId: r.seatId,
    orgId: r.orgId,
    personId: r.successors[0]!,
    startedOn: starts[cases[i]!],
  }));
}

/** The seats as they stand after the replacements. */
export function seatsAfter(
  seats: readonly SecretarySeat[],
  replacements: readonly PlannedReplacement[],
): SecretarySeat[] {
  const ended = new Map(replacements.map((r) => [r.seatId, r]));
  return [
    ...seats.map((s) => {
      const r = ended.get(s.seatId);
      return r ? { ...s, endedOn: r.startedOn } : s;
    }),
    ...replacements.map((r, i) => ({
      seatId: -(i + 1),
      orgId: r.orgId,
      personId: r.personId,
      startedOn: r.startedOn,
      endedOn: null,
    })),
  ];
}

function sessionDates(text: SessionText, startsOn: string) {
  return { startsOn, endsOn: addDays(startsOn, text.days - 1) };
}

function attendance(
  rng: Rng,
  personId: number,
  creditHours: number,
  finished: boolean,
  absentRate: number,
  source: PlannedEnrolment['source'] = 'audience',
): PlannedEnrolment {
  if (!finished) return { personId, status: 'invited', absenceReason: null, hours: null, source };
  if (rng.chance(absentRate)) {
    return { personId, status: 'absent', absenceReason: rng.pick(ABSENCE_REASONS), hours: null, source };
  }
  // A few left early or came late: part of the hours.
  const hours = rng.chance(0.03) ? Math.max(4, creditHours - 4) : creditHours;
  return { personId, status: 'attended', absenceReason: null, hours, source };
}

/**
 * One rotation program: each secretary who held the seat during some class goes
 * to exactly one of them — a new secretary to the first class after taking the
 * seat — except the few who were skipped.
 */
function planProgram(
  input: TrainingPlanInput,
  year: number,
  texts: readonly SessionText[],
  starts: readonly string[],
  seats: readonly SecretarySeat[],
  opts: {
    skip: ReadonlySet<number>;
    skipRate: number;
    absentRate: number;
    firstAfterStart: ReadonlySet<number>;
    /** Share of the secretaries appointed after the last class who had attended one before (added by hand). */
    reserveRate: number;
  },
): PlannedProgram {
  const { rng, today } = input;
  const sessions: PlannedSession[] = texts.map((t, i) => {
    const { days: _days, ...rest } = t;
    return {
      ...rest,
      unitCode: input.provinceCode,
      audienceUnitCode: input.provinceCode,
      audience: 'all_secretaries',
      centralized: true,
      ...sessionDates(t, starts[i]!),
      enrolments: [],
    };
  });
  const seen = new Set<number>();
  // Current seats first, so a person who also held an ended seat is placed by the current one.
  const ordered = [...seats].sort(
    (a, b) => Number(a.endedOn !== null) - Number(b.endedOn !== null) || a.seatId - b.seatId,
  );
  for (const s of ordered) {
    if (seen.has(s.personId)) continue;
    seen.add(s.personId);
    if (opts.skip.has(s.personId) || rng.chance(opts.skipRate)) continue;
    const eligible = sessions.filter((x) => s.startedOn <= x.startsOn && (s.endedOn === null || s.endedOn > x.endsOn));
    if (!eligible.length) {
      // Appointed after the last class: most had attended one as a committee member or reserve secretary.
      const before = sessions.filter((x) => x.endsOn < s.startedOn);
      if (s.endedOn === null && before.length && rng.chance(opts.reserveRate)) {
        const session = rng.pick(before);
        session.enrolments.push(attendance(rng, s.personId, session.creditHours, session.endsOn < today, 0, 'manual'));
      }
      continue;
    }
    const newcomer = opts.firstAfterStart.has(s.personId) || daysBetween(s.startedOn, eligible[0]!.startsOn) < 180;
    const session = newcomer ? eligible[0]! : rng.pick(eligible);
    const absentRate = opts.firstAfterStart.has(s.personId) ? 0 : opts.absentRate;
    session.enrolments.push(attendance(rng, s.personId, session.creditHours, session.endsOn < today, absentRate));
  }
  return {
    year,
    title: programTitle(year),
    organizer: ORGANIZER,
    kind: 'rotation',
    description: programDescription(year),
    unitCode: input.provinceCode,
    sessions,
  };
}

/** Hours a person must reach by today: the yearly figure, scaled a little for how much of the year is left. */
function onlineHours(
  input: TrainingPlanInput,
  credited: ReadonlyMap<number, number>,
  newLeaders: ReadonlySet<number>,
  year: number,
) {
  const { rng, today } = input;
  const start = `${year}-01-01`;
  const elapsed = daysBetween(start, today);
  if (elapsed < 1) return [];
  const pace = Math.min(1, elapsed / 330);
  const out: PlannedOnlineHours[] = [];
  for (const l of input.learners) {
    const required =
      l.leader || newLeaders.has(l.personId) ? DEFAULT_REQUIREMENTS.leaderHours : DEFAULT_REQUIREMENTS.memberHours;
    const roll = rng.next();
    // 4% never signed in, 12% behind, the rest on track or beyond.
    if (roll < 0.04) continue;
    const factor = roll < 0.16 ? 0.35 + rng.next() * 0.55 : 1.02 + rng.next() * 0.5;
    let rest = Math.round(required * factor * pace) - (credited.get(l.personId) ?? 0);
    const courses = rng.shuffle(COURSES);
    for (const [platform, course] of courses) {
      if (rest <= 0) break;
      const hours = Math.min(rest, rng.pick(COURSE_HOURS));
      rest -= hours;
      out.push({ personId: l.personId, platform, course, completedOn: addDays(start, rng.int(0, elapsed - 1)), hours });
    }
  }
  return out;
}

export function planTraining(input: TrainingPlanInput): TrainingPlan {
  const { rng, today } = input;
  const year = yearOf(today);
  const start = `${year}-01-01`;
  // This year's classes spread over the part of the year gone by, the last ten days before today.
  const span = Math.max(0, daysBetween(start, today) - 10);
  const fractions = [0.12, 0.3, 0.48, 0.66, 0.84];
  const starts = fractions.map((f) => addDays(start, Math.round(span * f)));
  const lastStarts = [0.22, 0.42, 0.64, 0.84].map((f) => addDays(`${year - 1}-01-01`, Math.round(364 * f)));

  const replacements = planReplacements(input, starts.at(-1)!);
  const seats = seatsAfter(input.seats, replacements);
  const trained = new Set(replacements.filter((r) => r.case === 'trained').map((r) => r.personId));
  const untrained = new Set(replacements.filter((r) => r.case !== 'trained').map((r) => r.personId));
  const current = planProgram(input, year, ROTATION, starts, seats, {
    skip: untrained,
    skipRate: 0.015,
    absentRate: 0.035,
    firstAfterStart: trained,
    reserveRate: 0.85,
  });
  const last = planProgram(input, year - 1, LAST_ROTATION, lastStarts, seats, {
    skip: new Set(),
    skipRate: 0.01,
    absentRate: 0.03,
    firstAfterStart: new Set(),
    reserveRate: 0,
  });

  const cityDay = addDays(start, Math.round(span * 0.56));
  const ended = new Map(replacements.map((r) => [r.seatId, r.startedOn]));
  const cityOf = new Map(input.replaceable.map((r) => [r.seatId, r.cityCode]));
  const citySessions: PlannedSession[] = input.cities.map((c) => {
    const { days: _days, ...text } = citySession(c.name);
    const finished = cityDay < today;
    // The committee members on the day: the replacements' seats ended and started accordingly.
    const onTheDay = [
      ...c.seats.map((x) => ({ ...x, endedOn: ended.get(x.seatId) ?? x.endedOn })),
      ...replacements
        .filter((r) => cityOf.get(r.seatId) === c.code)
        .map((r) => ({ personId: r.personId, startedOn: r.startedOn, endedOn: null })),
    ].filter((x) => x.startedOn <= cityDay && (x.endedOn === null || x.endedOn > cityDay));
    return {
      ...text,
      unitCode: c.code,
      audienceUnitCode: c.code,
      audience: 'committee_members',
      centralized: false,
      startsOn: cityDay,
      endsOn: cityDay,
      enrolments: [...new Set(onTheDay.map((x) => x.personId))].map((p) =>
        attendance(rng, p, text.creditHours, finished, 0.08),
      ),
    };
  });

  const credited = new Map<number, number>();
  for (const s of [...current.sessions, ...citySessions]) {
    for (const e of s.enrolments) credited.set(e.personId, (credited.get(e.personId) ?? 0) + (e.hours ?? 0));
  }
  return {
    replacements,
    programs: [last, current],
    citySessions,
    online: onlineHours(input, credited, new Set(replacements.map((r) => r.personId)), year),
    requirements: { year, ...DEFAULT_REQUIREMENTS },
  };
}
