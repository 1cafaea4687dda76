import { inArray, sql } from 'drizzle-orm';
import { ACTION_LABELS } from '../../../contracts/actions.ts';
import type { CockpitFigure } from '../../../contracts/cockpit.ts';
import type { ConcernFigureRow, ConcernTally } from '../../../contracts/concern-figures.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Rate } from '../../../contracts/registry.ts';
import type { ReportCell, ReportColumn, ReportTable } from '../../../contracts/reports.ts';
import type { Db } from '../../db/client.ts';
import { units } from '../../db/schema/units.ts';
import { rowsOf } from '../../db/sql.ts';
import { rankingOf } from '../checklists/board.ts';
import { listTemplates } from '../checklists/template-read.ts';
import { computeCockpit } from '../cockpit/figures.ts';
import { activeSchemes, coverageDay } from '../cockpit/sources.ts';
import { complianceContext } from '../compliance/context.ts';
import { zonedMidnight } from '../compliance/periods.ts';
import { complianceSummary } from '../compliance/summary.ts';
import { pathsUnder } from '../concerns/context.ts';
import { concernFigures } from '../concerns/figures.ts';
import { concernReach } from '../concerns/reach.ts';
import { coverage } from '../pairings/coverage.ts';
import { campaignInScope } from '../projects/access.ts';
import { listCampaigns } from '../projects/campaign-read.ts';
import { countsOf, proposerFigures } from '../projects/counts.ts';
import { readGaps } from '../training/gaps.ts';
import type { ReportScope, ReportUnit } from './scope.ts';

/**
 * The summary sheets of a report, each computed by the module that owns its figures,
 * called as that module's route calls it (so a sheet equals the module's page). The
 * workbook writes them; the print page shows them.
 */

export type SheetKey =
  | 'overview'
  | 'coverage'
  | 'pairings'
  | 'units'
  | 'records'
  | 'concerns'
  | 'checklists'
  | 'projects'
  | 'training';

/** The sheets in workbook order. */
export const SHEETS: readonly SheetKey[] = [
  'overview',
  'coverage',
  'pairings',
  'units',
  'records',
  'concerns',
  'checklists',
  'projects',
  'training',
];

const TITLES: Record<SheetKey, Record<Lang, string>> = {
  overview: { 'zh-CN': '概览', 'en-US': 'Overview' },
  coverage: { 'zh-CN': '结对覆盖', 'en-US': 'Pairing coverage' },
  pairings: { 'zh-CN': '结对完成情况', 'en-US': 'Compliance by pairing' },
  units: { 'zh-CN': '单位完成情况', 'en-US': 'Compliance by unit' },
  records: { 'zh-CN': '活动记录', 'en-US': 'Records' },
  concerns: { 'zh-CN': '问题办理', 'en-US': 'Concerns' },
  checklists: { 'zh-CN': '清单得分', 'en-US': 'Checklist scores' },
  projects: { 'zh-CN': '书记项目', 'en-US': 'Led projects' },
  training: { 'zh-CN': '培训学时', 'en-US': 'Training hours' },
};
export const sheetTitle = (key: SheetKey, lang: Lang) => TITLES[key][lang];

type Words = [zh: string, en: string];
const say = (lang: Lang, w: Words) => (lang === 'zh-CN' ? w[0] : w[1]);
const text = (lang: Lang, w: Words, width = 16): ReportColumn => ({ header: say(lang, w), kind: 'text', width });
const int = (lang: Lang, w: Words, width = 10): ReportColumn => ({ header: say(lang, w), kind: 'int', width });
const num = (lang: Lang, w: Words, width = 10): ReportColumn => ({ header: say(lang, w), kind: 'num', width });
/** A rate as three columns: numerator, denominator, percentage. */
const rateCols = (lang: Lang, w: Words): ReportColumn[] => [
  int(lang, [`${w[0]}分子`, `${w[1]} numerator`]),
  int(lang, [`${w[0]}分母`, `${w[1]} denominator`]),
  { header: say(lang, [`${w[0]}（%）`, `${w[1]} (%)`]), kind: 'pct', width: 10 },
];
/** A 0–1 value as a percentage with one decimal. */
export const pct = (value: number | null): number | null => (value === null ? null : Math.round(value * 1000) / 10);
const rateCells = (r: Pick<Rate, 'numerator' | 'denominator'> & { value?: number | null }): ReportCell[] => [
  r.numerator,
  r.denominator,
  pct(r.value !== undefined ? r.value : r.denominator === 0 ? null : r.numerator / r.denominator),
];

