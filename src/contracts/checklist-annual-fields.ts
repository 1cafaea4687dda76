import type { Localized } from './i18n.ts';

/** Labels of the body fields the checklist annual routes introduce (spread into FIELD_LABELS). */
export const CHECKLIST_ANNUAL_FIELDS: Record<string, Localized> = {
  excellent: { 'zh-CN': '优秀票数', 'en-US': 'Excellent ballots' },
  good: { 'zh-CN': '良好票数', 'en-US': 'Good ballots' },
  fair: { 'zh-CN': '一般票数', 'en-US': 'Fair ballots' },
  poor: { 'zh-CN': '较差票数', 'en-US': 'Poor ballots' },
  assignmentId: { 'zh-CN': '清单单位', 'en-US': 'Assigned unit' },
  score: { 'zh-CN': '评分', 'en-US': 'Score' },
  evidence: { 'zh-CN': '佐证', 'en-US': 'Evidence' },
};
