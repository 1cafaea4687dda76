import type { Localized } from './i18n.ts';

/** Labels of the fields of notifications and reminder preferences (H4), for error messages that name the field. */
export const NOTIFICATION_FIELDS: Record<string, Localized> = {
  mutedKinds: { 'zh-CN': '关闭的提醒类型', 'en-US': 'Muted reminder kinds' },
};