const TOTAL: Words = ['合计', 'Total'];
/** The unit itself, then each child: the order of every per-unit table. */
const withChildren = (s: ReportScope): { unit: ReportUnit; label: string }[] => [
  { unit: s.unit, label: `${s.unit.name}（${say(s.lang, TOTAL)}）` },
  ...s.children.map((c) => ({ unit: c, label: c.name })),
];

/** 概览: the cockpit's figures for the unit and period (computeCockpit, the screen's own source). */
export async function overviewFigures(db: Db, s: ReportScope): Promise<CockpitFigure[]> {
  return (await computeCockpit(db, s.actor, { unitId: s.unit.id, period: s.period.label, lang: s.lang }, s.now))
    .figures;
}

export function overviewTable(s: ReportScope, figures: CockpitFigure[]): ReportTable {
  const l = s.lang;
  return {
    key: 'overview',
    title: sheetTitle('overview', l),
    columns: [
      text(l, ['指标', 'Figure'], 28),
      int(l, ['分子', 'Numerator']),
      int(l, ['分母', 'Denominator']),
      { header: say(l, ['比率（%）', 'Rate (%)']), kind: 'pct', width: 10 },
      int(l, ['数量', 'Count']),
      text(l, ['口径', 'Counts'], 36),
      text(l, ['键', 'Key'], 24),
    ],
    rows: figures.map((f) => [
      f.label,
      f.rate?.numerator ?? null,
      f.rate?.denominator ?? null,
      f.rate ? pct(f.rate.value) : null,
      f.count,
      f.hint,
      f.key,
    ]),
  };
}

/** 结对覆盖: per scheme, the unit and each child: targets with a pairing in force / targets. */
export async function coverageTable(db: Db, s: ReportScope): Promise<ReportTable> {
  const l = s.lang;
  const on = coverageDay(s);
  const rows: ReportCell[][] = [];
  for (const scheme of await activeSchemes(db)) {
    for (const { unit, label } of withChildren(s)) {
      const c = await coverage(db, s.actor, { schemeId: scheme.id, unitId: unit.id, on, page: 1, pageSize: 1 });
      rows.push([scheme.name, label, ...rateCells(c.rate)]);
    }
  }
  return {
    key: 'coverage',
    title: sheetTitle('coverage', l),
    columns: [
      text(l, ['结对方案', 'Scheme'], 22),
      text(l, ['单位', 'Unit'], 24),
      ...rateCols(l, ['覆盖率', 'Coverage']),
    ],
    rows,
  };
}

