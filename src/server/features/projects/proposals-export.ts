import type { Lang } from '../../../contracts/i18n.ts';
import type { ProjectListItem, ProjectStatus } from '../../../contracts/projects.ts';
import { type Cell, oneBatch, xlsxStream } from '../../platform/xlsx-export.ts';

/** A campaign's proposals and projects with their review and evaluation scores, as a spreadsheet. */

const STATUS: Record<Lang, Record<ProjectStatus, string>> = {
  'zh-CN': {
    draft: '草稿',
    submitted: '已提交',
    returned: '已退回',
    approved: '已立项',
    rejected: '不予立项',
    withdrawn: '已撤回',
  },
  'en-US': {
    draft: 'Draft',
    submitted: 'Submitted',
    returned: 'Returned',
    approved: 'Approved',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
  },
};

const HEADERS: Record<Lang, string[]> = {
  'zh-CN': [
    '项目名称',
    '申报党组织',
    '申报单位',
    '状态',
    '选题方向',
    '项目组组长',
    '挂钩指导领导',
    '提交时间',
    '立项评审得分',
    '评审表数',
    '成效评比得分',
    '评比表数',
    '节点数',
    '已完成节点',
    '逾期节点',
    '示范项目',
  ],
  'en-US': [
    'Title',
    'Party org',
    'Unit',
    'Status',
    'Theme',
    'Leader',
    'Guide',
    'Submitted at',
    'Review score',
    'Review sheets',
    'Evaluation score',
    'Evaluation sheets',
    'Milestones',
    'Done',
    'Overdue',
    'Exemplary',
  ],
};

export const exportName = (lang: Lang, campaignName: string) =>
  `${campaignName}-${lang === 'zh-CN' ? '项目清单' : 'projects'}`;

export function proposalsXlsx(items: readonly ProjectListItem[], lang: Lang) {
  const columns = HEADERS[lang].map((header, i) => ({ header, width: i < 3 ? 28 : 14 }));
  const yes = lang === 'zh-CN' ? '是' : 'yes';
  const rows: Cell[][] = items.map((p) => [
    p.title,
    p.proposer.partyOrg?.name ?? '',
    p.proposer.unit.name,
    STATUS[lang][p.status],
    p.theme ?? '',
    p.leader.name,
    p.guide?.name ?? '',
    p.submittedAt ? p.submittedAt.slice(0, 10) : '',
    p.reviewScore,
    p.reviewSheets,
    p.evaluationScore,
    p.evaluationSheets,
    p.milestones,
    p.milestonesDone,
    p.milestonesOverdue,
    p.exemplary ? yes : '',
  ]);
  return xlsxStream(lang === 'zh-CN' ? '项目清单' : 'Projects', columns, oneBatch(rows));
}
