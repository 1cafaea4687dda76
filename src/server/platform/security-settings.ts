import { type SecuritySettings, securitySettingsSchema } from '../../contracts/settings.ts';
import type { Db } from '../db/client.ts';
import { readSetting } from './settings-store.ts';

export const SECURITY_SETTINGS_KEY = 'security';

/** The security policy in force: the stored document over the environment's defaults. */
export function readSecuritySettings(db: Db, defaults: SecuritySettings) {
  return readSetting(db, SECURITY_SETTINGS_KEY, securitySettingsSchema.partial(), defaults);
}