/** 单位完成情况: complianceSummary of each scheme and of the party orgs' track, total and per child. */
export async function unitsTable(db: Db, s: ReportScope): Promise<ReportTable> {
  const l = s.lang;
  const tracks: { schemeId: number | undefined; name: string }[] = [
    ...(await activeSchemes(db)).map((x) => ({ schemeId: x.id as number | undefined, name: x.name })),
    { schemeId: undefined, name: say(l, ['党组织（三会一课等）', 'Party organizations']) },
  ];
  const rows: ReportCell[][] = [];
  for (const track of tracks) {
    const ctx = await complianceContext(
      db,
      s.actor,
      { schemeId: track.schemeId, unitId: s.unit.id, period: s.period.label },
      s.now,
    );
    const summary = await complianceSummary(db, s.actor, ctx, s.unit.id);
    type Counts = Omit<(typeof summary.rules)[number], 'rule'>;
    const line = (unit: string, ruleName: string, f: Counts): ReportCell[] => [
      track.name,
      unit,
      ruleName,
      f.subjects,
      f.met,
      f.due,
      f.overdue,
      f.notYetDue,
      ...rateCells(f.participation),
      ...rateCells(f.completion),
      f.personTimes,
    ];
    for (const f of summary.rules) rows.push(line(`${s.unit.name}（${say(l, TOTAL)}）`, f.rule.name, f));
    for (const child of summary.children) {
      for (const f of child.rules) {
        const rule = summary.rules.find((r) => r.rule.id === f.ruleId)?.rule;
        rows.push(line(child.unit.name, rule?.name ?? String(f.ruleId), f));
      }
    }
  }
  return {
    key: 'units',
    title: sheetTitle('units', l),
    columns: [
      text(l, ['结对方案 / 轨道', 'Scheme / track'], 22),
      text(l, ['单位', 'Unit'], 24),
      text(l, ['规定动作', 'Rule'], 28),
      int(l, ['考核对象', 'Subjects']),
      int(l, ['已完成', 'Met']),
      int(l, ['待完成', 'Due']),
      int(l, ['已逾期', 'Overdue']),
      int(l, ['未到期', 'Not yet due']),
      ...rateCols(l, ['参与率', 'Participation']),
      ...rateCols(l, ['完成率', 'Completion']),
      int(l, ['人次', 'Person-times']),
    ],
    rows,
  };
}

function depthOf(path: string): number {
  return path.split('/').filter(Boolean).length;
}

/** Records and person-times (present attendees) in the period, per child unit and record kind. */
export async function recordsSummary(db: Db, s: ReportScope) {
  const from = zonedMidnight(s.period.start, s.timeZone);
  const to = zonedMidnight(s.period.end, s.timeZone);
  const part = depthOf(s.unit.path) + 2;
  return rowsOf<{ child: number | null; kind: string; records: number; person_times: number }>(
    await db.execute(sql`select nullif(split_part(u.path, '/', ${part}), '')::int as child, r.kind,
        count(*)::int as records, coalesce(sum(r.present_count), 0)::int as person_times
      from records r join units u on u.id = r.unit_id
      where u.path like ${`${s.unit.path}%`} and r.occurred_at >= ${from} and r.occurred_at < ${to}
      group by 1, 2`),
  ).map((r) => ({
    child: r.child === null ? null : Number(r.child),
    kind: r.kind,
    records: Number(r.records),
    personTimes: Number(r.person_times),
  }));
}

/** 活动记录: records and person-times per child unit and record kind, with totals. */
export async function recordsTable(db: Db, s: ReportScope): Promise<ReportTable> {
  const l = s.lang;
  const rows = await recordsSummary(db, s);
  const kinds = [...new Set(rows.map((r) => r.kind))].sort();
  const kindName = (k: string) => ACTION_LABELS.actionKind[k as keyof typeof ACTION_LABELS.actionKind]?.[l] ?? k;
  const out: ReportCell[][] = [];
  const add = (label: string, pick: (r: (typeof rows)[number]) => boolean) => {
    const mine = rows.filter(pick);
    const sum = (xs: typeof rows) => [xs.reduce((a, r) => a + r.records, 0), xs.reduce((a, r) => a + r.personTimes, 0)];
    out.push([label, say(l, ['全部', 'All']), ...sum(mine)]);
    for (const k of kinds) {
      const ofKind = mine.filter((r) => r.kind === k);
      if (ofKind.length) out.push([label, kindName(k), ...sum(ofKind)]);
    }
  };
  add(`${s.unit.name}（${say(l, TOTAL)}）`, () => true);
  for (const c of s.children) add(c.name, (r) => r.child === c.id);
  if (rows.some((r) => r.child === null)) add(`${s.unit.name}（${say(l, ['本级', 'own'])}）`, (r) => r.child === null);
  return {
    key: 'records',
    title: sheetTitle('records', l),
    columns: [
      text(l, ['单位', 'Unit'], 24),
      text(l, ['记录类型', 'Kind'], 18),
      int(l, ['记录数', 'Records']),
      int(l, ['人次', 'Person-times']),
    ],
    rows: out,
  };
}

