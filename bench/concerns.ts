/**
 * Concerns benchmark (issue 5): the 跟踪问效 figures for a year and a department
 * handler's queue, through the real services (concernFigures; concernReach +
 * listConcerns with queue=mine) with an Actor, on
 *   - PostgreSQL holding the national dataset of `npm run gen` with 1M concerns over five
 *     years: the nation (< 2 s), a province (< 150 ms), a department handler's queue (< 50 ms);
 *   - PGlite holding the demo province (what `npm start` loads): the province, the demo handler's queue.
 *
 *   npm run bench:concerns [-- --outlets 60000] [--concerns 1000000] [--rounds 7] [--only demo|postgres]
 *                          [--reuse] [--timeout 300] [--explain] [--no-write]
 *
 * PostgreSQL: TEST_PG_URL (a database liandian_bench_concerns is made there; with --reuse an
 * existing one is kept, and only its concerns are generated when it has none yet), else a
 * throwaway cluster (tests/setup/pg-cluster.ts). --explain prints EXPLAIN ANALYZE of the
 * figures' statement for a row over its target. Writes the "concerns" section of docs/benchmarks.md.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { type SQL, sql } from 'drizzle-orm';
import { CONCERN_DIMENSIONS, type ConcernDimension } from '../src/contracts/concern-figures.ts';
import { concernListQuery } from '../src/contracts/concerns.ts';
import { todayInChina } from '../src/contracts/person-rules.ts';
import { generateCompliance } from '../src/server/cli/gen/compliance.ts';
import { generateConcerns } from '../src/server/cli/gen/concerns.ts';
import { generateNational } from '../src/server/cli/gen/national.ts';
import { type Database, type Db, openDatabase } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { rowsOf } from '../src/server/db/sql.ts';
import { seedDemo } from '../src/server/demo/seed.ts';
import { concernFigures } from '../src/server/features/concerns/figures.ts';
import { listConcerns } from '../src/server/features/concerns/queries.ts';
import { concernReach } from '../src/server/features/concerns/reach.ts';
import { fieldCipher } from '../src/server/platform/crypto.ts';
import { testConfig } from '../tests/helpers/app.ts';
import { startPgCluster } from '../tests/setup/pg-cluster.ts';
import { benchActor, measure } from './harness.ts';
import { type BenchRow, fmt, stats, verdict, writeSection } from './report.ts';

const { values: args } = parseArgs({
  options: {
    outlets: { type: 'string', default: '60000' },
    concerns: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '7' },
    only: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '300' },
  },
});
const ROUNDS = Number(args.rounds);
const OUTLETS = Number(args.outlets);
const COUNT = Number(args.concerns);
const today = todayInChina();
/** The last twelve months, today included. */
const from = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
const DB_NAME = 'liandian_bench_concerns';

type Row = BenchRow;
const results: Row[] = [];
const sizes: string[] = [];

interface Case {
  what: string;
  target: number;
  run: (db?: Db) => Promise<void>;
  /** Whether `run(db)` issues the statement worth explaining as its first. */
  explain?: boolean;
}

/**
 * EXPLAIN ANALYZE of the first statement a case runs: the case runs against a stand-in
 * that keeps the statement and stops, and the statement is explained on the real database.
 */
async function explainFirst(database: Database, c: Case): Promise<string> {
  let first: SQL | null = null;
  const stop = new Error('captured');
  const standIn = {
    execute: async (query: SQL) => {
      first = query;
      throw stop;
    },
  } as unknown as Db;
  await c.run(standIn).catch((e: unknown) => {
    if (e !== stop) throw e;
  });
  if (!first) return '(no statement)';
  const rows = rowsOf<Record<string, string>>(
    await database.db.execute(sql`explain (analyze, buffers) ${first as SQL}`),
  );
  return rows.map((r) => Object.values(r)[0]).join('\n');
}

const q = async <T>(database: Database, query: ReturnType<typeof sql>) => rowsOf<T>(await database.db.execute(query));

