import type { Lang } from '../../../contracts/i18n.ts';
import type { Gaps, Rate } from '../../../contracts/training.ts';
import { type Cell, oneBatch, xlsxStream } from '../../platform/xlsx-export.ts';

/** The gaps of a subtree as one sheet: the three rates first, then one row per gap, in the caller's language. */

const WORDS = {
  'zh-CN': {
    sheet: '培训缺口',
    kind: '类别',
    employeeNo: '工号',
    name: '姓名',
    unit: '单位',
    org: '党组织',
    role: '身份',
    hours: '已修学时',
    required: '应修学时',
    centralized: '集中培训次数',
    appointedOn: '任职日期',
    windowEnds: '培训期限',
    state: '状态',
    rate: '比率',
    hoursMet: '学时达标率',
    secretariesTrained: '书记年度集中培训率',
    newSecretariesTrained: '新任书记按期培训率',
    belowHours: '学时未达标',
    secretaryUntrained: '书记未参加集中培训',
    newSecretary: '新任书记未培训',
    leader: '书记/委员',
    member: '党员',
    overdue: '已逾期',
    open: '期限内',
  },
  'en-US': {
    sheet: 'Training gaps',
    kind: 'Kind',
    employeeNo: 'Employee no.',
    name: 'Name',
    unit: 'Unit',
    org: 'Party org',
    role: 'Role',
    hours: 'Hours',
    required: 'Required',
    centralized: 'Centralized sessions',
    appointedOn: 'Appointed on',
    windowEnds: 'Window ends',
    state: 'State',
    rate: 'Rate',
    hoursMet: 'Hours met',
    secretariesTrained: 'Secretaries trained',
    newSecretariesTrained: 'New secretaries trained in time',
    belowHours: 'Below hours',
    secretaryUntrained: 'Secretary untrained',
    newSecretary: 'New secretary untrained',
    leader: 'Secretary / committee',
    member: 'Member',
    overdue: 'Overdue',
    open: 'Open',
  },
} as const;

/** "numerator / denominator (xx.x%)"; a rate of nothing shows no percentage. */
export const rateText = (r: Rate) =>
  r.denominator === 0
    ? `${r.numerator} / ${r.denominator}`
    : `${r.numerator} / ${r.denominator} (${((r.numerator / r.denominator) * 100).toFixed(1)}%)`;

export function gapsXlsx(g: Gaps, lang: Lang) {
  const w = WORDS[lang];
  const columns = [
    { header: w.kind, width: 20 },
    { header: w.employeeNo, width: 12 },
    { header: w.name, width: 12 },
    { header: w.unit, width: 24 },
    { header: w.org, width: 24 },
    { header: w.role, width: 12 },
    { header: w.hours, width: 10 },
    { header: w.required, width: 10 },
    { header: w.centralized, width: 12 },
    { header: w.appointedOn, width: 12 },
    { header: w.windowEnds, width: 12 },
    { header: w.state, width: 10 },
    { header: w.rate, width: 22 },
  ];
  const blank = (n: number): Cell[] => Array.from({ length: n }, () => null);
  const rows: Cell[][] = [
    [w.hoursMet, ...blank(11), rateText(g.rates.hoursMet)],
    [w.secretariesTrained, ...blank(11), rateText(g.rates.secretariesTrained)],
    [w.newSecretariesTrained, ...blank(11), rateText(g.rates.newSecretariesTrained)],
    ...g.belowHours.map((p): Cell[] => [
      w.belowHours,
      p.employeeNo,
      p.name,
      p.unit.name,
      p.partyOrg?.name,
      w[p.role],
      p.hours,
      p.required,
      null,
      null,
      null,
      null,
      null,
    ]),
    ...g.secretariesUntrained.map((p): Cell[] => [
      w.secretaryUntrained,
      p.employeeNo,
      p.name,
      p.unit.name,
      p.partyOrg?.name,
      null,
      null,
      null,
      p.centralized,
      null,
      null,
      null,
      null,
    ]),
    ...g.newSecretaries.map((p): Cell[] => [
      w.newSecretary,
      p.employeeNo,
      p.name,
      p.unit.name,
      p.partyOrg?.name,
      null,
      null,
      null,
      null,
      p.appointedOn,
      p.windowEnds,
      w[p.state],
      null,
    ]),
  ];
  return xlsxStream(w.sheet, columns, oneBatch(rows));
}

export const gapsExportName = (lang: Lang, unitName: string, year: number) =>
  `${unitName}-${year}-${WORDS[lang].sheet}`;
