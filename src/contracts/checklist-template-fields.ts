import type { Localized } from './i18n.ts';

/** Labels of the checklist template and assignment body fields (spread into FIELD_LABELS). */
export const CHECKLIST_TEMPLATE_FIELDS: Record<string, Localized> = {
  year: { 'zh-CN': '年度', 'en-US': 'Year' },
  areas: { 'zh-CN': '领域', 'en-US': 'Areas' },
  responsibleRole: { 'zh-CN': '责任主体', 'en-US': 'Responsible role' },
  assessmentContent: { 'zh-CN': '考核内容', 'en-US': 'Assessment content' },
  deadline: { 'zh-CN': '时间节点', 'en-US': 'Deadline' },
  cadence: { 'zh-CN': '时间节点', 'en-US': 'Cadence' },
  weight: { 'zh-CN': '分值', 'en-US': 'Points' },
  targetValue: { 'zh-CN': '量化目标', 'en-US': 'Target' },
  targetUnit: { 'zh-CN': '目标单位', 'en-US': 'Target unit' },
  measure: { 'zh-CN': '计量方式', 'en-US': 'Measure' },
  measureKind: { 'zh-CN': '计量动作', 'en-US': 'Counted action' },
  partialCreditPct: { 'zh-CN': '部分完成得分比例', 'en-US': 'Partial credit (%)' },
  checklistWeightPct: { 'zh-CN': '清单完成权重', 'en-US': 'Checklist weight (%)' },
  appraisalWeightPct: { 'zh-CN': '党员评议权重', 'en-US': 'Appraisal weight (%)' },
  dutyReportWeightPct: { 'zh-CN': '述职评议权重', 'en-US': 'Duty report weight (%)' },
  projectWeightPct: { 'zh-CN': '领题项目权重', 'en-US': 'Led project weight (%)' },
  withAssignments: { 'zh-CN': '同时复制分配', 'en-US': 'Copy assignments' },
  units: { 'zh-CN': '分配单位', 'en-US': 'Units' },
  supervisorPersonId: { 'zh-CN': '监督员', 'en-US': 'Supervisor' },
  counselorPersonId: { 'zh-CN': '辅导员', 'en-US': 'Counselor' },
};
