import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';
import { seedConcerns } from '../concerns/seed.ts';
import { dayOf } from '../dates.ts';
import { Rng } from '../prng.ts';
import type { PlannedRegistry } from '../registry.ts';
import type { DemoUnit } from '../units.ts';
import { zeal } from './attendance.ts';
import { planBranchRecords } from './branch-records.ts';
import { quarterStart, yearOf } from './calendar.ts';
import { planOutletRecords } from './outlet-records.ts';
import { planPairings } from './pairings.ts';
import { type Authors, Ids } from './plan.ts';
import { buildWorld } from './world.ts';
import { assertIds, bulkLoad, maxId, writePairings, writeRecords } from './write.ts';

/**
 * The living part of the demo: pairings of every outlet and a year of records
 * up to yesterday, so the compliance views show periods met, due and overdue.
 * Runs inside the seed's transaction, after the registry and accounts exist.
 */
export interface ActivityInput {
  units: readonly DemoUnit[];
  unitIds: ReadonlyMap<string, number>;
  registry: PlannedRegistry;
  /** Demo account ids by username, and the employee number of each account's person. */
  accountIds: ReadonlyMap<string, number>;
  accountPeople: ReadonlyMap<string, string>;
  seed: number;
  /** Today as a day number (China), and the real instant (nothing is entered after it). */
  today: number;
  now: number;
  /** Also the year of concerns (the province); the routing table and calendar are written regardless. */
  concerns: boolean;
}

export interface ActivitySummary {
  pairings: number;
  records: number;
  attendees: number;
  concerns: number;
}

/** The counselor account's outlets; JN010104 stays without a counselor, a gap the coverage view shows. */
const COUNSELOR_OUTLETS = ['JN010101', 'JN010102', 'JN010103', 'JN010201'];
const UNPAIRED_OUTLET = 'JN010104';

async function idsByKey(db: Db, query: ReturnType<typeof sql>): Promise<Map<string, number>> {
  return new Map(rowsOf<{ k: string; id: number }>(await db.execute(query)).map((r) => [r.k, r.id]));
}

export async function seedActivity(db: Db, input: ActivityInput): Promise<ActivitySummary> {
  const personIds = await idsByKey(db, sql`select employee_no as k, id from people`);
  const orgIds = await idsByKey(db, sql`select code as k, id from party_orgs`);
  const world = buildWorld(input.units, input.unitIds, input.registry, personIds, orgIds);
  const personOf = (username: string) => {
    const no = input.accountPeople.get(username);
    return no ? (world.people.get(no) ?? null) : null;
  };
  const account = (username: string) => ({
    accountId: input.accountIds.get(username)!,
    personId: personOf(username)?.id ?? null,
  });
  const authors: Authors = {
    admin: account('admin'),
    counselor: account('counselor'),
    secretary: { ...account('secretary'), outletCode: 'JN010101' },
  };
  const rng = new Rng(input.seed).fork('activity');
  // The current quarter and the three before it: a year of records whose quarters are all whole.
  const windowStart = quarterStart(quarterStart(quarterStart(quarterStart(input.today) - 1) - 1) - 1);
  const counselor = personOf('counselor');
  const reserved = new Set(
    [...input.accountPeople.values()].map((no) => world.people.get(no)?.id ?? 0).filter((id) => id > 0),
  );
  // 吴刚 (the fixture's supervisor) is an anchor without a demo login; he is no counselor either.
  for (const p of world.people.values()) if (p.name === '吴刚' && p.unitCode === 'JN01') reserved.add(p.id);

  const pairingIds = new Ids(await maxId(db, 'pairings'));
  const pairings = planPairings(world, {
    rng: rng.fork('pairings'),
    today: input.today,
    windowStart,
    ids: pairingIds,
    counselor: counselor ? { person: counselor, outlets: COUNSELOR_OUTLETS } : null,
    unpaired: UNPAIRED_OUTLET,
    reserved,
  });
  const yearlyStart = dayOf(`${yearOf(input.today) - 1}-01-01`);
  const common = { today: input.today, windowStart, yearlyStart, authors, zealOf: zeal };
  const branch = planBranchRecords(world, { ...common, rng: rng.fork('branches') });
  const outlet = planOutletRecords(world, pairings, { ...common, rng: rng.fork('outlets'), orgLife: branch.orgLife });
  // Numbered in the order they happened, as they would have been entered; the time index then grows at its end.
  const records = [...branch.records, ...outlet].sort((a, b) => a.at - b.at);
  const firstId = await maxId(db, 'records');
  for (const [i, r] of records.entries()) r.id = firstId + i + 1;
  assertIds(pairings, records);
  await bulkLoad(db, async () => {
    await writePairings(db, pairings);
    await writeRecords(db, records, input.now);
  });
  const concerns = await seedConcerns(db, {
    units: input.units,
    unitIds: input.unitIds,
    world,
    pairings,
    records,
    accountIds: input.accountIds,
    personIdOf: (username) => personOf(username)?.id ?? null,
    rng: rng.fork('concerns'),
    today: input.today,
    now: input.now,
    concerns: input.concerns,
  });
  return {
    pairings: pairings.length,
    records: records.length,
    attendees: records.reduce((n, r) => n + r.attendees.length, 0),
    concerns: concerns.concerns,
  };
}
