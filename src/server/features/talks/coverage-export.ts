import type { Lang } from '../../../contracts/i18n.ts';
import type { Coverage } from '../../../contracts/talks.ts';
import { type Cell, oneBatch, xlsxStream } from '../../platform/xlsx-export.ts';

/** The coverage figures as a spreadsheet, in the caller's language. */
const WORDS = {
  'zh-CN': {
    sheet: '谈心谈话覆盖',
    name: '谈心谈话覆盖率',
    org: '党组织',
    unit: '单位',
    committee: '委员人数',
    members: '党员人数(不含委员)',
    covered: '已谈人次对',
    required: '应谈人次对',
    rate: '覆盖率',
    talks: '谈话次数',
    open: '待谈',
    overdue: '逾期未谈',
    total: '合计',
  },
  'en-US': {
    sheet: 'Talk coverage',
    name: 'talk-coverage',
    org: 'Party org',
    unit: 'Unit',
    committee: 'Committee',
    members: 'Members (not committee)',
    covered: 'Pairs covered',
    required: 'Pairs required',
    rate: 'Coverage',
    talks: 'Talks',
    open: 'Due',
    overdue: 'Overdue',
    total: 'Total',
  },
} as const;

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((n / d) * 100).toFixed(1)}%`);

export const coverageExportName = (lang: Lang, c: Coverage) => `${WORDS[lang].name}-${c.unit.name}-${c.year}`;

export function coverageXlsx(c: Coverage, lang: Lang) {
  const w = WORDS[lang];
  const columns = [
    { header: w.org, width: 30 },
    { header: w.unit, width: 24 },
    { header: w.committee, width: 10 },
    { header: w.members, width: 12 },
    { header: w.covered, width: 12 },
    { header: w.required, width: 12 },
    { header: w.rate, width: 10 },
    { header: w.talks, width: 10 },
    { header: w.open, width: 8 },
    { header: w.overdue, width: 10 },
  ];
  const rows: Cell[][] = c.rows.map((r) => [
    r.partyOrg.name,
    r.unit.name,
    r.committee,
    r.members,
    r.pairs.numerator,
    r.pairs.denominator,
    pct(r.pairs.numerator, r.pairs.denominator),
    r.talks,
    r.dueOpen,
    r.dueOverdue,
  ]);
  rows.push([
    w.total,
    c.unit.name,
    null,
    null,
    c.total.numerator,
    c.total.denominator,
    pct(c.total.numerator, c.total.denominator),
    null,
    null,
    c.dueOverdue,
  ]);
  return xlsxStream(w.sheet, columns, oneBatch(rows));
}