const tallyCells = (t: ConcernTally): ReportCell[] => [
  t.raised,
  t.resolved,
  t.open,
  t.overdue,
  t.rejected,
  pct(t.resolutionRate),
  t.medianDaysToResolve === null ? null : Math.round(t.medianDaysToResolve * 10) / 10,
];

/** 问题办理: concerns raised in the period by tier, by category and per child unit (concerns/figures.ts). */
export async function concernsTable(db: Db, s: ReportScope): Promise<ReportTable> {
  const l = s.lang;
  const reach = await concernReach(db, s.actor, s.today);
  const input = async (unitId: number, dimension: 'tier' | 'category') => ({
    paths: await pathsUnder(db, reach, unitId),
    unit: null,
    from: s.period.start,
    to: s.lastDay,
    dimension,
    today: s.today,
    timeZone: s.timeZone,
    lang: l,
  });
  const byTier = await concernFigures(db, await input(s.unit.id, 'tier'));
  const byCategory = await concernFigures(db, await input(s.unit.id, 'category'));
  const rows: ReportCell[][] = [[say(l, TOTAL), s.unit.name, ...tallyCells(byTier.total)]];
  const dim = (w: Words, xs: ConcernFigureRow[]) => {
    for (const r of xs) rows.push([say(l, w), r.label, ...tallyCells(r)]);
  };
  dim(['按层级', 'By tier'], byTier.rows);
  dim(['按类别', 'By category'], byCategory.rows);
  for (const c of s.children) {
    const f = await concernFigures(db, await input(c.id, 'tier'));
    rows.push([say(l, ['按单位', 'By unit']), c.name, ...tallyCells(f.total)]);
  }
  return {
    key: 'concerns',
    title: sheetTitle('concerns', l),
    columns: [
      text(l, ['维度', 'Dimension'], 12),
      text(l, ['名称', 'Name'], 24),
      int(l, ['提出', 'Raised']),
      int(l, ['已解决', 'Resolved']),
      int(l, ['办理中', 'Open']),
      int(l, ['逾期', 'Overdue']),
      int(l, ['不予受理', 'Rejected']),
      { header: say(l, ['解决率（%）', 'Resolution (%)']), kind: 'pct', width: 12 },
      num(l, ['办结天数中位数', 'Median days'], 14),
    ],
    rows,
  };
}

async function pathsOf(db: Db, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: units.id, path: units.path }).from(units).where(inArray(units.id, unique));
  return new Map(rows.map((r) => [r.id, r.path]));
}

/** 清单得分: the annual ranking of each checklist template of the year, cut to the subtree's units. */
export async function checklistsTable(db: Db, s: ReportScope): Promise<ReportTable> {
  const l = s.lang;
  const rows: ReportCell[][] = [];
  const when = { today: s.today, timeZone: s.timeZone };
  for (const t of (await listTemplates(db, s.actor, { year: s.year })).items) {
    if (t.assignmentCount === 0) continue;
    const ranking = await rankingOf(db, s.actor, t.id, when);
    const paths = await pathsOf(
      db,
      ranking.rows.map((r) => r.assignment.unit.id),
    );
    for (const r of ranking.rows) {
      if (!paths.get(r.assignment.unit.id)?.startsWith(s.unit.path)) continue;
      rows.push([
        t.name,
        r.assignment.unit.name,
        r.checklistPoints,
        r.checklistPct,
        r.appraisalScore,
        r.dutyReportScore,
        r.projectScore,
        r.total,
        r.rank,
        r.disqualified ? say(l, ['是', 'yes']) : '',
      ]);
    }
  }
  return {
    key: 'checklists',
    title: sheetTitle('checklists', l),
    columns: [
      text(l, ['责任清单', 'Checklist'], 28),
      text(l, ['单位', 'Unit'], 24),
      num(l, ['清单得分', 'Checklist points']),
      num(l, ['完成度（%）', 'Checklist (%)']),
      num(l, ['党员评议', 'Appraisal']),
      num(l, ['述职评议', 'Duty report']),
      num(l, ['书记项目', 'Projects']),
      num(l, ['总分', 'Total']),
      int(l, ['名次', 'Rank'], 8),
      text(l, ['取消评优', 'Disqualified'], 10),
    ],
    rows,
  };
}

