import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema/audit.ts';
import { maskValue } from './mask.ts';

/** Who is acting, from where: taken from the request by the route layer. */
export interface AuditContext {
  actorId: number | null;
  actorUsername: string | null;
  ip: string | null;
  requestId: string | null;
}

export type AuditResult = 'success' | 'failure' | 'denied';

export interface AuditEvent {
  action: string;
  targetType?: string | null;
  targetId?: string | number | null;
  result?: AuditResult;
  /** The object before and after; only changed fields are kept, sensitive ones masked. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Extra facts worth keeping (e.g. the reason of a failure). */
  detail?: Record<string, unknown>;
}

type Change = { from?: unknown; to?: unknown };

function normalize(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  return v;
}

/** Changed fields between two snapshots, with sensitive values masked. */
export function diffOf(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): Record<string, Change> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: Record<string, Change> = {};
  for (const key of keys) {
    const from = normalize(before?.[key]);
    const to = normalize(after?.[key]);
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    const change: Change = {};
    if (before) change.from = maskValue(key, from ?? null);
    if (after) change.to = maskValue(key, to ?? null);
    out[key] = change;
  }
  return out;
}

/**
 * Appends one audit row using the caller's transaction handle, so the row
 * commits or rolls back with the change it describes.
 */
export async function writeAudit(db: Db, ctx: AuditContext, ev: AuditEvent): Promise<void> {
  const changes = ev.before !== undefined || ev.after !== undefined ? diffOf(ev.before, ev.after) : undefined;
  const detail = ev.detail
    ? Object.fromEntries(Object.entries(ev.detail).map(([k, v]) => [k, maskValue(k, v)]))
    : undefined;
  const diff = changes || detail ? { ...(changes ? { changes } : {}), ...(detail ?? {}) } : null;
  await db.insert(auditLog).values({
    actorId: ctx.actorId,
    actorUsername: ctx.actorUsername,
    ip: ctx.ip,
    requestId: ctx.requestId,
    action: ev.action,
    targetType: ev.targetType ?? null,
    targetId: ev.targetId === undefined || ev.targetId === null ? null : String(ev.targetId),
    result: ev.result ?? 'success',
    diff,
  });
}

/**
 * Audits an export in its own transaction before any byte is sent: who took which
 * list out, with the filters it used (and, where known, how many rows).
 */
export function auditExport(
  db: Db,
  ctx: AuditContext,
  action: string,
  targetType: string,
  detail: Record<string, unknown>,
): Promise<void> {
  return db.transaction((tx) => writeAudit(tx, ctx, { action, targetType, detail }));
}
