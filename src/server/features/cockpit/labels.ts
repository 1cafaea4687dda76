import type { CockpitSection } from '../../../contracts/cockpit.ts';
import type { Lang, Localized } from '../../../contracts/i18n.ts';

/** What a figure says, by the kind of its key; `{name}` is the scheme's name. */
const TEXT: Record<string, { label: Localized; hint: Localized }> = {
  'scheme:coverage': {
    label: { 'zh-CN': '{name}覆盖率', 'en-US': '{name} coverage' },
    hint: { 'zh-CN': '已结对对象 / 对象总数', 'en-US': 'targets with a pairing in force / targets' },
  },
  'scheme:participation': {
    label: { 'zh-CN': '{name}参与率', 'en-US': '{name} participation' },
    hint: {
      'zh-CN': '有纪实的评价对象 / 评价对象（按规定动作合计）',
      'en-US': 'subjects with records / subjects, over the rules',
    },
  },
  'scheme:completion': {
    label: { 'zh-CN': '{name}完成率', 'en-US': '{name} completion' },
    hint: {
      'zh-CN': '达标的评价对象 / 评价对象（按规定动作合计）',
      'en-US': 'subjects meeting the rule / subjects, over the rules',
    },
  },
  'branches:participation': {
    label: { 'zh-CN': '支部组织生活参与率', 'en-US': 'Branch meetings participation' },
    hint: {
      'zh-CN': '有纪实的党组织 / 党组织（按规定动作合计）',
      'en-US': 'party orgs with records / party orgs, over the rules',
    },
  },
  'branches:completion': {
    label: { 'zh-CN': '支部规定动作完成率', 'en-US': 'Branch required actions completed' },
    hint: {
      'zh-CN': '达标的党组织 / 党组织（按规定动作合计）',
      'en-US': 'party orgs meeting the rule / party orgs, over the rules',
    },
  },
  'records:count': {
    label: { 'zh-CN': '纪实数', 'en-US': 'Records' },
    hint: { 'zh-CN': '本期发生的纪实条数', 'en-US': 'records of activities held in the period' },
  },
  'records:personTimes': {
    label: { 'zh-CN': '参与人次', 'en-US': 'Person-times' },
    hint: { 'zh-CN': '本期纪实的出席人次合计', 'en-US': 'attendees present, summed over the period’s records' },
  },
  'concerns:raised': {
    label: { 'zh-CN': '意见建议', 'en-US': 'Concerns raised' },
    hint: { 'zh-CN': '本期提出的意见建议条数', 'en-US': 'concerns raised in the period' },
  },
  'concerns:resolved': {
    label: { 'zh-CN': '办结率', 'en-US': 'Resolution rate' },
    hint: { 'zh-CN': '已办结 / 本期提出', 'en-US': 'resolved / raised in the period' },
  },
  'concerns:overdue': {
    label: { 'zh-CN': '逾期未办结', 'en-US': 'Concerns overdue' },
    hint: { 'zh-CN': '本期提出、未办结且已过办理期限', 'en-US': 'raised in the period, open past their due date' },
  },
  'checklists:progress': {
    label: { 'zh-CN': '责任清单完成进度', 'en-US': 'Checklist progress' },
    hint: { 'zh-CN': '已完成的事项 / 应完成的事项（单位 × 事项）', 'en-US': 'items done / items (units × items)' },
  },
  'projects:milestones': {
    label: { 'zh-CN': '项目节点完成率', 'en-US': 'Project milestones done' },
    hint: { 'zh-CN': '已完成节点 / 立项项目的节点', 'en-US': 'milestones done / milestones of approved projects' },
  },
  'training:hoursMet': {
    label: { 'zh-CN': '学时达标率', 'en-US': 'Training hours met' },
    hint: { 'zh-CN': '学时达标人数 / 应参训人数', 'en-US': 'people at their hours / people required' },
  },
  'training:secretariesTrained': {
    label: { 'zh-CN': '书记轮训率', 'en-US': 'Secretaries trained' },
    hint: {
      'zh-CN': '已参加集中轮训的书记 / 书记',
      'en-US': 'secretaries with their centralized training / secretaries',
    },
  },
  'training:newSecretariesTrained': {
    label: { 'zh-CN': '新任书记培训率', 'en-US': 'New secretaries trained' },
    hint: {
      'zh-CN': '期限内已培训的新任书记 / 期限已过的新任书记',
      'en-US': 'new secretaries trained in their window / windows closed',
    },
  },
  'talks:coverage': {
    label: { 'zh-CN': '谈心谈话覆盖率', 'en-US': 'Talks coverage' },
    hint: { 'zh-CN': '本年已谈话的对数 / 应谈话的对数', 'en-US': 'pairs who talked this year / pairs required' },
  },
  'talks:overdue': {
    label: { 'zh-CN': '逾期未谈话', 'en-US': 'Talks overdue' },
    hint: { 'zh-CN': '到期未谈的谈话', 'en-US': 'due talks past their date' },
  },
  'registry:blankOutlets': {
    label: { 'zh-CN': '无党员网点', 'en-US': 'Blank outlets' },
    hint: { 'zh-CN': '在营网点中没有党员的网点数', 'en-US': 'active outlets without a party member' },
  },
};

/** The text kind of a key: `scheme:3:coverage` → `scheme:coverage`. */
export function textKind(key: string): string {
  const parts = key.split(':');
  return parts[0] === 'scheme' && parts.length === 3 ? `scheme:${parts[2]}` : key;
}

export function hasText(key: string): boolean {
  return textKind(key) in TEXT;
}

export function figureText(key: string, lang: Lang, name: string | null): { label: string; hint: string } {
  const t = TEXT[textKind(key)];
  if (!t) return { label: key, hint: '' };
  return { label: t.label[lang].replace('{name}', name ?? ''), hint: t.hint[lang] };
}

export function sectionOf(key: string): CockpitSection {
  const head = key.split(':')[0];
  if (head === 'scheme') return 'pairings';
  return head as CockpitSection;
}
