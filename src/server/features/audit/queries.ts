import { and, count, desc, eq, gte, ilike, lt, lte, or, type SQL } from 'drizzle-orm';
import type { AuditEntry, AuditFilters } from '../../../contracts/audit.ts';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { type Page, paged } from '../../platform/paging.ts';
import { escapeLike } from '../../platform/scope.ts';

export function auditWhere(f: AuditFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    f.actor
      ? or(ilike(auditLog.actorUsername, `%${escapeLike(f.actor)}%`), eq(auditLog.actorId, Number(f.actor) || -1))
      : undefined,
    f.action ? ilike(auditLog.action, `${escapeLike(f.action)}%`) : undefined,
    f.targetType ? eq(auditLog.targetType, f.targetType) : undefined,
    f.targetId ? eq(auditLog.targetId, f.targetId) : undefined,
    f.result ? eq(auditLog.result, f.result) : undefined,
    f.from ? gte(auditLog.at, new Date(f.from)) : undefined,
    f.to ? lte(auditLog.at, new Date(f.to)) : undefined,
  ];
  return and(...conditions);
}

type AuditRow = typeof auditLog.$inferSelect;

export function toEntry(r: AuditRow): AuditEntry {
  return {
    seq: r.seq,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorUsername: r.actorUsername,
    ip: r.ip,
    requestId: r.requestId,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    result: r.result as AuditEntry['result'],
    diff: r.diff ?? null,
  };
}

/** Newest first. */
export async function searchAudit(
  db: Db,
  q: AuditFilters & { page: number; pageSize: number },
): Promise<Page<AuditEntry>> {
  const where = auditWhere(q);
  return paged(
    q,
    (limit, offset) => db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(limit).offset(offset),
    () => db.select({ n: count() }).from(auditLog).where(where),
    (rows) => rows.map(toEntry),
  );
}

/** Walks matching rows newest first in keyset batches, for exports of any size. */
export async function* auditBatches(db: Db, f: AuditFilters, batch = 2000): AsyncGenerator<AuditEntry[]> {
  let before: number | null = null;
  for (;;) {
    const rows: AuditRow[] = await db
      .select()
      .from(auditLog)
      .where(and(auditWhere(f), before === null ? undefined : lt(auditLog.seq, before)))
      .orderBy(desc(auditLog.seq))
      .limit(batch);
    if (rows.length === 0) return;
    yield rows.map(toEntry);
    before = rows[rows.length - 1]!.seq;
    if (rows.length < batch) return;
  }
}
