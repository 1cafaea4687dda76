import type { Board, CellState, Ranking } from '../../../contracts/checklist-annual.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import { type Cell, oneBatch, xlsxStream } from '../../platform/xlsx-export.ts';

/** The board and the ranking as spreadsheets, in the caller's language. */

const STATE: Record<Lang, Record<CellState, string>> = {
  'zh-CN': { done: '已完成', partly: '部分完成', overdue: '逾期', pending: '未到期' },
  'en-US': { done: 'Done', partly: 'Partly', overdue: 'Overdue', pending: 'Pending' },
};

const WORDS = {
  'zh-CN': {
    board: '清单看板',
    ranking: '年度排名',
    unit: '单位',
    points: '清单得分',
    pct: '清单得分率(%)',
    rank: '名次',
    appraisal: '党员评议得分',
    duty: '述职得分',
    project: '领题项目得分',
    total: '总分',
    disqualified: '取消评先',
    yes: '是',
    reminder: '提醒',
    admonition: '约谈',
    formal: '诫勉谈话',
    disq: '取消评先次数',
  },
  'en-US': {
    board: 'Board',
    ranking: 'Ranking',
    unit: 'Unit',
    points: 'Checklist points',
    pct: 'Checklist %',
    rank: 'Rank',
    appraisal: 'Appraisal',
    duty: 'Duty report',
    project: 'Led projects',
    total: 'Total',
    disqualified: 'Disqualified',
    yes: 'yes',
    reminder: 'Reminders',
    admonition: 'Admonitions',
    formal: 'Formal admonitions',
    disq: 'Disqualifications',
  },
} as const;

export function boardXlsx(b: Board, lang: Lang) {
  const w = WORDS[lang];
  const columns = [
    { header: w.unit, width: 24 },
    ...b.items.map((i) => ({ header: `${i.ordinal}. ${i.title}`.slice(0, 60), width: 14 })),
    { header: w.points, width: 12 },
    { header: w.pct, width: 12 },
  ];
  const rows: Cell[][] = b.rows.map((r) => [
    r.assignment.unit.name,
    ...r.cells.map((c) => {
      const label = STATE[lang][c.state];
      return c.state === 'partly' ? `${label} ${Math.round(c.achievement * 100)}%` : label;
    }),
    r.points,
    r.pct,
  ]);
  return xlsxStream(w.board, columns, oneBatch(rows));
}

export function rankingXlsx(r: Ranking, lang: Lang) {
  const w = WORDS[lang];
  const columns = [
    { header: w.rank, width: 8 },
    { header: w.unit, width: 24 },
    { header: w.points, width: 12 },
    { header: w.pct, width: 12 },
    { header: w.appraisal, width: 12 },
    { header: w.duty, width: 12 },
    { header: w.project, width: 12 },
    { header: w.total, width: 10 },
    { header: w.disqualified, width: 10 },
    { header: w.reminder, width: 8 },
    { header: w.admonition, width: 8 },
    { header: w.formal, width: 10 },
    { header: w.disq, width: 10 },
  ];
  const rows: Cell[][] = r.rows.map((x) => [
    x.rank,
    x.assignment.unit.name,
    x.checklistPoints,
    x.checklistPct,
    x.appraisalScore,
    x.dutyReportScore,
    x.projectScore,
    x.total,
    x.disqualified ? w.yes : '',
    x.accountability.reminder,
    x.accountability.admonition,
    x.accountability.formalAdmonition,
    x.accountability.disqualification,
  ]);
  return xlsxStream(w.ranking, columns, oneBatch(rows));
}

export const exportName = (kind: 'board' | 'ranking', lang: Lang, name: string) => `${name}-${WORDS[lang][kind]}`;
