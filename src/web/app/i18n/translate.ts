import { interpolate, type Lang } from '../../../contracts/i18n.ts';
import { enUS } from './en-US.ts';
import { type MessageKey, zhCN } from './zh-CN.ts';

export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** True when the dictionary has the key; for codes that come from data (e.g. audit actions). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}

/** Plain lookup, usable outside React (the API client's own messages). */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return interpolate(DICTIONARIES[lang][key], params);
}
