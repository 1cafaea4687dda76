/**
 * Registry import benchmark: a 100,000-row people sheet through the HTTP API
 * (dry run and commit, new rows, unchanged re-import and a 10 % changed file)
 * on PGlite and on PostgreSQL. Prints the figures; nothing is written to docs/.
 *
 *   npx tsx bench/import.ts            # BENCH_ROWS=100000 BENCH_RUNS=3 by default
 *
 * PostgreSQL: TEST_PG_URL, else a throwaway cluster from /usr/lib/postgresql (as in the tests).
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { idNumberCheckChar } from '../src/contracts/id-number.ts';
import type { ImportKind, ImportReport } from '../src/contracts/imports.ts';
import { SHEET_NAMES, SHEETS } from '../src/contracts/registry-sheets.ts';
import { buildApp } from '../src/server/app.ts';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { DEMO_PASSWORD } from '../src/server/demo/accounts.ts';
import { seedDemo } from '../src/server/demo/seed.ts';
import { fieldCipher } from '../src/server/platform/crypto.ts';
import { testConfig } from '../tests/helpers/app.ts';
import { Client } from '../tests/helpers/client.ts';
import { fileOf, upload } from '../tests/helpers/upload.ts';
import { startPgCluster } from '../tests/setup/pg-cluster.ts';
import { writeSection } from './report.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const COUNTIES = 10;
const OUTLETS_PER_COUNTY = 20;

/** A city branch under the demo province with 10 counties × 20 outlets, each outlet with a branch org. */
const outlets = Array.from({ length: COUNTIES * OUTLETS_PER_COUNTY }, (_, i) => {
  const county = Math.floor(i / OUTLETS_PER_COUNTY);
  return { code: `BQ${county}O${i}`, county: `BQ${county}`, org: `DZB-BQ${i}` };
});

const pad = (n: number, w: number) => String(n).padStart(w, '0');

function idNumber(i: number): string {
  const birth = new Date(Date.UTC(1965, 0, 1) + (i % 12_000) * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replaceAll('-', '');
  const first17 = `110101${birth}${pad(i % 1000, 3)}`;
  return first17 + idNumberCheckChar(first17);
}

/** One person row (template column order); `variant` 1 renames every 10th person and moves every 100th. */
function personRow(i: number, variant: number): (string | null)[] {
  const moved = variant === 1 && i % 100 === 0;
  const outlet = outlets[(i + (moved ? 1 : 0)) % outlets.length]!;
  const kind = i % 10;
  const member = kind < 3;
  const values: Record<string, string | null> = {
    employeeNo: `BE${pad(i, 7)}`,
    name: variant === 1 && i % 10 === 0 ? `员工${i}（改）` : `员工${i}`,
    gender: i % 2 ? '男' : '女',
    unitCode: outlet.code,
    position: kind === 9 ? '网点负责人' : '柜员',
    cadreGrade: kind === 9 ? '基层管理人员' : '一般员工',
    employmentStatus: '在职',
    hiredOn: `20${pad(5 + (i % 18), 2)}-07-01`,
    leftOn: null,
    partyStatus: member ? (kind === 2 ? '中共预备党员' : '中共党员') : '非党员',
    joinedPartyOn: member ? `20${pad(4 + (i % 10), 2)}-06-20` : null,
    fullMemberOn: member && kind !== 2 ? `20${pad(5 + (i % 10), 2)}-06-20` : null,
    partyOrgCode: member ? outlet.org : null,
    partyRelation: member ? '本企业' : null,
    externalOrgName: null,
    phone: `13${pad(i, 9)}`,
    idNumber: idNumber(i),
  };
  return SHEETS.people.filter((c) => !c.exportOnly).map((c) => values[c.key] ?? null);
}

/** The people sheet, written with ExcelJS's streaming writer and shared strings (as Excel writes them). */
async function peopleFile(variant: number): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet(SHEET_NAMES.people);
  ws.addRow(SHEETS.people.filter((c) => !c.exportOnly).map((c) => (c.required ? `${c.header}*` : c.header))).commit();
  for (let i = 0; i < ROWS; i++) ws.addRow(personRow(i, variant)).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

async function setUpRegistry(client: Client): Promise<void> {
  const commit = async (kind: ImportKind, file: Buffer) => {
    const res = await upload(client, kind, 'commit', file);
    if (!res.body.committed) throw new Error(`setup ${kind} failed: ${JSON.stringify(res.body).slice(0, 500)}`);
  };
  await commit(
    'units',
    await fileOf('units', [
      { code: 'BQ', name: '基准市分行', kind: '二级分行', parentCode: 'JN' },
      ...Array.from({ length: COUNTIES }, (_, c) => ({
        code: `BQ${c}`,
        name: `基准${c}支行`,
        kind: '支行',
        parentCode: 'BQ',
      })),
      ...outlets.map((o, i) => ({ code: o.code, name: `基准网点${i}`, kind: '网点', parentCode: o.county })),
    ]),
  );
  await commit(
    'party_orgs',
    await fileOf(
      'party_orgs',
      outlets.map((o, i) => ({ code: o.org, name: `基准网点${i}党支部`, kind: '党支部', unitCode: o.code })),
    ),
  );
}

interface Figure {
  engine: string;
  what: string;
  ms: number[];
  report: ImportReport;
}

async function timed(
  client: Client,
  mode: 'dry_run' | 'commit',
  file: Buffer,
): Promise<{ ms: number; report: ImportReport }> {
  const t0 = performance.now();
  const res = await upload(client, 'people', mode, file);
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`import answered ${res.status}: ${JSON.stringify(res.body).slice(0, 500)}`);
  if (res.body.problemCount > 0) throw new Error(`problems: ${JSON.stringify(res.body.problems.slice(0, 5))}`);
  return { ms, report: res.body };
}

