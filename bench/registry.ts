/**
 * Registry benchmark: roll-ups and people lists through the real HTTP API, signed
 * in as a party admin whose scope is the dataset's root, on
 *   - PGlite holding the demo province (what `npm start` loads: "a province must feel instant"),
 *   - PGlite holding a generated national dataset (src/server/cli/gen/national.ts),
 *   - PostgreSQL holding a generated national dataset ("the nation must work on PostgreSQL").
 *
 *   npm run bench:registry [-- --outlets 60000] [--pglite-outlets N] [--pglite-dir <dir made by npm run gen>]
 *                          [--rounds 40] [--only demo|pglite|postgres] [--explain] [--no-write]
 *
 * PostgreSQL: TEST_PG_URL, else a throwaway cluster (tests/setup/pg-cluster.ts).
 * --explain prints EXPLAIN ANALYZE of a people list's count when it misses its
 * target. Writes the "Registry" section of docs/benchmarks.md between its
 * markers, leaving the rest of the file alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { PersonFilters } from '../src/contracts/people.ts';
import { buildApp } from '../src/server/app.ts';
import { generateNational } from '../src/server/cli/gen/national.ts';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { accountRoles, accountScopes, accounts } from '../src/server/db/schema/accounts.ts';
import { rowsOf } from '../src/server/db/sql.ts';
import { DEMO_PASSWORD } from '../src/server/demo/accounts.ts';
import { seedDemo } from '../src/server/demo/seed.ts';
import { personWhere, TOTAL_CAP } from '../src/server/features/people/queries.ts';
import { fieldCipher } from '../src/server/platform/crypto.ts';
import { hashPassword } from '../src/server/platform/passwords.ts';
import { testConfig } from '../tests/helpers/app.ts';
import { Client } from '../tests/helpers/client.ts';
import { startPgCluster } from '../tests/setup/pg-cluster.ts';
import { fmt, stats, verdict, writeSection } from './report.ts';

const { values: args } = parseArgs({
  options: {
    outlets: { type: 'string', default: '60000' },
    'pglite-outlets': { type: 'string' },
    'pglite-dir': { type: 'string' },
    rounds: { type: 'string', default: '40' },
    only: { type: 'string' },
    explain: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const ROUNDS = Number(args.rounds);
const PG_OUTLETS = Number(args.outlets);
const PGLITE_OUTLETS = Number(args['pglite-outlets'] ?? args.outlets);

/** The rows of the table, and one line per dataset for its header. */
const results: Row[] = [];
const sizes: string[] = [];

interface Row {
  engine: string;
  what: string;
  median: number;
  p95: number;
  target: number | null;
}

interface Ids {
  root: { id: number; path: string; name: string };
  province: { id: number; name: string; path: string };
  city: { id: number; name: string; path: string };
  org: number;
}

/** The scope root, the largest province (by staff) under it, the largest city in that, and its largest branch. */
async function pickUnits(database: Database, rootCode: string): Promise<Ids> {
  const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await database.db.execute(query));
  const largest = (kind: string, under: string) => sql`
    select u.id, u.name, u.path, (select coalesce(sum(s.staff), 0)::int from units c
      join unit_people_stats s on s.unit_id = c.id where c.path like u.path || '%') as staff
    from units u where u.kind = ${kind} and u.path like ${under} order by staff desc, u.id limit 1`;
  const [root] = await q<Ids['root']>(sql`select id, path, name from units where code = ${rootCode}`);
  const [province] = await q<Ids['province']>(largest('province', `${root!.path}%`));
  const [city] = await q<Ids['city']>(largest('city', `${province!.path}%`));
  const [org] = await q<{ id: number }>(sql`select p.party_org_id as id from people p
    where p.unit_path like ${`${province!.path}%`} and p.party_org_id is not null
    group by 1 order by count(*) desc, 1 limit 1`);
  return { root: root!, province: province!, city: city!, org: org!.id };
}

/** A party admin whose scope is the root, signed in through the API. */
async function adminClient(database: Database, base: string, rootId: number): Promise<Client> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [row] = await database.db
    .insert(accounts)
    .values({ username: 'bench.admin', displayName: '基准测试管理员', passwordHash, mustChangePassword: false })
    // A reused dataset (--pglite-dir) keeps the account of an earlier run.
    .onConflictDoUpdate({ target: accounts.username, set: { passwordHash } })
    .returning({ id: accounts.id });
  await database.db.insert(accountRoles).values({ accountId: row!.id, role: 'party_admin' }).onConflictDoNothing();
  await database.db.insert(accountScopes).values({ accountId: row!.id, unitId: rootId }).onConflictDoNothing();
  const c = new Client(base);
  const res = await c.login('bench.admin', DEMO_PASSWORD);
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return c;
}