/** 书记项目: each campaign of the year, its counts over the subtree's proposers, in total and per child. */
export async function projectsTable(db: Db, s: ReportScope): Promise<ReportTable> {
  const l = s.lang;
  const rows: ReportCell[][] = [];
  for (const item of await listCampaigns(db, s.actor, { year: s.year }, s.today)) {
    const campaign = await campaignInScope(db, s.actor, item.id);
    const figures = await proposerFigures(db, s.actor, campaign, s.today);
    const paths = await pathsOf(
      db,
      figures.map((f) => f.proposer.unit.id),
    );
    const under = (path: string) => figures.filter((f) => paths.get(f.proposer.unit.id)?.startsWith(path));
    for (const { unit, label } of withChildren(s)) {
      const c = countsOf(under(unit.path));
      if (unit !== s.unit && c.eligible === 0) continue;
      rows.push([
        item.name,
        label,
        c.eligible,
        c.proposers,
        c.proposed,
        c.approved,
        c.returned,
        c.rejected,
        c.milestones,
        c.milestonesDone,
        c.milestonesOverdue,
      ]);
    }
  }
  return {
    key: 'projects',
    title: sheetTitle('projects', l),
    columns: [
      text(l, ['项目活动', 'Campaign'], 28),
      text(l, ['单位', 'Unit'], 24),
      int(l, ['可申报', 'Eligible']),
      int(l, ['已申报单位', 'Proposers']),
      int(l, ['申报', 'Proposed']),
      int(l, ['立项', 'Approved']),
      int(l, ['退回', 'Returned']),
      int(l, ['未通过', 'Rejected']),
      int(l, ['节点', 'Milestones']),
      int(l, ['节点完成', 'Done']),
      int(l, ['节点逾期', 'Overdue']),
    ],
    rows,
  };
}

/** 培训学时: the training gaps' rates and list counts of the period's year, the unit and each child. */
export async function trainingTable(db: Db, s: ReportScope): Promise<ReportTable> {
  const l = s.lang;
  const rows: ReportCell[][] = [];
  for (const { unit, label } of withChildren(s)) {
    const g = await readGaps(db, s.actor, { year: s.year, unitId: unit.id, today: s.today, limit: 0 });
    rows.push([
      label,
      ...rateCells(g.rates.hoursMet),
      ...rateCells(g.rates.secretariesTrained),
      ...rateCells(g.rates.newSecretariesTrained),
      g.counts.belowHours,
      g.counts.secretariesUntrained,
      g.counts.newSecretariesOverdue,
      g.counts.newSecretariesOpen,
    ]);
  }
  return {
    key: 'training',
    title: sheetTitle('training', l),
    columns: [
      text(l, ['单位', 'Unit'], 24),
      ...rateCols(l, ['学时达标率', 'Hours met']),
      ...rateCols(l, ['书记培训率', 'Secretaries trained']),
      ...rateCols(l, ['新任书记培训率', 'New secretaries trained']),
      int(l, ['学时不足人数', 'Below hours']),
      int(l, ['书记未培训', 'Secretaries untrained']),
      int(l, ['新任书记逾期', 'New secretaries overdue']),
      int(l, ['新任书记待训', 'New secretaries open']),
    ],
    rows,
  };
}

/** The summary tables by key (every sheet but 概览 and the per-pairing rows). */
export const SUMMARY_BUILDERS: Partial<Record<SheetKey, (db: Db, s: ReportScope) => Promise<ReportTable>>> = {
  coverage: coverageTable,
  units: unitsTable,
  records: recordsTable,
  concerns: concernsTable,
  checklists: checklistsTable,
  projects: projectsTable,
  training: trainingTable,
};
