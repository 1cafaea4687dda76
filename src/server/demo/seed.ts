import { count, inArray, sql } from 'drizzle-orm';
import { todayInChina } from '../../contracts/person-rules.ts';
import type { Db } from '../db/client.ts';
import { accountRoles, accountScopes, accounts, passwordHistory } from '../db/schema/accounts.ts';
import { units } from '../db/schema/units.ts';
import { insertUnits } from '../features/units/insert.ts';
import { writeAudit } from '../platform/audit.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import { hashPassword } from '../platform/passwords.ts';
import { accountPeople, linkAccountPeople } from './account-people.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.ts';
import { seedActivity } from './activity/seed.ts';
import { seedChecklists } from './checklists/seed.ts';
import { dayOf } from './dates.ts';
import { Rng } from './prng.ts';
import {
  DEMO_EMPLOYEE_PREFIX,
  DEMO_MIN_INSIDE_FULL,
  DEMO_PEOPLE,
  DEMO_SEED,
  DEMO_TERMS,
  PROFILES,
} from './profiles.ts';
import { seedProjects } from './projects/seed.ts';
import { type PlannedRegistry, planRegistry } from './registry.ts';
import { seedTalks } from './talks/seed.ts';
import { seedTraining } from './training/seed.ts';
import { buildTree } from './tree.ts';
import { type DemoScale, type DemoUnit, demoUnits } from './units.ts';
import { writeRegistry } from './write.ts';

/** True when the database holds neither units nor accounts: a fresh install. */
export async function databaseIsEmpty(db: Db): Promise<boolean> {
  const [[u], [a]] = await Promise.all([
    db.select({ n: count() }).from(units),
    db.select({ n: count() }).from(accounts),
  ]);
  return (u?.n ?? 0) === 0 && (a?.n ?? 0) === 0;
}

export interface SeedOptions {
  scale: DemoScale;
  /** The day the demo is seeded (ISO); dates and term statuses are relative to it. Default: today in China. */
  today?: string;
}

export interface SeedSummary {
  units: number;
  accounts: number;
  people: number;
  partyOrgs: number;
  committeeSeats: number;
  pairings: number;
  records: number;
  concerns: number;
}

/** The demo's units and registry, planned in memory (deterministic for a given day). */
export function planDemo(opts: SeedOptions): { units: DemoUnit[]; registry: PlannedRegistry } {
  const list = demoUnits(opts.scale);
  const registry = planRegistry(buildTree(list), {
    rng: new Rng(DEMO_SEED),
    today: dayOf(opts.today ?? todayInChina()),
    employeePrefix: DEMO_EMPLOYEE_PREFIX,
    profile: PROFILES[opts.scale],
    anchors: DEMO_PEOPLE,
    minInsideFull: DEMO_MIN_INSIDE_FULL,
    rootParentOrgCode: null,
    terms: DEMO_TERMS,
  });
  return { units: list, registry };
}

/**
 * Fills an empty database with the fictional enterprise — units, staff, party
 * orgs and their committees — and one account per role, in one transaction.
 * Phones and ID numbers are sealed with `cipher`, so it must be the server's.
 */
export async function seedDemo(db: Db, cipher: FieldCipher, opts: SeedOptions): Promise<SeedSummary> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const today = opts.today ?? todayInChina();
  const plan = planDemo({ ...opts, today });
  return db.transaction(async (tx) => {
    const ids = await insertUnits(tx, plan.units);
    await writeRegistry(tx, cipher, plan.registry);
    const inserted = await tx
      .insert(accounts)
      .values(
        DEMO_ACCOUNTS.map((a) => ({
          username: a.username,
          displayName: a.displayName,
          passwordHash,
          mustChangePassword: false,
          isDemo: true,
        })),
      )
      .returning({ id: accounts.id, username: accounts.username });
    const idOf = new Map(inserted.map((r) => [r.username, r.id]));
    const accountId = (username: string) => idOf.get(username)!;
    await tx.insert(passwordHistory).values(inserted.map((r) => ({ accountId: r.id, passwordHash })));
    await tx
      .insert(accountRoles)
      .values(DEMO_ACCOUNTS.map((a) => ({ accountId: accountId(a.username), role: a.role })));
    const scopes = DEMO_ACCOUNTS.flatMap((a) =>
      a.scope.map((code) => ({ accountId: accountId(a.username), unitId: ids.get(code)! })),
    );
    if (scopes.length) await tx.insert(accountScopes).values(scopes);
    const people = accountPeople(plan.registry.people);
    await linkAccountPeople(tx, people);
    const activity = await seedActivity(tx, {
      units: plan.units,
      unitIds: ids,
      registry: plan.registry,
      accountIds: idOf,
      accountPeople: people,
      seed: DEMO_SEED,
      today: dayOf(today),
      now: Date.now(),
      // Tests build their own concerns; the test scale gets only the routing table and calendar.
      concerns: opts.scale === 'province',
    });
    // The checklists (seed 001) only at the province scale; tests build their own.
    const checklists =
      opts.scale === 'province'
        ? await seedChecklists(tx, { accountIds: idOf, rng: new Rng(DEMO_SEED).fork('checklists'), today })
        : null;
    // The led projects (seed 002, seed 001's 一科一品) likewise only at the province scale.
    const projects =
      opts.scale === 'province'
        ? await seedProjects(tx, { accountIds: idOf, rng: new Rng(DEMO_SEED).fork('projects'), today })
        : null;
    // Training (seed 003/004) and talks (seed 004) likewise; training first, as it replaces a few secretaries.
    const training =
      opts.scale === 'province'
        ? await seedTraining(tx, { accountIds: idOf, rng: new Rng(DEMO_SEED).fork('training'), today })
        : null;
    const talks =
      opts.scale === 'province'
        ? await seedTalks(tx, { accountIds: idOf, cipher, rng: new Rng(DEMO_SEED).fork('talks'), today })
        : null;
    const summary: SeedSummary = {
      units: ids.size,
      accounts: inserted.length,
      people: plan.registry.people.length,
      partyOrgs: plan.registry.orgs.length,
      committeeSeats: plan.registry.seats.length,
      pairings: activity.pairings,
      records: activity.records,
      concerns: activity.concerns,
    };
    await writeAudit(
      tx,
      { actorId: null, actorUsername: 'system', ip: null, requestId: null },
      {
        action: 'demo.seed',
        targetType: 'system',
        detail: { scale: opts.scale, ...summary, checklists, projects, training, talks },
      },
    );
    // Sanity: every scope code resolved.
    const check = await tx
      .select({ n: count() })
      .from(units)
      .where(inArray(units.code, [...ids.keys()]));
    if ((check[0]?.n ?? 0) !== ids.size) throw new Error('demo units incomplete');
    // Planner statistics for the fresh tables: PGlite runs no autovacuum to gather them. (The
    // test scale is too small for plans to matter, and each test file seeds its own database.)
    // Attendees are left out: compliance reads present_count, and sampling them costs a few 100 ms.
    if (opts.scale === 'province') {
      await tx.execute(
        sql`analyze units, people, party_orgs, party_org_committee, unit_people_stats, pairings, records, concerns, concern_events`,
      );
    }
    return summary;
  });
}