async function measure(c: Client, url: string, rounds: number) {
  const first = await c.get(url);
  if (first.status !== 200) throw new Error(`${url}: ${first.status} ${JSON.stringify(first.body).slice(0, 300)}`);
  for (let i = 0; i < Math.min(5, rounds); i++) await c.get(url);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await c.get(url);
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

interface Case {
  what: string;
  url: string;
  rounds: number;
  target: number;
  /** For people lists: the subtree and filters, to EXPLAIN the list's count when the target is missed. */
  people?: { path: string; filters: PersonFilters; page: number };
}

function cases(ids: Ids, nation: boolean): Case[] {
  const heavy = Math.max(10, Math.floor(ROUNDS / 2));
  const root = nation ? 'head office' : 'province';
  const api = (what: string, url: string, target: number, rounds = ROUNDS): Case => ({ what, url, rounds, target });
  const list = (label: string, unit: { id: number; path: string }, filters: PersonFilters, page = 1): Case => {
    const query = new URLSearchParams(filters as Record<string, string>);
    if (page > 1) query.set('page', String(page));
    const what = `GET /api/people?unitId=<${label}>&${decodeURIComponent(query.toString())}`;
    return { ...api(what, `/api/people?unitId=${unit.id}&${query}`, 50), people: { path: unit.path, filters, page } };
  };
  return [
    ...(nation
      ? [
          api(
            'GET /api/registry/rollup?parentId=<head office> (the nation)',
            `/api/registry/rollup?parentId=${ids.root.id}`,
            1000,
            heavy,
          ),
        ]
      : []),
    api(
      `GET /api/registry/rollup?parentId=<province> (${ids.province.name})`,
      `/api/registry/rollup?parentId=${ids.province.id}`,
      100,
    ),
    api(
      `GET /api/registry/rollup?parentId=<city> (${ids.city.name})`,
      `/api/registry/rollup?parentId=${ids.city.id}`,
      100,
    ),
    api(
      `GET /api/registry/rates?unitId=<${root}>`,
      `/api/registry/rates?unitId=${ids.root.id}`,
      nation ? 1000 : 100,
      heavy,
    ),
    list('province', ids.province, { partyStatus: 'member' }),
    list('province', ids.province, { partyStatus: 'member' }, 50),
    list('province', ids.province, { midLevelOrAbove: 'true' }),
    list('province', ids.province, { partyStatus: 'probationary' }),
    list(root, ids.root, { partyRelation: 'outside' }),
    list('city', ids.city, { q: '王' }),
    api(
      'GET /api/people?partyOrgId=<largest branch>&partyStatus=member',
      `/api/people?partyOrgId=${ids.org}&partyStatus=member`,
      50,
    ),
    api(
      'GET /api/registry/blank-outlets?unitId=<province>',
      `/api/registry/blank-outlets?unitId=${ids.province.id}`,
      100,
    ),
  ];
}

/** EXPLAIN ANALYZE of a people list's capped count, built with the feature's own WHERE (people/queries.ts). */
async function explainCount(database: Database, people: NonNullable<Case['people']>): Promise<string> {
  const where = personWhere([people.path], people.filters);
  const rows = rowsOf<Record<string, string>>(
    await database.db.execute(sql`explain (analyze, buffers)
      select count(*)::int as n from (select 1 from people where ${where} limit ${TOTAL_CAP + 1}) t`),
  );
  return rows.map((r) => Object.values(r)[0]).join('\n');
}

type Dataset = { kind: 'national'; outlets: number; generate: boolean } | { kind: 'demo' };

async function benchEngine(engine: string, database: Database, dataset: Dataset): Promise<Row[]> {
  await runMigrations(database);
  const rows: Row[] = [];
  const cipher = fieldCipher(testConfig().dataKey!);
  const t0 = performance.now();
  if (dataset.kind === 'demo') {
    await seedDemo(database.db, cipher, { scale: 'province' });
    rows.push({ engine, what: 'seed the demo province (seedDemo)', ...once(performance.now() - t0), target: null });
  } else if (dataset.generate) {
    const r = await generateNational(database, cipher, {
      outlets: dataset.outlets,
      seed: 1,
      log: (line) => process.stdout.write(`  ${engine} ${line}\n`),
    });
    const what = `generate ${r.units} units, ${r.people} people (npm run gen -- --outlets ${dataset.outlets})`;
    rows.push({ engine, what, ...once(r.seconds.total * 1000), target: null });
  }
  const [n] = rowsOf<{ units: number; people: number; members: number }>(
    await database.db.execute(sql`select (select count(*)::int from units) as units, count(*)::int as people,
      count(*) filter (where party_status <> 'none')::int as members from people`),
  );
  const origin =
    dataset.kind === 'demo'
      ? 'the demo province'
      : dataset.generate
        ? `\`npm run gen -- --outlets ${dataset.outlets}\``
        : 'a reused `npm run gen` dataset';
  sizes.push(`${engine}: ${origin}, ${n!.units} units, ${n!.people} people (${n!.members} members)`);
  process.stdout.write(`  ${sizes.at(-1)}\n`);
  const ids = await pickUnits(database, dataset.kind === 'demo' ? 'JN' : 'HQ');
  const config = testConfig();
  const app = await buildApp(
    { ...config, securityDefaults: { ...config.securityDefaults, loginRatePerMinute: 1e6 } },
    database,
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const c = await adminClient(database, base, ids.root.id);
    for (const k of cases(ids, dataset.kind === 'national')) {
      const s = await measure(c, k.url, k.rounds);
      process.stdout.write(`  ${engine} ${k.what}: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms\n`);
      rows.push({ engine, what: k.what, ...s, target: k.target });
      if (args.explain && k.people && s.median > k.target) {
        process.stdout.write(`\n  EXPLAIN ANALYZE of its count:\n${await explainCount(database, k.people)}\n\n`);
      }
    }
  } finally {
    await app.close();
  }
  return rows;
}

const once = (ms: number) => ({ median: ms, p95: ms });

const run = (which: string) => !args.only || args.only === which;

async function onPglite(dataset: Dataset, dir: string | undefined) {
  const tmp = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'liandian-bench-pglite-'));
  const database = await openDatabase({ dataDir: tmp });
  const engine = dataset.kind === 'demo' ? 'PGlite (demo province)' : 'PGlite';
  try {
    results.push(...(await benchEngine(engine, database, dataset)));
  } finally {
    await database.close();
    if (!dir) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (run('demo')) {
  await onPglite({ kind: 'demo' }, undefined);
}
if (run('pglite')) {
  const reuse = args['pglite-dir'];
  await onPglite({ kind: 'national', outlets: PGLITE_OUTLETS, generate: !reuse }, reuse);
}
if (run('postgres')) {
  const cluster = process.env.TEST_PG_URL ? null : await startPgCluster();
  try {
    const url = process.env.TEST_PG_URL ?? cluster!.url;
    const admin = await openDatabase({ url });
    await admin.query('drop database if exists liandian_bench_registry with (force)');
    await admin.query('create database liandian_bench_registry');
    await admin.close();
    const pg = await openDatabase({ url: url.replace(/\/[^/]*$/, '/liandian_bench_registry') });
    try {
      results.push(
        ...(await benchEngine('PostgreSQL 15', pg, { kind: 'national', outlets: PG_OUTLETS, generate: true })),
      );
    } finally {
      await pg.close();
    }
  } finally {
    cluster?.stop();
  }
}

const section = [
  '## Registry',
  '',
  `Written by \`npm run bench:registry\` (bench/registry.ts) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} CPUs. Datasets (generator seed 1): ${sizes.join('; ')}. Sequential requests over loopback HTTP after warm-up, signed in as a party admin whose scope is the dataset's root (head office, or the demo province); ${ROUNDS} rounds per row (half for the nation-wide rows). Milliseconds; the target applies to the median. The machine is shared, so figures are noisy.`,
  '',
  '| engine | what | median ms | p95 ms | target ms |',
  '|---|---|---:|---:|---|',
  ...results.map((r) => `| ${r.engine} | ${r.what} | ${fmt(r.median)} | ${fmt(r.p95)} | ${verdict(r)} |`),
].join('\n');
process.stdout.write(`\n${section}\n`);
if (!args['no-write']) writeSection('registry', section);
