import { eq } from 'drizzle-orm';
import { buildApp } from '../src/server/app.ts';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { accountScopes, accounts } from '../src/server/db/schema/accounts.ts';
import { units } from '../src/server/db/schema/units.ts';
import { DEMO_PASSWORD } from '../src/server/demo/accounts.ts';
import { seedDemo } from '../src/server/demo/seed.ts';
import { insertUnits, type NewUnit } from '../src/server/features/units/insert.ts';
import { fieldCipher } from '../src/server/platform/crypto.ts';
import { testConfig } from '../tests/helpers/app.ts';
import { Client } from '../tests/helpers/client.ts';
import { startPgCluster } from '../tests/setup/pg-cluster.ts';
import { stats, writeSection } from './report.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);

/** A national enterprise: 31 provinces × 10 cities × 10 counties × 30 outlets ≈ 96k units. */
function nationalTree(): NewUnit[] {
  const out: NewUnit[] = [{ code: 'HQ', name: '总行', kind: 'head_office', parentCode: null }];
  for (let p = 1; p <= 31; p++) {
    const pc = `P${p}`;
    out.push({ code: pc, name: `第${p}省分行`, kind: 'province', parentCode: 'HQ' });
    for (let c = 1; c <= 10; c++) {
      const cc = `${pc}C${c}`;
      out.push({ code: cc, name: `${pc}第${c}市分行`, kind: 'city', parentCode: pc });
      for (let k = 1; k <= 10; k++) {
        const kc = `${cc}K${k}`;
        out.push({ code: kc, name: `${cc}第${k}支行`, kind: 'county', parentCode: cc });
        for (let o = 1; o <= 30; o++)
          out.push({ code: `${kc}O${o}`, name: `${kc}第${o}网点`, kind: 'outlet', parentCode: kc });
      }
    }
  }
  return out;
}

async function time(fn: () => Promise<unknown>, rounds = ROUNDS): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < Math.min(20, rounds); i++) await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

interface Row {
  engine: string;
  what: string;
  median: number;
  p95: number;
}

async function benchEngine(engine: string, database: Database): Promise<Row[]> {
  await runMigrations(database);
  await seedDemo(database.db, fieldCipher(testConfig().dataKey!), { scale: 'test' });
  const t0 = performance.now();
  const ids = await insertUnits(database.db, nationalTree());
  const insertMs = performance.now() - t0;
  // Give the demo counselor a province of the national tree as scope.
  const [counselor] = await database.db.select().from(accounts).where(eq(accounts.username, 'counselor'));
  await database.db.insert(accountScopes).values({ accountId: counselor!.id, unitId: ids.get('P7')! });
  const app = await buildApp(
    { ...testConfig(), securityDefaults: { ...testConfig().securityDefaults, loginRatePerMinute: 1e6 } },
    database,
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const c = new Client(base);
    await c.login('counselor', DEMO_PASSWORD);
    const rows: Row[] = [
      {
        engine,
        what: `bulk insert of ${ids.size} units (unnest per generation), total`,
        median: insertMs,
        p95: insertMs,
      },
    ];
    const health = await time(() => fetch(`${base}/healthz`).then((r) => r.text()));
    rows.push({ engine, what: 'GET /healthz (no session, baseline)', ...health });
    const me = await time(() => c.get('/api/me'));
    rows.push({ engine, what: 'GET /api/me (session + roles + scope)', ...me });
    const county = ids.get('P7C3K5')!;
    const children = await time(() => c.get(`/api/units?parentId=${county}`));
    rows.push({ engine, what: 'GET /api/units?parentId=<county> (30 outlets, scope-cut, child counts)', ...children });
    const city = ids.get('P7C3')!;
    const cityChildren = await time(() => c.get(`/api/units?parentId=${city}`));
    rows.push({ engine, what: 'GET /api/units?parentId=<city> (10 counties)', ...cityChildren });
    const outside = ids.get('P8C1K1O1')!;
    const denied = await time(() => c.get(`/api/units/${outside}`), Math.min(ROUNDS, 100));
    rows.push({ engine, what: 'GET /api/units/:id out of scope (404 + audited denial)', ...denied });
    const login = await time(() => new Client(base).login('leader', DEMO_PASSWORD), 30);
    rows.push({ engine, what: 'POST /api/auth/login (argon2id verify + session + audit)', ...login });
    const [n] = await database.db.select({ id: units.id }).from(units).where(eq(units.code, 'HQ'));
    if (!n) throw new Error('tree missing');
    return rows;
  } finally {
    await app.close();
  }
}

const results: Row[] = [];
const pglite = await openDatabase({});
results.push(...(await benchEngine('PGlite', pglite)));
await pglite.close();

const cluster = process.env.TEST_PG_URL ? null : await startPgCluster();
try {
  const url = process.env.TEST_PG_URL ?? cluster!.url;
  const admin = await openDatabase({ url });
  await admin.query('drop database if exists liandian_bench with (force)');
  await admin.query('create database liandian_bench');
  await admin.close();
  const pgDb = await openDatabase({ url: url.replace(/\/[^/]*$/, '/liandian_bench') });
  results.push(...(await benchEngine('PostgreSQL 15', pgDb)));
  await pgDb.close();
} finally {
  cluster?.stop();
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2));
const meOf = (engine: string) => results.find((r) => r.engine === engine && r.what.startsWith('GET /api/me'))!.median;
const baseOf = (engine: string) =>
  results.find((r) => r.engine === engine && r.what.startsWith('GET /healthz'))!.median;
const section = [
  '## Foundation: per-request session cost and scope-cut tree reads',
  '',
  `Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${ROUNDS} sequential requests per row after warm-up, over loopback HTTP from the same process. Milliseconds.`,
  '',
  'The scope-cut reads run as the demo counselor whose scope is one province (≈3.1k units) of a 96k-unit national tree.',
  '',
  '| engine | what | median ms | p95 ms |',
  '|---|---|---:|---:|',
  ...results.map((r) => `| ${r.engine} | ${r.what} | ${fmt(r.median)} | ${fmt(r.p95)} |`),
  '',
  `Session overhead (median /api/me ÷ median /healthz): PGlite ${(meOf('PGlite') / baseOf('PGlite')).toFixed(1)}×, PostgreSQL ${(meOf('PostgreSQL 15') / baseOf('PostgreSQL 15')).toFixed(1)}×.`,
].join('\n');
process.stdout.write(`${section}\n`);
writeSection('foundation', section);
