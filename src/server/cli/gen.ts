import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { rowsOf } from '../db/sql.ts';
import { fieldCipher, loadDataKey } from '../platform/crypto.ts';
import { formatCompliance, generateCompliance } from './gen/compliance.ts';
import { formatConcerns, generateConcerns } from './gen/concerns.ts';
import { generateNational } from './gen/national.ts';
import { formatSummary, registrySummary } from './gen/summary.ts';
import { fail } from './open.ts';

/**
 * npm run gen -- --outlets 60000 --out <dir | postgres://…> [--seed N] [--today YYYY-MM-DD]
 *                 [--counselors 20000] [--no-compliance] [--concerns 1000000] [--concern-event-years 1]
 *
 * Generates a deterministic national-scale dataset (head office, 31 provinces,
 * cities, counties, outlets, departments; ≈16 people per outlet; party orgs
 * and committees; counselors paired with every outlet and a year and a half of
 * records, ≈5M with 60,000 outlets; 1M concerns over five years with the routing
 * table, the last year's with their timelines) into an EMPTY database: an embedded PGlite
 * data directory or a PostgreSQL database. Migrations are applied first. No
 * account anyone can sign in with is created (the records' author is a disabled one).
 */
const USAGE =
  'Usage: npm run gen -- --outlets 60000 --out <dir|postgres://…> [--seed N] [--today YYYY-MM-DD] [--counselors 20000] [--no-compliance] [--concerns 1000000] [--concern-event-years 1]';

const { values } = parseArgs({
  options: {
    outlets: { type: 'string', default: '60000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    today: { type: 'string' },
    counselors: { type: 'string', default: '20000' },
    'no-compliance': { type: 'boolean', default: false },
    concerns: { type: 'string', default: '1000000' },
    'concern-event-years': { type: 'string', default: '1' },
  },
});
const counselors = Number(values.counselors);
const concernCount = Number(values.concerns);
const eventYears = Number(values['concern-event-years']);
const outlets = Number(values.outlets);
const seed = Number(values.seed);
if (!values.out) fail(USAGE);
if (!Number.isInteger(outlets) || outlets < 100) fail(`--outlets must be an integer of at least 100\n${USAGE}`);
if (!Number.isInteger(seed)) fail(`--seed must be an integer\n${USAGE}`);
if (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) fail(`--today must be YYYY-MM-DD\n${USAGE}`);
if (!Number.isInteger(counselors) || counselors < 1) fail(`--counselors must be a positive integer\n${USAGE}`);
if (!Number.isInteger(concernCount) || concernCount < 0) fail(`--concerns must be a whole number\n${USAGE}`);
if (!(eventYears >= 0)) fail(`--concern-event-years must be a number of years\n${USAGE}`);

const out = values.out;
const postgres = /^postgres(ql)?:\/\//.test(out);
const log = (line: string) => process.stdout.write(`${line}\n`);

/**
 * The data key seals phones and ID numbers, so the server must later use the
 * same one: LIANDIAN_DATA_KEY when set; else <dir>/data.key beside the PGlite
 * data (where the server looks with DATA_DIR=<dir>); for PostgreSQL, the
 * data.key of the configured DATA_DIR (./data by default), as the server run
 * from here with DATABASE_URL would read it.
 */
function dataKey(): Buffer {
  const dir = postgres ? loadConfig().dataDir : path.resolve(out);
  const key = loadDataKey(process.env, dir);
  if (!process.env.LIANDIAN_DATA_KEY?.trim()) {
    log(`Data key: ${path.join(dir, 'data.key')} (start the server with this DATA_DIR or LIANDIAN_DATA_KEY)`);
  }
  return key;
}

async function isEmpty(database: Database): Promise<boolean> {
  const [row] = rowsOf<{ used: boolean }>(
    await database.db.execute(sql`select exists (select 1 from units) or exists (select 1 from people)
      or exists (select 1 from party_orgs) or exists (select 1 from accounts) as used`),
  );
  return !row?.used;
}

const started = performance.now();
const database = await openDatabase(postgres ? { url: out, poolSize: 2 } : { dataDir: path.resolve(out) });
try {
  await runMigrations(database);
  if (!(await isEmpty(database))) {
    fail(`${postgres ? 'The database' : out} is not empty: the generator only fills an empty database.`);
  }
  const cipher = fieldCipher(dataKey());
  log(
    `Generating ${outlets.toLocaleString('en')} outlets (seed ${seed}) into ${postgres ? 'PostgreSQL' : `PGlite at ${out}`}…`,
  );
  const result = await generateNational(database, cipher, { outlets, seed, today: values.today, log });
  const compliance = values['no-compliance']
    ? null
    : await generateCompliance(database, { seed, today: values.today, counselors, log });
  const concerns =
    concernCount === 0
      ? null
      : await generateConcerns(database, { seed, today: values.today, count: concernCount, eventYears, log });
  log('');
  log(formatSummary(await registrySummary(database.db, values.today)));
  if (compliance) log(formatCompliance(compliance));
  if (concerns) log(formatConcerns(concerns));
  log('');
  log(
    `Done in ${((performance.now() - started) / 1000).toFixed(1)} s with migrations and summary (units ${result.seconds.units.toFixed(1)} s, ` +
      `registry ${result.seconds.registry.toFixed(1)} s, vacuum analyze ${result.seconds.analyze.toFixed(1)} s` +
      `${compliance ? `, compliance ${compliance.seconds.toFixed(1)} s` : ''}` +
      `${concerns ? `, concerns ${concerns.seconds.toFixed(1)} s` : ''}).`,
  );
  log(
    'No sign-in accounts were created: npm run admin:create -- --username <name> (with the same DATA_DIR / DATABASE_URL).',
  );
} finally {
  await database.close();
}
