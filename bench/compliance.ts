/**
 * Compliance benchmark: the compliance summary for one quarter (the current one)
 * and a counselor's to-do, through the real services (complianceContext +
 * complianceSummary, todoFor) with an Actor, on
 *   - PostgreSQL holding the national dataset of `npm run gen` (registry, 20k counselors,
 *     60k pairings, ≈5M records): the nation (< 3 s), a province (< 200 ms), a to-do (< 50 ms);
 *   - PGlite holding the demo province (what `npm start` loads): the province (< 200 ms), a to-do.
 *
 *   npm run bench:compliance [-- --outlets 60000] [--rounds 7] [--only demo|postgres] [--reuse]
 *                            [--timeout 300] [--nestloop-off] [--explain] [--no-write]
 *
 * PostgreSQL: TEST_PG_URL (a database liandian_bench_compliance is made there, or reused when
 * --reuse and it already holds a dataset), else a throwaway cluster (tests/setup/pg-cluster.ts).
 * A statement running past --timeout seconds is cancelled and reported as such; a case whose
 * first run takes ten times its target is not repeated. --nestloop-off measures every case a
 * second time with the planner's nested loops off. --explain prints EXPLAIN ANALYZE of the
 * engine's statement for each row over its target.
 * Writes the "compliance" section of docs/benchmarks.md between its markers.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { periodContaining } from '../src/contracts/periods.ts';
import { todayInChina } from '../src/contracts/person-rules.ts';
import { generateCompliance } from '../src/server/cli/gen/compliance.ts';
import { generateNational } from '../src/server/cli/gen/national.ts';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { rowsOf } from '../src/server/db/sql.ts';
import { seedDemo } from '../src/server/demo/seed.ts';
import { complianceContext } from '../src/server/features/compliance/context.ts';
import { evaluationCte } from '../src/server/features/compliance/engine.ts';
import { complianceSummary } from '../src/server/features/compliance/summary.ts';
import { todoFor } from '../src/server/features/compliance/todo.ts';
import type { Actor } from '../src/server/platform/actor.ts';
import { fieldCipher } from '../src/server/platform/crypto.ts';
import { testConfig } from '../tests/helpers/app.ts';
import { startPgCluster } from '../tests/setup/pg-cluster.ts';
import { benchActor, measure } from './harness.ts';
import { type BenchRow, fmt, stats, verdict, writeSection } from './report.ts';

const { values: args } = parseArgs({
  options: {
    outlets: { type: 'string', default: '60000' },
    rounds: { type: 'string', default: '7' },
    only: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    'nestloop-off': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '300' },
  },
});
const ROUNDS = Number(args.rounds);
const OUTLETS = Number(args.outlets);
const period = periodContaining('quarter', todayInChina());

type Row = BenchRow;
const results: Row[] = [];

const sizes: string[] = [];

/** What is timed: a call of the services, and what to EXPLAIN when it is slow. */
export interface Case {
  what: string;
  target: number;
  rounds?: number;
  run: () => Promise<void>;
  explain?: { actor: Actor; query: { schemeId: number | undefined; unitId: number | undefined; period: string } };
}

/** EXPLAIN ANALYZE of the engine's statement for a summary (its evaluation, counted per rule). */
export async function explainSummary(database: Database, e: NonNullable<Case['explain']>): Promise<string> {
  const ctx = await complianceContext(database.db, e.actor, e.query);
  const rows = rowsOf<Record<string, string>>(
    await database.db.execute(
      sql`explain (analyze, buffers) ${evaluationCte(ctx.input)} select rule_id, count(*) from evaluation group by 1`,
    ),
  );
  return rows.map((r) => Object.values(r)[0]).join('\n');
}

const q = async <T>(database: Database, query: ReturnType<typeof sql>) => rowsOf<T>(await database.db.execute(query));

