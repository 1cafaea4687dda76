import { sql } from 'drizzle-orm';
import type { SecuritySettings } from '../../../contracts/settings.ts';
import type { Db } from '../../db/client.ts';
import { settings } from '../../db/schema/settings.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { staleVersion } from '../../platform/errors.ts';
import { readSecuritySettings, SECURITY_SETTINGS_KEY } from '../../platform/security-settings.ts';

/** Replaces the security policy; `version` must be the one the editor loaded (0 = never saved). */
export async function updateSecuritySettings(
  tx: Db,
  ctx: ServiceContext,
  value: SecuritySettings,
  version: number,
  defaults: SecuritySettings,
): Promise<{ value: SecuritySettings; version: number }> {
  // Serialize concurrent editors on the row (or on its absence) before comparing versions.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`settings:${SECURITY_SETTINGS_KEY}`}))`);
  const current = await readSecuritySettings(tx, defaults);
  if (current.version !== version) throw staleVersion();
  const nextVersion = version + 1;
  await tx
    .insert(settings)
    .values({ key: SECURITY_SETTINGS_KEY, value, updatedBy: ctx.actor.accountId, version: nextVersion })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value, updatedBy: ctx.actor.accountId, updatedAt: new Date(), version: nextVersion },
    });
  await writeAudit(tx, ctx.audit, {
    action: 'settings.update',
    targetType: 'settings',
    targetId: SECURITY_SETTINGS_KEY,
    before: current.value,
    after: value,
  });
  return { value, version: nextVersion };
}
