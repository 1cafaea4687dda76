import type { Localized } from './i18n.ts';

/** Labels of the talks, flags and talk settings fields, for error messages that name the field. */
export const TALK_FIELDS: Record<string, Localized> = {
  initiatorPersonId: { 'zh-CN': '谈话人', 'en-US': 'Initiator' },
  counterpartPersonId: { 'zh-CN': '谈话对象', 'en-US': 'Counterpart' },
  dueTalkId: { 'zh-CN': '待谈事项', 'en-US': 'Due talk' },
  place: { 'zh-CN': '谈话地点', 'en-US': 'Place' },
  summary: { 'zh-CN': '谈话内容', 'en-US': 'Summary' },
  followUp: { 'zh-CN': '后续跟进', 'en-US': 'Follow-up' },
  raisedOn: { 'zh-CN': '登记日期', 'en-US': 'Date raised' },
  clearedOn: { 'zh-CN': '解除日期', 'en-US': 'Date cleared' },
  dueDays: { 'zh-CN': '应谈期限（天）', 'en-US': 'Days until due' },
};
