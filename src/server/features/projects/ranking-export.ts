import type { Lang } from '../../../contracts/i18n.ts';
import type { ProjectRanking } from '../../../contracts/project-work.ts';
import { type Cell, oneBatch, xlsxStream } from '../../platform/xlsx-export.ts';

/** The evaluation ranking as a spreadsheet, in the caller's language. */
const WORDS = {
  'zh-CN': {
    sheet: '项目排名',
    rank: '名次',
    proposer: '申报单位',
    title: '项目名称',
    leader: '项目组长',
    evaluation: '评估得分',
    review: '评审得分',
    milestones: '里程碑完成',
    exemplary: '典型项目',
    yes: '是',
  },
  'en-US': {
    sheet: 'Ranking',
    rank: 'Rank',
    proposer: 'Proposer',
    title: 'Project',
    leader: 'Leader',
    evaluation: 'Evaluation score',
    review: 'Review score',
    milestones: 'Milestones done',
    exemplary: 'Exemplary',
    yes: 'yes',
  },
} as const;

export function projectRankingXlsx(r: ProjectRanking, lang: Lang) {
  const w = WORDS[lang];
  const columns = [
    { header: w.rank, width: 8 },
    { header: w.proposer, width: 24 },
    { header: w.title, width: 32 },
    { header: w.leader, width: 12 },
    ...r.criteria.map((k) => ({ header: `${k.name}（${k.weightPct}%）`.slice(0, 60), width: 14 })),
    { header: w.evaluation, width: 12 },
    { header: w.review, width: 12 },
    { header: w.milestones, width: 12 },
    { header: w.exemplary, width: 10 },
  ];
  const rows: Cell[][] = r.rows.map((x) => [
    x.rank,
    x.proposer.partyOrg?.name ?? x.proposer.unit.name,
    x.project.title,
    x.leader.name,
    ...r.criteria.map((k) => x.criteria.find((m) => m.criterionId === k.id)?.mean ?? null),
    x.evaluationScore,
    x.reviewScore,
    `${x.milestonesDone}/${x.milestones}`,
    x.exemplary ? w.yes : '',
  ]);
  return xlsxStream(w.sheet, columns, oneBatch(rows));
}

export const rankingExportName = (lang: Lang, campaignName: string) => `${campaignName}-${WORDS[lang].sheet}`;