/** The root, its largest province (by outlets), and the counselor holding the most pairings in it. */
async function pick(database: Database, rootCode: string) {
  const [root] = await q<{ id: number; path: string }>(
    database,
    sql`select id, path from units where code = ${rootCode}`,
  );
  const [province] = await q<{ id: number; path: string; name: string }>(
    database,
    sql`select u.id, u.path, u.name from units u where u.kind = 'province' and u.path like ${`${root!.path}%`}
      order by (select count(*) from units o where o.kind = 'outlet' and o.path like u.path || '%') desc, u.id limit 1`,
  );
  const [counselor] = await q<{ person_id: number; name: string; n: number }>(
    database,
    sql`select p.person_id, pp.name, count(*)::int as n from pairings p join schemes s on s.id = p.scheme_id
      join units u on u.id = p.scope_unit_id join people pp on pp.id = p.person_id
      where s.code = 'counselor' and p.ends_on is null and u.path like ${`${province!.path}%`}
      group by 1, 2 order by 3 desc, 1 limit 1`,
  );
  const [scheme] = await q<{ id: number }>(database, sql`select id from schemes where code = 'counselor'`);
  return { root: root!, province: province!, counselor: counselor!, schemeId: scheme!.id };
}

async function sizeOf(database: Database): Promise<string> {
  const [n] = await q<{ units: number; people: number; pairings: number; records: number; counselors: number }>(
    database,
    sql`select (select count(*)::int from units) as units, (select count(*)::int from people) as people,
      (select count(*)::int from pairings) as pairings, (select count(distinct person_id)::int from pairings) as counselors,
      (select count(*)::int from records) as records`,
  );
  return `${n!.units} units, ${n!.people} people, ${n!.counselors} counselors, ${n!.pairings} pairings, ${n!.records} records`;
}

/**
 * Every case as the services run today, then (with --nestloop-off) again with the planner's
 * nested loops off: the engine's row estimates for its CTEs are far too low, and a nested
 * loop over the hits of every subject turns a summary quadratic.
 */
async function runAll(engine: string, database: Database, cases: Case[], postgres: boolean): Promise<void> {
  const timeout = postgres ? `set statement_timeout = ${Number(args.timeout) * 1000}` : null;
  await run(engine, database, cases, timeout ? [timeout] : []);
  if (!args['nestloop-off']) return;
  await run(`${engine} with enable_nestloop = off`, database, cases, [
    ...(timeout ? [timeout] : []),
    'set enable_nestloop = off',
  ]);
  await database.query('reset enable_nestloop');
}

/** `settings` are applied before each case: a cancelled statement costs the pool its connection. */
async function run(engine: string, database: Database, cases: Case[], settings: string[]): Promise<void> {
  for (const c of cases) {
    for (const s of settings) await database.query(s);
    let samples: number[];
    try {
      samples = await measure(c.run, c.rounds ?? ROUNDS, c.target);
    } catch (e) {
      if (!/statement timeout/.test(String((e as { cause?: unknown }).cause ?? e))) throw e;
      process.stdout.write(`  ${engine} ${c.what}: cancelled after ${args.timeout} s\n`);
      const ms = Number(args.timeout) * 1000;
      results.push({
        engine,
        what: `${c.what} (cancelled at the statement timeout)`,
        median: ms,
        p95: ms,
        runs: 1,
        target: c.target,
      });
      continue;
    }
    const s = stats(samples);
    process.stdout.write(`  ${engine} ${c.what}: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms\n`);
    results.push({ engine, what: c.what, ...s, runs: samples.length, target: c.target });
    if (args.explain && c.explain && s.median > c.target) {
      process.stdout.write(`\n  EXPLAIN ANALYZE:\n${await explainSummary(database, c.explain)}\n\n`);
    }
  }
}

async function casesFor(database: Database, rootCode: string, nation: boolean): Promise<Case[]> {
  const ids = await pick(database, rootCode);
  const admin = await benchActor(database, { roles: ['party_admin'], scopeUnitId: ids.root.id });
  const counselor = await benchActor(database, {
    roles: ['counselor'],
    scopeUnitId: ids.province.id,
    personId: ids.counselor.person_id,
  });
  const out: Case[] = [];
  const tracks = [
    { label: 'counselor scheme', schemeId: ids.schemeId },
    { label: 'branches', schemeId: undefined },
  ];
  for (const t of tracks) {
    const query = { schemeId: t.schemeId, period };
    if (nation) {
      out.push({
        what: `summary ${period}, ${t.label}, the nation (head office and its provinces)`,
        target: 3000,
        rounds: Math.max(3, Math.ceil(ROUNDS / 2)),
        ...summaryCase(database, admin, { ...query, unitId: undefined }),
      });
    }
    out.push({
      what: `summary ${period}, ${t.label}, a province (${ids.province.name} and its cities)`,
      target: 200,
      ...summaryCase(database, admin, { ...query, unitId: ids.province.id }),
    });
  }
  out.push({
    what: `to-do of a counselor (${ids.counselor.name}, ${ids.counselor.n} pairings)`,
    target: 50,
    run: async () => {
      await todoFor(database.db, counselor);
    },
  });
  return out;
}

