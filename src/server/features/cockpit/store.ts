import { and, eq, sql } from 'drizzle-orm';
import type { Cockpit } from '../../../contracts/cockpit.ts';
import { ROLE_PERMISSIONS } from '../../../contracts/roles.ts';
import type { Db } from '../../db/client.ts';
import { cockpitCache } from '../../db/schema/reports.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import type { BulkReads } from '../../platform/bulk-reads.ts';
import { readRecordSettings } from '../compliance/context.ts';
import { localDate } from '../compliance/periods.ts';
import { type CockpitCore, type CockpitInput, cockpitUnitId, computeCore, present, unitPeriod } from './figures.ts';

/**
 * Audit actions that change nothing a figure reads: sign-ins, views and exports
 * (auditExport), denials are result <> 'success'. Notifications, robots, reports and
 * the reminder runs and the cockpit itself feed no figure either.
 */
const READ_ACTIONS = [
  'auth.login',
  'auth.logout',
  'auth.lockout',
  'auth.password_change',
  'access.denied',
  'person.sensitive_view',
  'talk.view',
  'training.sign_in_template',
  'test.now',
];
const READ_PATTERNS = ['%export', '%.view', 'notification%', 'reminders%', 'webhook%', 'report%', 'cockpit%'];

/**
 * The stamp: the audit log's greatest seq among data-changing actions. Every change is
 * audited in its own transaction and the chain is in commit order (decision 0004), so
 * a payload computed after reading stamp s reflects every change up to s.
 */
export async function currentStamp(db: Db): Promise<number> {
  const notLike = sql.join(
    READ_PATTERNS.map((p) => sql`action not like ${p}`),
    sql` and `,
  );
  const [row] = rowsOf<{ seq: number | string | null }>(
    await db.execute(sql`select seq from audit_log
      where result = 'success' and not (action = any(${arrayParam(READ_ACTIONS)}::text[])) and ${notLike}
      order by seq desc limit 1`),
  );
  return Number(row?.seq ?? 0);
}

/** Viewed_at is written at most this often per row (a read stays a read). */
const VIEW_GRANULARITY_MS = 10 * 60_000;

async function storeCore(db: Db, core: CockpitCore, stamp: number, ms: number): Promise<void> {
  const row = {
    unitId: core.unit.id,
    period: core.period.label,
    today: core.today,
    auditSeq: stamp,
    payload: core,
    computedAt: new Date(core.computedAt),
    computeMs: ms,
  };
  await db
    .insert(cockpitCache)
    .values({ ...row, viewedAt: new Date() })
    .onConflictDoUpdate({
      target: [cockpitCache.unitId, cockpitCache.period],
      set: {
        today: row.today,
        auditSeq: row.auditSeq,
        payload: row.payload,
        computedAt: row.computedAt,
        computeMs: ms,
      },
    });
}

async function computeAndStore(
  db: Db,
  base: Actor,
  unitId: number,
  period: string,
  now: Date,
  bulk: BulkReads = (work) => work(db),
): Promise<CockpitCore> {
  // The stamp is read BEFORE computing: a change committed meanwhile leaves the row stale, never wrong.
  const stamp = await currentStamp(db);
  const t0 = performance.now();
  const core = await bulk(async (rdb) => computeCore(rdb, await unitPeriod(rdb, base, unitId, period, now)));
  await storeCore(db, core, stamp, Math.round(performance.now() - t0));
  return core;
}

/** The cockpit from the store when nothing changed since and it is the same day, else fresh (and stored). */
export async function cockpitFor(db: Db, actor: Actor, q: CockpitInput, now = new Date()): Promise<Cockpit> {
  const unitId = await cockpitUnitId(db, actor, q.unitId);
  const stamp = await currentStamp(db);
  const today = localDate(now, (await readRecordSettings(db)).value.timeZone);
  const [row] = await db
    .select()
    .from(cockpitCache)
    .where(and(eq(cockpitCache.unitId, unitId), eq(cockpitCache.period, q.period)));
  if (row && Number(row.auditSeq) === stamp && String(row.today) === today) {
    if (now.getTime() - row.viewedAt.getTime() > VIEW_GRANULARITY_MS) {
      await db
        .update(cockpitCache)
        .set({ viewedAt: now })
        .where(and(eq(cockpitCache.unitId, unitId), eq(cockpitCache.period, q.period)));
    }
    return present(db, actor, row.payload as CockpitCore, q.lang, true);
  }
  const core = await computeAndStore(db, actor, unitId, q.period, now);
  return present(db, actor, core, q.lang, false);
}

/**
 * The actor the refresh job computes with. A unit's figures are computed with an actor
 * cut to the unit's subtree (sources.ts unitActor), so they do not depend on who asks;
 * the permissions are the party admin's (no module service called reads them).
 */
export function systemActor(): Actor {
  return {
    accountId: 0,
    username: 'system',
    displayName: 'system',
    personId: null,
    roles: ['party_admin'],
    permissions: new Set(ROLE_PERMISSIONS.party_admin),
    scopeUnitIds: [],
    scopePaths: [],
    mustChangePassword: false,
    passwordExpiresAt: null,
    sessionId: '',
    csrfToken: '',
    sessionExpiresAt: new Date(0),
  };
}

/**
 * Job 'cockpit.refresh': recomputes the stale rows viewed in the last 7 days (reading through
 * the bulk handle: a nation's year is background work). Returns how many.
 */
export async function refreshCockpits(db: Db, now = new Date(), bulk?: BulkReads): Promise<number> {
  const stamp = await currentStamp(db);
  const today = localDate(now, (await readRecordSettings(db)).value.timeZone);
  const stale = rowsOf<{ unit_id: number | string; period: string }>(
    await db.execute(sql`select unit_id, period from cockpit_cache
      where viewed_at > ${new Date(now.getTime() - 7 * 86_400_000)}
        and (audit_seq <> ${stamp} or today <> ${today}::date)
      order by viewed_at desc`),
  );
  for (const r of stale) await computeAndStore(db, systemActor(), Number(r.unit_id), r.period, now, bulk);
  return stale.length;
}
