/**
 * Cockpit and report benchmark: the cockpit of a unit subtree (computeCockpit, every figure
 * computed fresh by the owning modules' services), its read through the store (the last
 * computed payload, served while no data-changing action happened since), GET /api/cockpit over
 * HTTP, and the national annual report workbook (writeReportWorkbook), on
 *   - PGlite holding the demo province (what `npm start` loads): 江南省分行 for the current
 *     quarter and year (< 500 ms);
 *   - PostgreSQL holding the national dataset of `npm run gen` (registry, 20k counselors, 60k
 *     pairings, ≈5M records, 1M concerns): the nation fresh and through the store (< 2 s), a
 *     province fresh, and the nation's annual report workbook written to a temp file (< 120 s).
 *
 *   npm run bench:cockpit [-- --only demo|postgres] [--reuse] [--rounds 7] [--outlets 60000]
 *                         [--timeout 300] [--no-write]
 *
 * PostgreSQL: TEST_PG_URL (a database liandian_bench_cockpit is made there, or reused when --reuse
 * and it already holds a dataset), else a throwaway cluster (tests/setup/pg-cluster.ts).
 * A statement running past --timeout seconds is cancelled and reported as such; a case whose
 * first run takes ten times its target is not repeated (bench/harness.ts measure).
 * Writes the "cockpit" section of docs/benchmarks.md between its markers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { periodContaining } from '../src/contracts/periods.ts';
import { todayInChina } from '../src/contracts/person-rules.ts';
import { generateCompliance } from '../src/server/cli/gen/compliance.ts';
import { generateConcerns } from '../src/server/cli/gen/concerns.ts';
import { generateNational } from '../src/server/cli/gen/national.ts';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { rowsOf } from '../src/server/db/sql.ts';
import { DEMO_PASSWORD } from '../src/server/demo/accounts.ts';
import { seedDemo } from '../src/server/demo/seed.ts';
import { computeCockpit } from '../src/server/features/cockpit/figures.ts';
import { cockpitFor } from '../src/server/features/cockpit/store.ts';
import { writeReportWorkbook } from '../src/server/features/reports/workbook.ts';
import type { Actor } from '../src/server/platform/actor.ts';
import { bulkReads } from '../src/server/platform/bulk-reads.ts';
import { fieldCipher } from '../src/server/platform/crypto.ts';
import { startNode, testConfig } from '../tests/helpers/app.ts';
import { startPgCluster } from '../tests/setup/pg-cluster.ts';
import { benchActor, measure } from './harness.ts';
import { type BenchRow, fmt, stats, verdict, writeSection } from './report.ts';

const { values: args } = parseArgs({
  options: {
    outlets: { type: 'string', default: '60000' },
    rounds: { type: 'string', default: '7' },
    only: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '300' },
  },
});
const ROUNDS = Number(args.rounds);
const OUTLETS = Number(args.outlets);
const DB_NAME = 'liandian_bench_cockpit';
const today = todayInChina();
const quarter = periodContaining('quarter', today);
const year = periodContaining('year', today);

type Row = BenchRow;
const results: Row[] = [];
const sizes: string[] = [];
const notes: string[] = [];

interface Case {
  what: string;
  target: number;
  rounds?: number;
  /** Cases of one group do the same work: once one is cancelled or fails, the rest are skipped. */
  group?: string;
  /** Timed once, without a warm-up (its first run is the point). */
  once?: boolean;
  run: () => Promise<void>;
}

const q = async <T>(database: Database, query: ReturnType<typeof sql>) => rowsOf<T>(await database.db.execute(query));

