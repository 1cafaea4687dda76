import { eq } from 'drizzle-orm';
import { type SecuritySettings, securitySettingsSchema } from '../../contracts/settings.ts';
import type { Db } from '../db/client.ts';
import { settings } from '../db/schema/settings.ts';

export const SECURITY_SETTINGS_KEY = 'security';

/**
 * The security policy in force: the stored document over the environment's
 * defaults. Read per use (one indexed row) so every app node sees a change at once.
 */
export async function readSecuritySettings(
  db: Db,
  defaults: SecuritySettings,
): Promise<{ value: SecuritySettings; version: number }> {
  const [row] = await db
    .select({ value: settings.value, version: settings.version })
    .from(settings)
    .where(eq(settings.key, SECURITY_SETTINGS_KEY));
  if (!row) return { value: defaults, version: 0 };
  const parsed = securitySettingsSchema.partial().safeParse(row.value);
  return { value: { ...defaults, ...(parsed.success ? parsed.data : {}) }, version: row.version };
}
