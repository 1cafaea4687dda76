import type { SecuritySettings } from '../../../contracts/settings.ts';
import { DEFAULT_VOCABULARY, type Vocabulary, vocabularySchema } from '../../../contracts/vocabulary.ts';
import type { Db } from '../../db/client.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { readSecuritySettings, SECURITY_SETTINGS_KEY } from '../../platform/security-settings.ts';
import { readSetting, writeSetting } from '../../platform/settings-store.ts';

export async function updateSecuritySettings(
  tx: Db,
  ctx: ServiceContext,
  value: SecuritySettings,
  version: number,
  defaults: SecuritySettings,
) {
  return writeSetting(tx, ctx, SECURITY_SETTINGS_KEY, await readSecuritySettings(tx, defaults), value, version);
}

export const VOCABULARY_KEY = 'unit_vocabulary';

/** What this enterprise calls each kind of unit. */
export function readVocabulary(db: Db): Promise<{ value: Vocabulary; version: number }> {
  return readSetting(db, VOCABULARY_KEY, vocabularySchema.partial(), DEFAULT_VOCABULARY);
}

export async function updateVocabulary(tx: Db, ctx: ServiceContext, value: Vocabulary, version: number) {
  return writeSetting(tx, ctx, VOCABULARY_KEY, await readVocabulary(tx), value, version);
}