async function timed(fn: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Groups (a unit and period) whose computation was cancelled or failed: their later cases are not run. */
const broken = new Set<string>();

async function run(engine: string, cases: Case[]): Promise<void> {
  for (const c of cases) {
    if (c.group && broken.has(c.group)) {
      process.stdout.write(`  ${engine} ${c.what}: not run (the same computation was cancelled or failed)\n`);
      notes.push(`${engine}, ${c.what}: not run, the same computation was cancelled or failed above.`);
      continue;
    }
    let samples: number[];
    const t0 = performance.now();
    try {
      samples = c.once ? [await timed(c.run)] : await measure(c.run, c.rounds ?? ROUNDS, c.target);
    } catch (e) {
      const text = String((e as { cause?: unknown }).cause ?? e);
      if (c.group) broken.add(c.group);
      if (/statement timeout/.test(text)) {
        const ms = performance.now() - t0;
        process.stdout.write(
          `  ${engine} ${c.what}: a statement cancelled after ${args.timeout} s (${ms.toFixed(0)} ms)\n`,
        );
        results.push({
          engine,
          what: `${c.what} (a statement cancelled at the ${args.timeout} s timeout: the time until then)`,
          median: ms,
          p95: ms,
          runs: 1,
          target: c.target,
        });
        continue;
      }
      process.stdout.write(`  ${engine} ${c.what}: FAILED ${text.split('\n')[0]}\n`);
      notes.push(`${engine}, ${c.what}: failed (${text.split('\n')[0]?.slice(0, 200)}).`);
      continue;
    }
    const s = stats(samples);
    process.stdout.write(
      `  ${engine} ${c.what}: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (${samples.length} runs)\n`,
    );
    results.push({ engine, what: c.what, ...s, runs: samples.length, target: c.target });
  }
}

/** One timed call (no warm-up): the workbook, too long to repeat. */
async function once(engine: string, what: string, target: number, fn: () => Promise<string>): Promise<void> {
  const t0 = performance.now();
  try {
    const extra = await fn();
    const ms = performance.now() - t0;
    process.stdout.write(`  ${engine} ${what}${extra}: ${ms.toFixed(0)} ms\n`);
    results.push({ engine, what: `${what}${extra}`, median: ms, p95: ms, runs: 1, target });
  } catch (e) {
    const text = String((e as { cause?: unknown }).cause ?? e).split('\n')[0]!;
    if (/statement timeout/.test(text)) {
      const ms = performance.now() - t0;
      process.stdout.write(
        `  ${engine} ${what}: a statement cancelled after ${args.timeout} s (${ms.toFixed(0)} ms)\n`,
      );
      const label = `${what} (a statement cancelled at the ${args.timeout} s timeout: the time until then)`;
      results.push({ engine, what: label, median: ms, p95: ms, runs: 1, target });
      return;
    }
    process.stdout.write(`  ${engine} ${what}: FAILED ${text}\n`);
    notes.push(`${engine}, ${what}: failed (${text.slice(0, 200)}).`);
  }
}

async function unitOf(database: Database, code: string) {
  const [u] = await q<{ id: number; path: string; name: string }>(
    database,
    sql`select id, path, name from units where code = ${code}`,
  );
  return { id: Number(u!.id), path: u!.path, name: u!.name };
}

/** The largest province (by outlets) under the root. */
async function largestProvince(database: Database, rootPath: string) {
  const [p] = await q<{ id: number; name: string }>(
    database,
    sql`select u.id, u.name from units u where u.kind = 'province' and u.path like ${`${rootPath}%`}
      order by (select count(*) from units o where o.kind = 'outlet' and o.path like u.path || '%') desc, u.id limit 1`,
  );
  return { id: Number(p!.id), name: p!.name };
}

async function sizeOf(database: Database): Promise<string> {
  const [n] = await q<Record<string, number>>(
    database,
    sql`select (select count(*)::int from units) as units, (select count(*)::int from people) as people,
      (select count(*)::int from pairings) as pairings, (select count(*)::int from records) as records,
      (select count(*)::int from concerns) as concerns, (select count(*)::int from checklist_assignments) as checklists,
      (select count(*)::int from projects) as projects, (select count(*)::int from training_enrolments) as enrolments,
      (select count(*)::int from talks) as talks`,
  );
  return `${n!.units} units, ${n!.people} people, ${n!.pairings} pairings, ${n!.records} records, ${n!.concerns} concerns, ${n!.checklists} checklist assignments, ${n!.projects} projects, ${n!.enrolments} training enrolments, ${n!.talks} talks`;
}

function cockpitCases(
  database: Database,
  admin: Actor,
  unit: { id: number | undefined; name: string },
  target: number,
  periods: string[],
  store: typeof storeReader | null,
  opts: { rounds?: number } = {},
): Case[] {
  const out: Case[] = [];
  for (const period of periods) {
    const input = { unitId: unit.id, period, lang: 'zh-CN' as const };
    out.push({
      what: `computeCockpit ${period}, ${unit.name}: computed fresh`,
      group: `${unit.id} ${period}`,
      target,
      ...opts,
      run: async () => {
        await computeCockpit(database.db, admin, input, new Date());
      },
    });
    if (store) {
      // The first read finds no stored payload (a miss: it computes and stores), the next ones read it.
      out.push({
        what: `${store.name} ${period}, ${unit.name}: first read (a miss: computes and stores)`,
        group: `${unit.id} ${period}`,
        target,
        once: true,
        run: async () => {
          await store.read(database.db, admin, input, new Date());
        },
      });
      out.push({
        what: `${store.name} ${period}, ${unit.name}: read from the store (a hit: no change since)`,
        group: `${unit.id} ${period}`,
        target,
        run: async () => {
          const c = (await store.read(database.db, admin, input, new Date())) as { cached?: boolean };
          if (c.cached === false) throw new Error('the store did not serve the stored payload');
        },
      });
    }
  }
  return out;
}

const only = (which: string) => !args.only || args.only === which;
/** The store's reader: the payload served between refreshes (computed and stored on a miss). */
const storeReader = { name: 'store.cockpitFor', read: cockpitFor };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'liandian-bench-cockpit-'));

