import type { Db } from '../../db/client.ts';
import { DEMO_ACCOUNTS } from '../accounts.ts';
import { yearOf } from '../activity/calendar.ts';
import { chinaTime, type PlanPairing, type PlanRecord } from '../activity/plan.ts';
import type { World } from '../activity/world.ts';
import { bulkLoad } from '../activity/write.ts';
import type { Rng } from '../prng.ts';
import type { DemoUnit } from '../units.ts';
import { buildContext } from './build.ts';
import { planCommittee } from './committee.ts';
import { planFollowUp } from './followup.ts';
import { planEveryday } from './plan.ts';
import { planCalendar, planRoutes } from './routes.ts';
import type { DemoActor } from './types.ts';
import { maxIdOf, writeCalendar, writeConcerns, writeFollowUp, writeMeetings, writeRoutes } from './write.ts';

/**
 * The concerns part of the demo. At every scale: the routing table of the
 * province and each city, and the working-day calendar of this year and the
 * next. With `concerns` (the province, what `npm start` loads): several hundred
 * concerns of the last year with their timelines, two committee meetings,
 * exemplars and admonitions. Runs in the seed's transaction after the records.
 */
export interface ConcernSeedInput {
  units: readonly DemoUnit[];
  unitIds: ReadonlyMap<string, number>;
  world: World;
  pairings: readonly PlanPairing[];
  records: readonly PlanRecord[];
  /** Demo account ids by username, and the person id behind each (null when none). */
  accountIds: ReadonlyMap<string, number>;
  personIdOf: (username: string) => number | null;
  rng: Rng;
  today: number;
  now: number;
  concerns: boolean;
}

export interface ConcernSeedSummary {
  routes: number;
  concerns: number;
  events: number;
  meetings: number;
}

export async function seedConcerns(db: Db, input: ConcernSeedInput): Promise<ConcernSeedSummary> {
  const routes = planRoutes(input.units);
  await writeRoutes(db, routes, input.unitIds);
  const year = yearOf(input.today);
  await writeCalendar(db, [...planCalendar(year), ...planCalendar(year + 1)]);
  if (!input.concerns) return { routes: routes.length, concerns: 0, events: 0, meetings: 0 };

  const actor = (username: string): DemoActor => ({
    accountId: input.accountIds.get(username)!,
    personId: input.personIdOf(username),
    name: DEMO_ACCOUNTS.find((a) => a.username === username)!.displayName,
  });
  const ctx = buildContext(
    {
      world: input.world,
      routes,
      actors: {
        admin: actor('admin'),
        counselor: actor('counselor'),
        secretary: actor('secretary'),
        handler: actor('handler'),
      },
      handlerDepartmentId: input.unitIds.get('JN01B02') ?? null,
      today: input.today,
      // Nothing after the seed's instant, nor on the seed's day (its figures start clean).
      limit: Math.min(input.now, chinaTime(input.today, 0)),
    },
    input.pairings,
    input.records,
  );
  const everyday = planEveryday(ctx, input.rng.fork('everyday'));
  const committee = planCommittee(ctx, input.rng.fork('committee'), await maxIdOf(db, 'committee_meetings'));
  // Numbered in the order they were raised (and their events in the order they happened).
  const concerns = [...everyday, ...committee.concerns].sort((a, b) => a.raisedAt - b.raisedAt);
  const firstConcern = await maxIdOf(db, 'concerns');
  for (const [i, c] of concerns.entries()) c.id = firstConcern + i + 1;
  const events = concerns.flatMap((c) => c.events).sort((a, b) => a.at - b.at);
  const firstEvent = await maxIdOf(db, 'concern_events');
  for (const [i, e] of events.entries()) e.id = firstEvent + i + 1;
  const followUp = planFollowUp(ctx, concerns);
  await bulkLoad(db, async () => {
    await writeConcerns(db, concerns);
    await writeMeetings(db, committee.meetings);
    await writeFollowUp(db, followUp.exemplars, followUp.admonitions);
  });
  return {
    routes: routes.length,
    concerns: concerns.length,
    events: events.length,
    meetings: committee.meetings.length,
  };
}
