import type { Localized } from './i18n.ts';

/** Labels of the implementation and evaluation fields, for error messages that name the field. */
export const PROJECT_WORK_FIELDS: Record<string, Localized> = {
  dueOn: { 'zh-CN': '计划完成日期', 'en-US': 'Due date' },
  doneOn: { 'zh-CN': '实际完成日期', 'en-US': 'Done on' },
  doneNote: { 'zh-CN': '完成说明', 'en-US': 'Completion note' },
  milestoneId: { 'zh-CN': '里程碑', 'en-US': 'Milestone' },
  measuredOn: { 'zh-CN': '测量日期', 'en-US': 'Measured on' },
  value: { 'zh-CN': '数值', 'en-US': 'Value' },
  exemplary: { 'zh-CN': '典型项目', 'en-US': 'Exemplary' },
};
