import type { Localized } from './i18n.ts';

/** Labels of the fields of chat-group robots (H5), for error messages that name the field. */
export const WEBHOOK_FIELDS: Record<string, Localized> = {
  url: { 'zh-CN': '机器人地址（Webhook）', 'en-US': 'Robot address (webhook URL)' },
  secret: { 'zh-CN': '加签密钥', 'en-US': 'Signing secret' },
  kinds: { 'zh-CN': '推送的提醒类型', 'en-US': 'Reminder kinds sent' },
  enabled: { 'zh-CN': '启用', 'en-US': 'Enabled' },
};
