import type { Localized } from './i18n.ts';

/** 动作: what a record evidences (GLOSSARY: 规定动作 / 自选动作, 三会一课, 每月一会…). */
export const ACTION_KINDS = [
  'monthly_meeting',
  'coaching',
  'field_stay',
  'practical_deed',
  'joint_study',
  'organizational_life',
  'general_meeting',
  'committee_meeting',
  'group_meeting',
  'party_lecture',
  'theme_party_day',
  'member_appraisal',
  'daily_study',
  'optional_action',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** Meetings of a branch, where absentees and their reasons are recorded too. */
export const BRANCH_MEETING_KINDS: readonly ActionKind[] = [
  'monthly_meeting',
  'general_meeting',
  'committee_meeting',
  'group_meeting',
  'party_lecture',
  'theme_party_day',
  'organizational_life',
  'member_appraisal',
];

/** 每月一会的四个标准动作 (seed 000). */
export const STANDARD_ITEMS = ['study', 'business_review', 'risk_check', 'concerns'] as const;
export type StandardItem = (typeof STANDARD_ITEMS)[number];

export const RECORD_MODES = ['on_site', 'video'] as const;
export type RecordMode = (typeof RECORD_MODES)[number];

export const RULE_SUBJECTS = ['pairing', 'holder', 'party_org', 'secretary'] as const;
export type RuleSubject = (typeof RULE_SUBJECTS)[number];

export const RULE_PERIODS = ['month', 'quarter', 'half_year', 'year'] as const;
export type RulePeriod = (typeof RULE_PERIODS)[number];

export const COMPLIANCE_STATUSES = ['met', 'due', 'overdue', 'not_yet_due'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export const ACTION_LABELS = {
  actionKind: {
    monthly_meeting: { 'zh-CN': '每月一会', 'en-US': 'Monthly meeting' },
    coaching: { 'zh-CN': '党建与业务辅导', 'en-US': 'Coaching session' },
    field_stay: { 'zh-CN': '蹲点', 'en-US': 'Field stay' },
    practical_deed: { 'zh-CN': '办实事', 'en-US': 'Practical deed' },
    joint_study: { 'zh-CN': '联学共建', 'en-US': 'Joint study' },
    organizational_life: { 'zh-CN': '组织生活会', 'en-US': 'Organizational life meeting' },
    general_meeting: { 'zh-CN': '支部党员大会', 'en-US': 'General meeting' },
    committee_meeting: { 'zh-CN': '支委会', 'en-US': 'Committee meeting' },
    group_meeting: { 'zh-CN': '党小组会', 'en-US': 'Group meeting' },
    party_lecture: { 'zh-CN': '党课', 'en-US': 'Party lecture' },
    theme_party_day: { 'zh-CN': '主题党日', 'en-US': 'Theme party day' },
    member_appraisal: { 'zh-CN': '民主评议党员', 'en-US': 'Member appraisal' },
    daily_study: { 'zh-CN': '每日一学', 'en-US': 'Daily study' },
    optional_action: { 'zh-CN': '自选动作', 'en-US': 'Optional action' },
  },
  standardItem: {
    study: { 'zh-CN': '集中学习', 'en-US': 'Study' },
    business_review: { 'zh-CN': '经营复盘', 'en-US': 'Business review' },
    risk_check: { 'zh-CN': '风险内控体检', 'en-US': 'Risk and control check' },
    concerns: { 'zh-CN': '收集意见建议', 'en-US': 'Collecting concerns' },
  },
  recordMode: {
    on_site: { 'zh-CN': '现场', 'en-US': 'On site' },
    video: { 'zh-CN': '视频', 'en-US': 'By video' },
  },
  ruleSubject: {
    pairing: { 'zh-CN': '每个结对', 'en-US': 'Each pairing' },
    holder: { 'zh-CN': '每位结对人', 'en-US': 'Each holder' },
    party_org: { 'zh-CN': '每个党组织', 'en-US': 'Each party org' },
    secretary: { 'zh-CN': '党组织书记', 'en-US': "The org's secretary" },
  },
  rulePeriod: {
    month: { 'zh-CN': '每月', 'en-US': 'Monthly' },
    quarter: { 'zh-CN': '每季度', 'en-US': 'Quarterly' },
    half_year: { 'zh-CN': '每半年', 'en-US': 'Half-yearly' },
    year: { 'zh-CN': '每年', 'en-US': 'Yearly' },
  },
  complianceStatus: {
    met: { 'zh-CN': '已完成', 'en-US': 'Met' },
    due: { 'zh-CN': '待完成', 'en-US': 'Due' },
    overdue: { 'zh-CN': '已逾期', 'en-US': 'Overdue' },
    not_yet_due: { 'zh-CN': '未到期', 'en-US': 'Not yet due' },
  },
} satisfies Record<string, Record<string, Localized>>;
