import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { todayInChina } from '../../../contracts/person-rules.ts';
import type { Database } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import { rowsOf } from '../../db/sql.ts';
import { bulkLoad } from '../../demo/activity/write.ts';
import { hashPassword } from '../../platform/passwords.ts';
import { insertBranchMeetings, insertCounselorVisits, insertOutletMeetings } from './compliance-records.ts';
import { Draw } from './compliance-sql.ts';
import { pairCounselors } from './compliance-subjects.ts';

/**
 * The national compliance dataset on top of a generated registry: counselors
 * paired with every outlet and a year and a half of records (≈5M with 60,000
 * outlets), written by INSERT … SELECT over generate_series in one
 * transaction, deterministic for a seed and a day. The records belong to one
 * disabled account (their author must be an account; nobody signs in as it).
 */
export interface ComplianceOptions {
  seed: number;
  /** ISO day the data is generated for (default: today in China). */
  today?: string | undefined;
  counselors?: number;
  /** Quarters of monthly and quarterly records, the current one included. */
  quarters?: number;
  timeZone?: string;
  log?: (line: string) => void;
}

export interface ComplianceResult {
  counselors: number;
  pairings: number;
  branches: number;
  records: number;
  seconds: number;
}

export const LEDGER_ACCOUNT = 'ledger.generated';

/** First day of the quarter `back` quarters before the one containing `day`. */
export function quarterStartBefore(day: string, back: number): string {
  const y = Number(day.slice(0, 4));
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3) - back;
  const t = y * 4 + q;
  const year = Math.floor(t / 4);
  return `${year}-${String((((t % 4) + 4) % 4) * 3 + 1).padStart(2, '0')}-01`;
}

export async function generateCompliance(database: Database, opts: ComplianceOptions): Promise<ComplianceResult> {
  const log = opts.log ?? (() => {});
  const start = performance.now();
  const today = opts.today ?? todayInChina();
  const windowStart = quarterStartBefore(today, (opts.quarters ?? 6) - 1);
  const window = {
    windowStart,
    yearlyStart: `${windowStart.slice(0, 4)}-01-01`,
    today,
    timeZone: opts.timeZone ?? 'Asia/Shanghai',
    authorAccountId: 0,
  };
  const draw = new Draw(opts.seed);
  const step = async (what: string, fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    log(`  ${what} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  // A password nobody knows, on an account that cannot sign in anyway.
  const passwordHash = await hashPassword(randomBytes(24).toString('base64'));
  const result = await database.db.transaction(async (tx) => {
    const [author] = await tx
      .insert(accounts)
      .values({
        username: LEDGER_ACCOUNT,
        displayName: '历史台账（生成数据）',
        passwordHash,
        mustChangePassword: true,
        disabled: true,
      })
      .returning({ id: accounts.id });
    window.authorAccountId = author!.id;
    let subjects = { counselors: 0, pairings: 0, branches: 0 };
    await bulkLoad(tx, async () => {
      await step('counselors and pairings', async () => {
        subjects = await pairCounselors(tx, draw, { count: opts.counselors ?? 20_000, windowStart });
      });
      await step('outlet monthly meetings', () => insertOutletMeetings(tx, draw, window));
      await step('counselor visits', () => insertCounselorVisits(tx, draw, window));
      await step('branch meetings', () => insertBranchMeetings(tx, draw, window));
    });
    const [n] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from records`));
    return { ...subjects, records: n!.n };
  });
  await step('vacuum analyze', () => database.query('vacuum analyze pairings, records'));
  return { ...result, seconds: (performance.now() - start) / 1000 };
}

export function formatCompliance(r: ComplianceResult): string {
  return (
    `counselors ${r.counselors}, counselor pairings ${r.pairings} (${(r.pairings / Math.max(1, r.counselors)).toFixed(1)} each), ` +
    `branches ${r.branches}; records ${r.records} (attendance as person-times only)`
  );
}