function summaryCase(
  database: Database,
  actor: Actor,
  query: { schemeId: number | undefined; unitId: number | undefined; period: string },
): Pick<Case, 'run' | 'explain'> {
  return {
    run: async () => {
      const ctx = await complianceContext(database.db, actor, query);
      await complianceSummary(database.db, actor, ctx, query.unitId);
    },
    explain: { actor, query },
  };
}

const only = (which: string) => !args.only || args.only === which;

if (only('demo')) {
  const database = await openDatabase({});
  try {
    await runMigrations(database);
    const t0 = performance.now();
    await seedDemo(database.db, fieldCipher(testConfig().dataKey!), { scale: 'province' });
    const ms = performance.now() - t0;
    results.push({
      engine: 'PGlite (demo province)',
      what: 'seed the demo province (seedDemo)',
      median: ms,
      p95: ms,
      runs: 1,
      target: null,
    });
    sizes.push(`PGlite (demo province): ${await sizeOf(database)}`);
    await runAll('PGlite (demo province)', database, await casesFor(database, 'JN', false), false);
  } finally {
    await database.close();
  }
}

if (only('postgres')) {
  const cluster = process.env.TEST_PG_URL ? null : await startPgCluster();
  try {
    const url = process.env.TEST_PG_URL ?? cluster!.url;
    const admin = await openDatabase({ url });
    const [exists] = rowsOf<{ n: number }>(
      await admin.db.execute(
        sql`select count(*)::int as n from pg_database where datname = 'liandian_bench_compliance'`,
      ),
    );
    const reuse = args.reuse && exists!.n > 0;
    if (!reuse) {
      await admin.query('drop database if exists liandian_bench_compliance with (force)');
      await admin.query('create database liandian_bench_compliance');
    }
    await admin.close();
    // One connection, so the session settings hold for every statement measured (runAll).
    const pg = await openDatabase({ url: url.replace(/\/[^/]*$/, '/liandian_bench_compliance'), poolSize: 1 });
    try {
      await runMigrations(pg);
      if (!reuse) {
        const log = (line: string) => process.stdout.write(`  PostgreSQL ${line}\n`);
        const r = await generateNational(pg, fieldCipher(testConfig().dataKey!), { outlets: OUTLETS, seed: 1, log });
        const c = await generateCompliance(pg, { seed: 1, log });
        const what = `generate the national dataset (npm run gen -- --outlets ${OUTLETS}): registry, then pairings and records`;
        results.push({
          engine: 'PostgreSQL 15',
          what,
          median: (r.seconds.total + c.seconds) * 1000,
          p95: (r.seconds.total + c.seconds) * 1000,
          runs: 1,
          target: null,
        });
      }
      sizes.push(`PostgreSQL 15: ${await sizeOf(pg)}`);
      await runAll('PostgreSQL 15', pg, await casesFor(pg, 'HQ', true), true);
    } finally {
      await pg.close();
    }
  } finally {
    cluster?.stop();
  }
}

const section = [
  '## Compliance',
  '',
  `Written by \`npm run bench:compliance\` (bench/compliance.ts) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} CPUs. Datasets: ${sizes.join('; ')}. The service functions called directly (complianceContext + complianceSummary, todoFor) with an Actor: a party admin whose scope is the dataset's root, or the counselor; the summary judges every rule of a track for the current quarter (${period}) with the drill-down to the children of the unit. Medians of the runs after one warm-up run, milliseconds; the target applies to the median. The machine is shared, so figures are noisy.`,
  '',
  '| engine | what | runs | median ms | p95 ms | target ms |',
  '|---|---|---:|---:|---:|---|',
  ...results.map((r) => `| ${r.engine} | ${r.what} | ${r.runs} | ${fmt(r.median)} | ${fmt(r.p95)} | ${verdict(r)} |`),
].join('\n');
process.stdout.write(`\n${section}\n`);
if (!args['no-write']) writeSection('compliance', section);