function figuresCase(database: Database, unit: { id: number; name: string; path: string } | null, root: string) {
  return (dimension: ConcernDimension) => ({
    run: async (db: Db = database.db) => {
      await concernFigures(db, {
        paths: [unit?.path ?? root],
        unit: unit ? { id: unit.id, name: unit.name } : null,
        from,
        to: today,
        dimension,
        today,
        timeZone: 'Asia/Shanghai',
        lang: 'zh-CN',
      });
    },
    explain: true,
  });
}

async function casesFor(database: Database, rootCode: string, handlerDept: string | null): Promise<Case[]> {
  const [root] = await q<{ id: number; path: string; name: string }>(
    database,
    sql`select id, path, name from units where code = ${rootCode}`,
  );
  // The province with the most concerns this year (the root itself for the demo).
  const [province] = await q<{ id: number; path: string; name: string; n: number }>(
    database,
    sql`select p.id, p.path, p.name, count(*)::int as n from concerns c join units o on o.id = c.unit_id
      join units p on p.kind = 'province' and o.path like p.path || '%'
      where c.raised_at >= ${from}::date group by 1, 2, 3 order by 4 desc limit 1`,
  );
  const [dept] = await q<{ id: number; name: string; n: number }>(
    database,
    handlerDept
      ? sql`select d.id, d.name, (select count(*)::int from concerns c where c.department_unit_id = d.id
          and c.state in ('routed', 'accepted', 'in_progress', 'reopened')) as n from units d where d.code = ${handlerDept}`
      : sql`select d.id, d.name, count(*)::int as n from concerns c join units d on d.id = c.department_unit_id
          where c.state in ('routed', 'accepted', 'in_progress', 'reopened') group by 1, 2 order by 3 desc limit 1`,
  );
  const out: Case[] = [];
  const nation = rootCode === 'HQ';
  for (const dimension of CONCERN_DIMENSIONS) {
    if (nation) {
      out.push({
        what: `figures for the nation, last 12 months, by ${dimension}`,
        target: 2000,
        ...figuresCase(database, null, root!.path)(dimension),
      });
    }
    out.push({
      what: `figures for a province (${province!.name}, ${province!.n} concerns this year), by ${dimension}`,
      target: 150,
      ...figuresCase(database, province!, root!.path)(dimension),
    });
  }
  const handler = await benchActor(database, { roles: ['handler'], scopeUnitId: dept!.id, accountId: -1 });
  out.push({
    what: `queue of a department's handler (${dept!.name}, ${dept!.n} open), page 1 of 20`,
    target: 50,
    run: async () => {
      const reach = await concernReach(database.db, handler, today);
      await listConcerns(
        database.db,
        handler,
        reach,
        concernListQuery.parse({ queue: 'mine', page: 1, pageSize: 20 }),
        today,
        'zh-CN',
      );
    },
  });
  return out;
}

async function runAll(engine: string, database: Database, cases: Case[], postgres: boolean): Promise<void> {
  for (const c of cases) {
    if (postgres) await database.query(`set statement_timeout = ${Number(args.timeout) * 1000}`);
    const samples = await measure(c.run, ROUNDS, c.target);
    const s = stats(samples);
    process.stdout.write(`  ${engine} ${c.what}: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms\n`);
    results.push({ engine, what: c.what, ...s, runs: samples.length, target: c.target });
    if (args.explain && c.explain && s.median > c.target) {
      process.stdout.write(`\n  EXPLAIN ANALYZE:\n${await explainFirst(database, c)}\n\n`);
    }
  }
}

async function sizeOf(database: Database): Promise<string> {
  const [n] = await q<{ units: number; outlets: number; concerns: number; events: number; open: number }>(
    database,
    sql`select (select count(*)::int from units) as units,
      (select count(*)::int from units where kind = 'outlet') as outlets,
      (select count(*)::int from concerns) as concerns, (select count(*)::int from concern_events) as events,
      (select count(*)::int from concerns where state not in ('resolved', 'closed', 'rejected')) as open`,
  );
  return `${n!.units} units (${n!.outlets} outlets), ${n!.concerns} concerns (${n!.open} open), ${n!.events} events`;
}

