import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../db/client.ts';
import { settings } from '../db/schema/settings.ts';
import type { ServiceContext } from './actor.ts';
import { writeAudit } from './audit.ts';
import { staleVersion } from './errors.ts';

/**
 * Settings are validated JSON documents, one row per key, read per use (one
 * indexed row) so every app node sees a change at once. A stored document is
 * laid over the defaults, so a new field added later has its default.
 */
export async function readSetting<T extends object>(
  db: Db,
  key: string,
  schema: z.ZodType<Partial<T>>,
  defaults: T,
): Promise<{ value: T; version: number }> {
  const [row] = await db
    .select({ value: settings.value, version: settings.version })
    .from(settings)
    .where(eq(settings.key, key));
  if (!row) return { value: defaults, version: 0 };
  const parsed = schema.safeParse(row.value);
  return { value: { ...defaults, ...(parsed.success ? parsed.data : {}) }, version: row.version };
}

/** Replaces a setting; `version` must be the one the editor loaded (0 = never saved). Audited. */
export async function writeSetting<T extends object>(
  tx: Db,
  ctx: ServiceContext,
  key: string,
  current: { value: T; version: number },
  value: T,
  version: number,
): Promise<{ value: T; version: number }> {
  // Serialize concurrent editors on the key (the row may not exist yet) before comparing versions.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`settings:${key}`}))`);
  const [row] = await tx.select({ version: settings.version }).from(settings).where(eq(settings.key, key));
  if ((row?.version ?? 0) !== version || current.version !== version) throw staleVersion();
  const nextVersion = version + 1;
  await tx
    .insert(settings)
    .values({ key, value, updatedBy: ctx.actor.accountId, version: nextVersion })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value, updatedBy: ctx.actor.accountId, updatedAt: new Date(), version: nextVersion },
    });
  await writeAudit(tx, ctx.audit, {
    action: 'settings.update',
    targetType: 'settings',
    targetId: key,
    before: current.value as Record<string, unknown>,
    after: value as Record<string, unknown>,
  });
  return { value, version: nextVersion };
}
