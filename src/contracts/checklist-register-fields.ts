import type { Localized } from './i18n.ts';

/** Labels of the register, monthly report and inspection body fields (spread into FIELD_LABELS). */
export const CHECKLIST_REGISTER_FIELDS: Record<string, Localized> = {
  assignmentId: { 'zh-CN': '责任单位', 'en-US': 'Assigned unit' },
  itemId: { 'zh-CN': '清单事项', 'en-US': 'Checklist item' },
  completedOn: { 'zh-CN': '完成日期', 'en-US': 'Completed on' },
  evidence: { 'zh-CN': '完成情况', 'en-US': 'Evidence' },
  quantity: { 'zh-CN': '完成数量', 'en-US': 'Quantity' },
  month: { 'zh-CN': '月份', 'en-US': 'Month' },
  partyWork: { 'zh-CN': '党建工作情况', 'en-US': 'Party work' },
  keyBusiness: { 'zh-CN': '重点业务情况', 'en-US': 'Key business' },
  problems: { 'zh-CN': '存在问题', 'en-US': 'Problems' },
  nextPlan: { 'zh-CN': '下月计划', 'en-US': 'Next month' },
  quarter: { 'zh-CN': '季度', 'en-US': 'Quarter' },
  inspectedOn: { 'zh-CN': '检查日期', 'en-US': 'Inspected on' },
  inspectors: { 'zh-CN': '检查人员', 'en-US': 'Inspectors' },
  findings: { 'zh-CN': '检查结果', 'en-US': 'Findings' },
  finding: { 'zh-CN': '检查结果', 'en-US': 'Finding' },
  rectifyOwnerPersonId: { 'zh-CN': '整改责任人', 'en-US': 'Rectification owner' },
  rectifyDue: { 'zh-CN': '整改期限', 'en-US': 'Rectify by' },
  rectifiedOn: { 'zh-CN': '整改完成日期', 'en-US': 'Rectified on' },
  rectifiedNote: { 'zh-CN': '整改情况', 'en-US': 'Rectification' },
};