async function workbookCase(engine: string, database: Database, admin: Actor, unit: { id: number; name: string }) {
  const out = path.join(tmp, `report-${unit.id}-${year}.xlsx`);
  await once(
    engine,
    `writeReportWorkbook ${year}, ${unit.name}: the annual report workbook to a temp file`,
    120_000,
    async () => {
      // As the report job runs it: through the bulk handle (platform/bulk-reads.ts).
      await bulkReads(database)((db) =>
        writeReportWorkbook(db, admin, { unitId: unit.id, period: year, lang: 'zh-CN' }, out),
      );
      return ` (${(fs.statSync(out).size / 1024).toFixed(0)} KiB)`;
    },
  );
}

if (only('demo')) {
  const engine = 'PGlite (demo province)';
  const database = await openDatabase({});
  try {
    await runMigrations(database);
    const t0 = performance.now();
    await seedDemo(database.db, fieldCipher(testConfig().dataKey!), { scale: 'province' });
    const ms = performance.now() - t0;
    results.push({ engine, what: 'seed the demo province (seedDemo)', median: ms, p95: ms, runs: 1, target: null });
    sizes.push(`${engine}: ${await sizeOf(database)}`);
    const jn = await unitOf(database, 'JN');
    const admin = await benchActor(database, { roles: ['party_admin'], scopeUnitId: jn.id });
    await run(engine, cockpitCases(database, admin, jn, 500, [quarter, year], storeReader));
    // Over HTTP as the demo admin (scope 江南省分行): the route serves through the store.
    const node = await startNode(database, {
      ...testConfig(),
      securityDefaults: { ...testConfig().securityDefaults, loginRatePerMinute: 1e6 },
    });
    try {
      const c = node.client();
      const login = await c.login('admin', DEMO_PASSWORD);
      if (login.status !== 200) throw new Error(`sign-in as admin: ${login.status}`);
      for (const period of [quarter, year]) {
        await run(engine, [
          {
            what: `GET /api/cockpit?unitId=<${jn.name}>&period=${period} (session, scope, through the store)`,
            target: 500,
            run: async () => {
              const r = await c.get(`/api/cockpit?unitId=${jn.id}&period=${period}`);
              if (r.status !== 200)
                throw new Error(`GET /api/cockpit: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
            },
          },
        ]);
      }
    } finally {
      await node.close();
    }
    await workbookCase(engine, database, admin, jn);
  } finally {
    await database.close();
  }
}

if (only('postgres')) {
  const engine = 'PostgreSQL 15 (national)';
  const cluster = process.env.TEST_PG_URL ? null : await startPgCluster();
  try {
    const url = process.env.TEST_PG_URL ?? cluster!.url;
    const root = await openDatabase({ url });
    const [exists] = rowsOf<{ n: number }>(
      await root.db.execute(sql`select count(*)::int as n from pg_database where datname = ${DB_NAME}`),
    );
    let reuse = args.reuse && exists!.n > 0;
    if (!reuse) {
      await root.query(`drop database if exists ${DB_NAME} with (force)`);
      await root.query(`create database ${DB_NAME}`);
    }
    await root.close();
    // A statement past --timeout is cancelled (options in the URL hold for every pooled connection).
    const dbUrl = `${url.replace(/\/[^/?]*(\?.*)?$/, `/${DB_NAME}`)}?options=${encodeURIComponent(`-c statement_timeout=${Number(args.timeout) * 1000}`)}`;
    const pg = await openDatabase({ url: dbUrl });
    try {
      await runMigrations(pg);
      if (reuse) {
        const [n] = await q<{ n: number }>(pg, sql`select count(*)::int as n from records`);
        reuse = Number(n!.n) > 0;
      }
      if (!reuse) {
        const log = (line: string) => process.stdout.write(`  PostgreSQL ${line}\n`);
        const cipher = fieldCipher(testConfig().dataKey!);
        const r = await generateNational(pg, cipher, { outlets: OUTLETS, seed: 1, log });
        const c = await generateCompliance(pg, { seed: 1, log });
        const k = await generateConcerns(pg, { seed: 1, log });
        const ms = (r.seconds.total + c.seconds + k.seconds) * 1000;
        results.push({
          engine,
          what: `generate the national dataset (npm run gen -- --outlets ${OUTLETS}): registry, pairings and records, concerns`,
          median: ms,
          p95: ms,
          runs: 1,
          target: null,
        });
      } else {
        notes.push(
          `${engine}: the database ${DB_NAME} was reused (--reuse) as an earlier run or \`npm run gen -- --outlets ${OUTLETS}\` left it; generating it takes about 8 minutes on this machine.`,
        );
      }
      // A reused database may hold the store's rows of an earlier run: the first reads must miss.
      await pg.query('delete from cockpit_cache');
      sizes.push(`${engine}: ${await sizeOf(pg)}`);
      const hq = await unitOf(pg, 'HQ');
      const province = await largestProvince(pg, hq.path);
      const admin = await benchActor(pg, { roles: ['party_admin'], scopeUnitId: hq.id });
      const nationRounds = Math.max(3, Math.ceil(ROUNDS / 2));
      await run(engine, [
        ...cockpitCases(pg, admin, { id: hq.id, name: `the nation (${hq.name})` }, 2000, [quarter, year], storeReader, {
          rounds: nationRounds,
        }),
        ...cockpitCases(pg, admin, province, 500, [quarter], null),
        // What the cockpit.refresh job pays to bring the store up to date (its bulk handle).
        ...[quarter, year].map(
          (period): Case => ({
            what: `computeCockpit ${period}, the nation (${hq.name}): as the refresh job computes it (bulk handle: no nested loops, no JIT)`,
            target: 120_000,
            once: true,
            run: async () => {
              await bulkReads(pg)((db) =>
                computeCockpit(db, admin, { unitId: hq.id, period, lang: 'zh-CN' }, new Date()),
              );
            },
          }),
        ),
      ]);
      await workbookCase(engine, pg, admin, { id: hq.id, name: `the nation (${hq.name})` });
    } finally {
      await pg.close();
    }
  } finally {
    cluster?.stop();
  }
}
fs.rmSync(tmp, { recursive: true, force: true });

const section = [
  '## Cockpit and reports',
  '',
  `Written by \`npm run bench:cockpit\` (bench/cockpit.ts) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} CPUs. Datasets: ${sizes.join('; ')}. The national dataset is \`npm run gen\`'s (registry, counselor pairings with a year and a half of records, five years of concerns); it has no checklists, projects, training or talks, so those figures are computed over empty tables there. The service functions called directly with an Actor (a party admin whose scope is the dataset's root): computeCockpit computes every figure fresh through the owning modules' services (the cold path); the store row reads the cockpit through the store the route uses (the payload stored on the warm-up run, served while no data-changing action happened since: what users get between refreshes); GET /api/cockpit goes over loopback HTTP as the demo admin; writeReportWorkbook writes the annual report workbook of the subtree to a temp file, once. Periods: the current quarter (${quarter}) and year (${year}). Medians of the runs after one warm-up run, milliseconds; the target applies to the median; a case whose first run takes ten times its target is not repeated. The machine is shared (2 CPUs with other work running), so figures, the national ones above all, are noisy.`,
  ...(notes.length ? ['', ...notes.map((n) => `- ${n}`)] : []),
  '',
  '| engine | what | runs | median ms | p95 ms | target ms |',
  '|---|---|---:|---:|---:|---|',
  ...results.map((r) => `| ${r.engine} | ${r.what} | ${r.runs} | ${fmt(r.median)} | ${fmt(r.p95)} | ${verdict(r)} |`),
].join('\n');
process.stdout.write(`\n${section}\n`);
if (!args['no-write']) writeSection('cockpit', section);
