import { and, count, eq, inArray } from 'drizzle-orm';
import type { NotificationMode } from '../../../contracts/notifications.ts';
import type { Db } from '../../db/client.ts';
import { notificationPreferences, notifications } from '../../db/schema/notifications.ts';
import type { Actor } from '../../platform/actor.ts';
import { type AuditContext, writeAudit } from '../../platform/audit.ts';
import { readRecordSettings } from '../compliance/context.ts';
import { localDate } from '../compliance/periods.ts';
import { fanOutNotifications } from '../webhooks/fanout.ts';
import { reminderActors } from './actors.ts';
import type { Candidate } from './candidate.ts';
import { checklistCandidates } from './checklist-source.ts';
import { complianceCandidates } from './compliance-source.ts';
import { concernCandidates } from './concern-source.ts';
import { talkCandidates } from './talk-source.ts';

/** The run's own audit identity when no account triggered it (the schedule, a data change). */
export const SYSTEM_AUDIT: AuditContext = { actorId: null, actorUsername: 'system', ip: null, requestId: null };

const BATCH = 25;

export interface RunOptions {
  now?: Date;
  /** Only these accounts (default: every active account with a business role). */
  accountIds?: readonly number[];
  audit?: AuditContext;
}

export interface RunResult {
  created: number;
  accounts: number;
  today: string;
  /** The item notifications created (not the digest rows), for the chat-group robots. */
  createdIds: number[];
  /** The deliveries the robots' fan-out queued (send 'webhooks.deliver' when any). */
  deliveries: number[];
}

/** Every due and overdue item of one account, from the three sources, muted kinds left out, one per key. */
export async function candidatesFor(
  db: Db,
  actor: Actor,
  now: Date,
  today: string,
  muted: ReadonlySet<string>,
): Promise<Candidate[]> {
  const all = [
    ...(await complianceCandidates(db, actor, now)),
    ...(await talkCandidates(db, actor, today)),
    ...(await concernCandidates(db, actor, today)),
    ...(await checklistCandidates(db, actor, today)),
  ];
  const seen = new Set<string>();
  return all.filter((c) => !muted.has(c.kind) && !seen.has(c.itemKey) && seen.add(c.itemKey));
}

/** Inserts an account's candidates (existing keys are skipped); in digest mode hangs the new ones under the day's digest. */
async function insertFor(
  tx: Db,
  accountId: number,
  items: readonly Candidate[],
  mode: NotificationMode,
  today: string,
): Promise<number[]> {
  if (items.length === 0) return [];
  const created = await tx
    .insert(notifications)
    .values(
      items.map((c) => ({
        accountId,
        kind: c.kind,
        itemKey: c.itemKey,
        unitId: c.unitId,
        titleZh: c.titleZh,
        titleEn: c.titleEn,
        link: c.link,
        dueOn: c.dueOn,
        params: c.params,
      })),
    )
    .onConflictDoNothing({ target: [notifications.accountId, notifications.itemKey] })
    .returning({ id: notifications.id });
  const ids = created.map((r) => Number(r.id));
  if (mode === 'digest' && ids.length) await hangUnderDigest(tx, accountId, ids, today);
  return ids;
}

/** The day's digest row of the account (made when missing), its new items under it, its title counting them. */
async function hangUnderDigest(tx: Db, accountId: number, ids: readonly number[], today: string): Promise<void> {
  const key = `digest:${today}`;
  await tx
    .insert(notifications)
    .values({ accountId, kind: 'digest', itemKey: key, titleZh: '', titleEn: '', link: '/notifications' })
    .onConflictDoNothing({ target: [notifications.accountId, notifications.itemKey] });
  const [digest] = await tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.accountId, accountId), eq(notifications.itemKey, key)));
  const digestId = Number(digest!.id);
  await tx
    .update(notifications)
    .set({ digestId })
    .where(inArray(notifications.id, [...ids]));
  const [n] = await tx.select({ n: count() }).from(notifications).where(eq(notifications.digestId, digestId));
  const total = Number(n?.n ?? 0);
  // New items make the digest unread again.
  await tx
    .update(notifications)
    .set({
      titleZh: `今日提醒汇总：${total} 项（${today}）`,
      titleEn: `Reminders of the day: ${total} item${total === 1 ? '' : 's'} (${today})`,
      readAt: null,
    })
    .where(eq(notifications.id, digestId));
}

/**
 * The reminder run: for every active account with a business role, its due and overdue
 * items become notifications. Idempotent — a row exists per account and item key, so a
 * second run creates nothing. One transaction per batch of accounts, one audit row per run;
 * then the new notifications go to the chat-group robots' fan-out.
 */
export async function runReminders(db: Db, opts: RunOptions = {}): Promise<RunResult> {
  const now = opts.now ?? new Date();
  const { value: settings } = await readRecordSettings(db);
  const today = localDate(now, settings.timeZone);
  const actors = await reminderActors(db, opts.accountIds);
  const prefs = actors.length
    ? await db
        .select()
        .from(notificationPreferences)
        .where(
          inArray(
            notificationPreferences.accountId,
            actors.map((a) => a.accountId),
          ),
        )
    : [];
  const prefOf = new Map(prefs.map((p) => [p.accountId, p]));
  const createdIds: number[] = [];
  for (let i = 0; i < actors.length; i += BATCH) {
    const batch = actors.slice(i, i + BATCH);
    const found: { actor: Actor; items: Candidate[]; mode: NotificationMode }[] = [];
    for (const actor of batch) {
      const pref = prefOf.get(actor.accountId);
      const muted = new Set<string>(pref?.mutedKinds ?? []);
      const items = await candidatesFor(db, actor, now, today, muted);
      found.push({ actor, items, mode: (pref?.mode as NotificationMode | undefined) ?? 'immediate' });
    }
    await db.transaction(async (tx) => {
      for (const f of found) createdIds.push(...(await insertFor(tx, f.actor.accountId, f.items, f.mode, today)));
    });
  }
  await db.transaction((tx) =>
    writeAudit(tx, opts.audit ?? SYSTEM_AUDIT, {
      action: 'reminders.run',
      targetType: 'notifications',
      detail: { today, accounts: actors.length, created: createdIds.length },
    }),
  );
  const deliveries = createdIds.length ? await fanOutNotifications(db, createdIds) : [];
  return { created: createdIds.length, accounts: actors.length, today, createdIds, deliveries };
}