async function benchEngine(engine: string, database: Database, files: Buffer[]): Promise<Figure[]> {
  await runMigrations(database);
  await seedDemo(database.db, fieldCipher(testConfig().dataKey!), { scale: 'test' });
  const app = await buildApp(testConfig(), database);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const client = new Client(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
  const figures: Figure[] = [];
  const record = async (what: string, mode: 'dry_run' | 'commit', file: Buffer, runs: number) => {
    const f: Figure = { engine, what, ms: [], report: undefined as unknown as ImportReport };
    for (let i = 0; i < runs; i++) {
      const { ms, report } = await timed(client, mode, file);
      f.ms.push(ms);
      f.report = report;
      process.stdout.write(`  ${engine}: ${what} run ${i + 1}: ${(ms / 1000).toFixed(1)} s\n`);
    }
    figures.push(f);
  };
  try {
    const login = await client.login('admin', DEMO_PASSWORD);
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
    await setUpRegistry(client);
    const [first, changed] = files as [Buffer, Buffer];
    await record('dry run, all rows new', 'dry_run', first, RUNS);
    await record('commit, all rows new', 'commit', first, 1);
    await record('dry run, same file again (all unchanged)', 'dry_run', first, RUNS);
    await record('commit, same file again (all unchanged)', 'commit', first, RUNS);
    await record('dry run, 10 % renamed, 1 % moved', 'dry_run', changed, RUNS);
    await record('commit, 10 % renamed, 1 % moved', 'commit', changed, 1);
    return figures;
  } finally {
    await app.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

let t0 = performance.now();
const files = [await peopleFile(0), await peopleFile(1)];
process.stdout.write(
  `built two ${ROWS}-row files (${(files[0]!.length / 1024 / 1024).toFixed(1)} MB each) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
);

const results: Figure[] = [];
const pglite = await openDatabase({});
results.push(...(await benchEngine('PGlite', pglite, files)));
await pglite.close();

const cluster = process.env.TEST_PG_URL ? null : await startPgCluster();
try {
  const url = process.env.TEST_PG_URL ?? cluster!.url;
  const admin = await openDatabase({ url });
  await admin.query('drop database if exists liandian_bench_import with (force)');
  await admin.query('create database liandian_bench_import');
  await admin.close();
  const pg = await openDatabase({ url: url.replace(/\/[^/]*$/, '/liandian_bench_import') });
  t0 = performance.now();
  results.push(...(await benchEngine('PostgreSQL 15', pg, files)));
  await pg.close();
} finally {
  cluster?.stop();
}

const lines = [
  '## Registry import',
  '',
  `Written by \`npm run bench:import\` (bench/import.ts) on ${new Date().toISOString().slice(0, 10)}: import of ${ROWS} people rows (each with phone and ID number; 30 % members with a party org; 200 outlets) through POST /api/imports/people (Node ${process.version}, loopback HTTP, same process). Target: dry run and commit each under 30 s.`,
  '',
  '| engine | what | runs | median s | inserted / updated / unchanged |',
  '|---|---|---:|---:|---|',
  ...results.map(
    (f) =>
      `| ${f.engine} | ${f.what} | ${f.ms.length} | ${(median(f.ms) / 1000).toFixed(1)} | ${f.report.inserted} / ${f.report.updated} / ${f.report.unchanged} |`,
  ),
  '',
];
process.stdout.write(`${lines.join('\n')}\n`);
writeSection('import', lines.join('\n'));