const only = (which: string) => !args.only || args.only === which;

if (only('demo')) {
  const database = await openDatabase({});
  try {
    await runMigrations(database);
    const t0 = performance.now();
    await seedDemo(database.db, fieldCipher(testConfig().dataKey!), { scale: 'province' });
    const ms = performance.now() - t0;
    const engine = 'PGlite (demo province)';
    results.push({ engine, what: 'seed the demo province (seedDemo)', median: ms, p95: ms, runs: 1, target: null });
    sizes.push(`${engine}: ${await sizeOf(database)}`);
    await runAll(engine, database, await casesFor(database, 'JN', 'JN01B02'), false);
  } finally {
    await database.close();
  }
}

if (only('postgres')) {
  const cluster = process.env.TEST_PG_URL ? null : await startPgCluster();
  try {
    const url = process.env.TEST_PG_URL ?? cluster!.url;
    const admin = await openDatabase({ url });
    const [exists] = await q<{ n: number }>(
      admin,
      sql`select count(*)::int as n from pg_database where datname = ${DB_NAME}`,
    );
    const reuse = args.reuse && exists!.n > 0;
    if (!reuse) {
      await admin.query(`drop database if exists ${DB_NAME} with (force)`);
      await admin.query(`create database ${DB_NAME}`);
    }
    await admin.close();
    const pg = await openDatabase({ url: url.replace(/\/[^/]*$/, `/${DB_NAME}`), poolSize: 1 });
    const engine = 'PostgreSQL 15';
    try {
      await runMigrations(pg);
      const log = (line: string) => process.stdout.write(`  PostgreSQL ${line}\n`);
      const [have] = await q<{ units: number; concerns: number }>(
        pg,
        sql`select (select count(*)::int from units) as units, (select count(*)::int from concerns) as concerns`,
      );
      if (have!.units === 0) {
        await generateNational(pg, fieldCipher(testConfig().dataKey!), { outlets: OUTLETS, seed: 1, log });
        await generateCompliance(pg, { seed: 1, log });
      }
      if (have!.concerns === 0) {
        const r = await generateConcerns(pg, { seed: 1, count: COUNT, log });
        results.push({
          engine,
          what: `generate ${COUNT} concerns over five years (npm run gen, the concerns step; events for the last year)`,
          median: r.seconds * 1000,
          p95: r.seconds * 1000,
          runs: 1,
          target: null,
        });
      }
      sizes.push(`${engine}: ${await sizeOf(pg)}`);
      await runAll(engine, pg, await casesFor(pg, 'HQ', null), true);
    } finally {
      await pg.close();
    }
  } finally {
    cluster?.stop();
  }
}

const section = [
  '## Concerns',
  '',
  `Written by \`npm run bench:concerns\` (bench/concerns.ts) on ${today}, Node ${process.version}, ${os.cpus().length} CPUs. Datasets: ${sizes.join('; ')}. The service functions called directly with an Actor: concernFigures for the concerns raised ${from} – ${today} under the nation or a province (one row per key of the dimension), and the handler's queue (concernReach + listConcerns with queue=mine, page 1 of 20) of the department with the most open concerns (the demo: 青州市分行运营管理部, the demo handler's). Medians of the runs after one warm-up run, milliseconds; the target applies to the median. The machine is shared, so figures are noisy.`,
  '',
  '| engine | what | runs | median ms | p95 ms | target ms |',
  '|---|---|---:|---:|---:|---|',
  ...results.map((r) => `| ${r.engine} | ${r.what} | ${r.runs} | ${fmt(r.median)} | ${fmt(r.p95)} | ${verdict(r)} |`),
].join('\n');
process.stdout.write(`\n${section}\n`);
if (!args['no-write']) writeSection('concerns', section);
