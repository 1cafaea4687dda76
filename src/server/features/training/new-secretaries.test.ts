import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { addOrg, addPerson, addSeat, attended, freshBranch } from '../../../../tests/helpers/training-records.ts';
import type { Gaps } from '../../../contracts/training.ts';
import { addDays, addMonths, yearEnd, yearStart } from './dates.ts';

/**
 * New secretaries (seed 004): trained within six months of the appointment by a
 * centralized session starting in [appointment, addMonths(appointment, 6)]. Dates are
 * set from the server's "today" (the gaps answer it), and every expected figure is
 * worked out here from the rule and what the test wrote.
 */
const env = fileTestEnv();
let counselor: Client;
let b: Awaited<ReturnType<typeof freshBranch>>;
let today = '';
let Y = 0;
const MONTHS = 6;

interface Case {
  label: string;
  personId: number;
  appointedOn: string;
  /** Centralized (or not) sessions attended. */
  sessions: { on: string; centralized: boolean }[];
}
const cases: Case[] = [];

async function appoint(label: string, appointedOn: string, sessions: Case['sessions'] = []) {
  const orgId = await addOrg(env, b.unitId);
  const p = await addPerson(env, { unitId: b.unitId, orgId });
  await addSeat(env, { orgId, personId: p.id, role: 'secretary', startedOn: appointedOn });
  for (const s of sessions) {
    await attended(env, { unitId: b.unitId, personId: p.id, startsOn: s.on, hours: 8, centralized: s.centralized });
  }
  cases.push({ label, personId: p.id, appointedOn, sessions });
}

/** The rule, worked out for one case. */
function expected(c: Case) {
  const windowEnds = addMonths(c.appointedOn, MONTHS);
  const counted = c.appointedOn <= yearEnd(Y) && windowEnds >= yearStart(Y) && c.appointedOn <= today;
  const trained = c.sessions.some((s) => s.centralized && s.on >= c.appointedOn && s.on <= windowEnds);
  const state: 'overdue' | 'open' = windowEnds < today ? 'overdue' : 'open';
  return { counted, trained, state, windowEnds };
}

const gaps = async () => (await counselor.get<Gaps>(`/api/training/gaps?year=${Y}&unitId=${b.unitId}`)).body;

beforeAll(async () => {
  counselor = await env.as('counselor');
  b = await freshBranch(env);
  // The server's today (the enterprise's calendar), whatever year the machine's clock says.
  const year = new Date().getUTCFullYear();
  today = (await counselor.get<Gaps>(`/api/training/gaps?year=${year}&unitId=${b.unitId}`)).body.today;
  Y = Number(today.slice(0, 4));
  await appoint('7 months ago, untrained', addMonths(today, -7));
  await appoint('2 months ago, untrained', addMonths(today, -2));
  const five = addMonths(today, -5);
  await appoint('5 months ago, trained 3 months after', five, [{ on: addMonths(five, 3), centralized: true }]);
  const four = addMonths(today, -4);
  await appoint('4 months ago, centralized session before the appointment', four, [
    { on: addDays(four, -10), centralized: true },
  ]);
  const eight = addMonths(today, -8);
  await appoint('8 months ago, only a non-centralized session in the window', eight, [
    { on: addMonths(eight, 1), centralized: false },
  ]);
  await appoint('appointed next month', addMonths(today, 1));
  // Month ends: appointed on 31 August of last year → the window ends on the last day of February.
  const aug31 = `${Y - 1}-08-31`;
  await appoint('31 Aug, trained on the window’s last day', aug31, [
    { on: addMonths(aug31, MONTHS), centralized: true },
  ]);
  await appoint('31 Aug, trained the day after the window', aug31, [
    { on: addDays(addMonths(aug31, MONTHS), 1), centralized: true },
  ]);
  // Appointed two years ago: the window closed before this year.
  await appoint('two years ago', `${Y - 2}-03-01`);
});

describe('new secretaries', () => {
  it('are overdue after the window untrained, open inside it, trained by a centralized session within it', async () => {
    const g = await gaps();
    expect(g.today).toBe(today);
    const worked = cases.map((c) => ({ c, e: expected(c) })).filter((x) => x.e.counted);
    const trained = worked.filter((x) => x.e.trained);
    const untrained = worked.filter((x) => !x.e.trained);
    const overdue = untrained.filter((x) => x.e.state === 'overdue');
    expect(g.rates.newSecretariesTrained).toEqual({
      numerator: trained.length,
      denominator: trained.length + overdue.length,
    });
    expect(g.counts.newSecretariesOverdue).toBe(overdue.length);
    expect(g.counts.newSecretariesOpen).toBe(untrained.length - overdue.length);
    const got = new Map(g.newSecretaries.map((n) => [n.personId, n]));
    expect([...got.keys()].sort()).toEqual(untrained.map((x) => x.c.personId).sort());
    for (const { c, e } of untrained) {
      expect(got.get(c.personId), c.label).toMatchObject({
        appointedOn: c.appointedOn,
        windowEnds: e.windowEnds,
        state: e.state,
      });
    }
  });

  it('reads the named cases as the issue says', async () => {
    const g = await gaps();
    const state = (label: string) => {
      const c = cases.find((x) => x.label === label)!;
      return g.newSecretaries.find((n) => n.personId === c.personId)?.state ?? 'not listed';
    };
    expect(state('7 months ago, untrained')).toBe('overdue');
    expect(state('2 months ago, untrained')).toBe('open');
    expect(state('5 months ago, trained 3 months after')).toBe('not listed');
    expect(state('4 months ago, centralized session before the appointment')).toBe('open');
    expect(state('8 months ago, only a non-centralized session in the window')).toBe('overdue');
    expect(state('appointed next month')).toBe('not listed');
    expect(state('two years ago')).toBe('not listed');
    // The open cases are not in the rate's denominator.
    const open = g.newSecretaries.filter((n) => n.state === 'open').length;
    expect(open).toBeGreaterThanOrEqual(2);
    expect(g.rates.newSecretariesTrained.denominator).toBe(
      g.rates.newSecretariesTrained.numerator + g.counts.newSecretariesOverdue,
    );
  });

  it('clamps the window to the month’s end (31 August + 6 months = the last day of February)', async () => {
    const g = await gaps();
    const aug31 = `${Y - 1}-08-31`;
    const end = addMonths(aug31, MONTHS);
    expect(end).toMatch(/^\d{4}-02-2[89]$/);
    const day = Number(end.slice(-2));
    expect(day).toBe(new Date(Date.UTC(Y, 2, 0)).getUTCDate());
    const late = cases.find((c) => c.label === '31 Aug, trained the day after the window')!;
    const onTime = cases.find((c) => c.label === '31 Aug, trained on the window’s last day')!;
    expect(g.newSecretaries.find((n) => n.personId === onTime.personId)).toBeUndefined();
    expect(g.newSecretaries.find((n) => n.personId === late.personId)).toMatchObject({
      appointedOn: aug31,
      windowEnds: end,
      state: end < today ? 'overdue' : 'open',
    });
  });
});
