import {
  DEFAULT_TALK_SETTINGS,
  type TalkSettings,
  type TalkSettingsBody,
  talkSettingsSchema,
} from '../../../contracts/talks.ts';
import type { Db } from '../../db/client.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { readSetting, writeSetting } from '../../platform/settings-store.ts';

/** Days from a cause to its talk's due date, per reason (settings key 'talks'). */
export const TALK_SETTINGS_KEY = 'talks';

export function readTalkSettings(db: Db): Promise<{ value: TalkSettings; version: number }> {
  return readSetting<TalkSettings>(db, TALK_SETTINGS_KEY, talkSettingsSchema.partial(), DEFAULT_TALK_SETTINGS);
}

export async function writeTalkSettings(tx: Db, ctx: ServiceContext, body: TalkSettingsBody) {
  const current = await readTalkSettings(tx);
  const { value, version } = await writeSetting<TalkSettings>(
    tx,
    ctx,
    TALK_SETTINGS_KEY,
    current,
    { dueDays: body.dueDays },
    body.version,
  );
  return { ...value, version };
}
