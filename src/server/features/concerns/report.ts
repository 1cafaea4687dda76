import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { ConcernReportQuery } from '../../../contracts/concern-figures.ts';
import { CONCERN_STATE_NAMES, type ConcernState } from '../../../contracts/concerns.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';
import { underPaths } from '../../platform/scope.ts';
import { dayAfter, zonedMidnight } from '../compliance/periods.ts';
import { tally } from './figures.ts';
import { isOverdue } from './queries.ts';

const HEAD: Record<Lang, { summary: string; detail: string; cols: string[]; detailCols: string[] }> = {
  'zh-CN': {
    summary: '汇总',
    detail: '明细',
    cols: ['部门/机构', '收集', '已解决', '解决率', '未解决', '逾期', '不予受理', '解决中位时长（天）'],
    detailCols: [
      '编号',
      '标题',
      '网点',
      '类别',
      '层级',
      '状态',
      '归口部门',
      '提出时间',
      '办理时限',
      '是否逾期',
      '最新进展',
    ],
  },
  'en-US': {
    summary: 'Summary',
    detail: 'Details',
    cols: ['Department / branch', 'Raised', 'Resolved', 'Rate', 'Open', 'Overdue', 'Rejected', 'Median days'],
    detailCols: [
      'No.',
      'Title',
      'Outlet',
      'Category',
      'Tier',
      'State',
      'Department',
      'Raised',
      'Due',
      'Overdue',
      'Latest progress',
    ],
  },
};

/** The quarter's first and last day. */
export function quarterBounds(year: number, quarter: number): { from: string; to: string } {
  const m = (quarter - 1) * 3 + 1;
  const from = `${year}-${String(m).padStart(2, '0')}-01`;
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(m + 3).padStart(2, '0')}-01`;
  const to = new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

interface DetailRow {
  id: number;
  title: string;
  outlet: string;
  category: string;
  tier: number;
  state: ConcernState;
  department: string | null;
  raised_at: Date | string;
  due_on: string | null;
  latest: string | null;
}

/**
 * 按季反馈: the quarter's concerns per owning department (or per city branch) with
 * the figures' own definitions, and the list behind them with each one's latest
 * progress note. Built in memory: a quarter of one subtree is thousands of rows, not millions.
 */
export async function concernQuarterReport(
  db: Db,
  q: ConcernReportQuery,
  input: { paths: readonly string[]; today: string; timeZone: string; lang: Lang },
): Promise<Buffer> {
  const { from, to } = quarterBounds(q.year, q.quarter);
  const figures = await tally(db, {
    ...input,
    unit: null,
    from,
    to,
    dimension: q.by === 'city' ? 'city' : 'department',
  });
  const head = HEAD[input.lang];
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet(head.summary);
  summary.addRow([`${q.year} Q${q.quarter}（${from} ~ ${to}）`]);
  summary.addRow(head.cols).font = { bold: true };
  const line = (label: string, t: (typeof figures)['total']) => [
    label,
    t.raised,
    t.resolved,
    t.resolutionRate === null ? '' : `${t.resolved}/${t.raised} = ${(t.resolutionRate * 100).toFixed(2)}%`,
    t.open,
    t.overdue,
    t.rejected,
    t.medianDaysToResolve ?? '',
  ];
  for (const r of figures.rows) summary.addRow(line(r.label, r));
  summary.addRow(line(input.lang === 'zh-CN' ? '合计' : 'Total', figures.total)).font = { bold: true };
  summary.columns.forEach((c, i) => {
    c.width = i === 0 ? 28 : 14;
  });

  const rows = rowsOf<DetailRow>(
    await db.execute(sql`
      select c.id, c.title, u.name as outlet, coalesce(${input.lang === 'zh-CN' ? sql`k.name_zh` : sql`k.name_en`}, c.category) as category,
        c.tier, c.state, d.name as department, c.raised_at, c.due_on,
        (select coalesce(e.note, e.reason) from concern_events e
          where e.concern_id = c.id and coalesce(e.note, e.reason) is not null
          order by e.at desc, e.id desc limit 1) as latest
      from concerns c
      join units u on u.id = c.unit_id
      left join units d on d.id = c.department_unit_id
      left join concern_categories k on k.code = c.category
      where ${underPaths(sql`u.path`, input.paths)}
        and c.raised_at >= ${zonedMidnight(from, input.timeZone)} and c.raised_at < ${zonedMidnight(dayAfter(to), input.timeZone)}
      order by d.name nulls first, c.raised_at
    `),
  );
  const detail = wb.addWorksheet(head.detail);
  detail.addRow(head.detailCols).font = { bold: true };
  for (const r of rows) {
    const overdue = isOverdue(r.state, r.due_on, input.today);
    detail.addRow([
      Number(r.id), // bigint: a string from PostgreSQL's driver
      r.title,
      r.outlet,
      r.category,
      r.tier,
      CONCERN_STATE_NAMES[r.state]?.[input.lang] ?? r.state,
      r.department ?? '',
      new Date(r.raised_at).toISOString().slice(0, 10),
      r.due_on ?? '',
      overdue ? (input.lang === 'zh-CN' ? '是' : 'yes') : '',
      r.latest ?? '',
    ]);
  }
  detail.columns.forEach((c, i) => {
    c.width = [8, 36, 20, 12, 6, 12, 20, 12, 12, 8, 48][i] ?? 14;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
